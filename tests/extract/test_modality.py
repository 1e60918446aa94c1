import pytest

from accord.extract.stages.modality import modality_at


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Russia calls for a ceasefire.", "ceasefire", "demand"),
        ("Kyiv signals openness to lifting sanctions.", "lifting", "offer"),
        ("The parties agreed to exchange prisoners.", "exchange", "commitment"),
        ("Ukraine maintains its right to seek NATO membership.", "NATO", "position"),
        ("Hamas rejects disarmament.", "disarmament", "position"),
        ("Israel is ready to release prisoners.", "release", "offer"),
    ],
)
def test_the_nearest_attitude_cue_decides_the_modality(lex, text, cue, expected):
    assert modality_at(lex, text, text.index(cue))[0] == expected


def test_attitude_words_inside_other_cues_are_skipped(lex):
    text = "They require Ukraine to forgo claims for damages and grant amnesty."
    span = (text.index("claims"), text.index("damages") + 7)
    assert modality_at(lex, text, text.index("amnesty"), [span])[0] == "demand"


def test_joint_provisions_are_commitments(extractor):
    doc = extractor("Both sides agreed to a ceasefire and insisted on elections.")
    assert {p.modality for p in doc.provisions if p.holder == "JOINT"} == {"commitment"}
