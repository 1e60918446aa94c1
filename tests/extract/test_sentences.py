import pytest

from accord.extract.stages.sentences import split


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith met the U.S. envoy. He left.", ["Mr. Smith met the U.S. envoy.", "He left."]),
        (
            "Talks resumed on Dec. 4 in Doha. Both sides came.",
            ["Talks resumed on Dec. 4 in Doha.", "Both sides came."],
        ),
        (
            "First line without stop\nSecond line here.",
            ["First line without stop", "Second line here."],
        ),
    ],
)
def test_split_keeps_abbreviations_and_lines_whole(text, expected):
    assert [s.text for s in split(text)] == expected


def test_sentence_offsets_index_the_text():
    text = "  Title Line\n\n1. The parties agree.  2. They meet.\n- Russia insists. "
    for s in split(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


@pytest.mark.parametrize(
    "line, heading, item",
    [
        ("Ukraine's answer", True, False),
        ("1. The parties shall cease fire.", False, True),
        ("(b) Prisoners are exchanged.", False, True),
        ("**Article 3.** The TPLF undertakes to disarm.", False, True),
        ("- Elections are to be held.", False, True),
        ("Russia insists that Ukraine adopt neutrality.", False, False),
    ],
)
def test_lines_are_classed_as_headings_or_items(line, heading, item):
    last = split(line)[-1]
    assert (last.heading, last.item) == (heading, item)


def test_bare_article_label_is_not_a_sentence_of_its_own():
    sentences = split("**Article 5.** The Government commits to humanitarian access.")
    assert sentences[0].heading
    assert not sentences[-1].heading


def test_overlong_sentences_are_cut_into_bounded_pieces():
    text = "word " * 3000
    pieces = split(text, max_sentence=500)
    assert all(s.end - s.start <= 500 for s in pieces)
    assert len(pieces) > 10
