import pytest

from accord.codebook import load_codebook, parse_codebook
from accord.errors import CodebookError


def test_packaged_codebook_has_every_group_used_by_its_issues():
    cb = load_codebook()
    assert {i.group for i in cb.issues} <= set(cb.groups)
    assert len(cb.codes) == len(set(cb.codes))


def test_tensions_name_known_issues():
    cb = load_codebook()
    assert cb.tensions
    assert all(t.a in cb and t.b in cb for t in cb.tensions)


def test_unknown_issue_is_a_codebook_error():
    with pytest.raises(CodebookError, match="unknown issue 'water'"):
        load_codebook().issue("water")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("groups: [", "malformed YAML"),
        ("- a\n- b\n", "expected a mapping"),
        ("version: 1\ngroups: {a: A}\nissues:\n  - {code: b.x, proposition: P}\n", "unknown group"),
    ],
)
def test_malformed_codebook_names_the_file_and_problem(text, problem):
    with pytest.raises(CodebookError, match=problem) as exc:
        parse_codebook(text, "cb.yaml")
    assert str(exc.value).startswith("cb.yaml: ")
