import pytest

from .conftest import triples


def test_several_demands_in_one_sentence_give_one_provision_each(extractor):
    text = (
        "Russia insists that Ukraine formally adopt neutrality, "
        "relinquish aspirations to join NATO, "
        "and prohibit the redeployment of its troops."
    )
    assert triples(extractor(text)) == {
        ("RUS", "alignment.neutrality", "support"),
        ("RUS", "alignment.alliance_membership", "oppose"),
        ("RUS", "forces.redeployment_freeze", "support"),
    }


def test_duplicates_merge_and_unite_their_objects(extractor):
    text = (
        "Russia demands recognition of its annexation of Crimea. "
        "Russia also demands recognition of the annexation of Donetsk."
    )
    doc = extractor(text)
    assert len(doc.provisions) == 1
    assert doc.provisions[0].objects == ["UA-43", "UA-14"]
    assert doc.provisions[0].evidence.text.startswith("Russia demands")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Russia does not have complete control over these territories at present.", "control"),
        ("More than 6,000 people were killed in the fighting last year.", "casualty"),
        ("The talks were hosted by Turkey in Istanbul.", "venue"),
        ("The war began in 2022 with the invasion.", "history"),
    ],
)
def test_background_sentences_give_facts_not_provisions(extractor, text, kind):
    doc = extractor("Russia's memorandum calls for neutrality. " + text)
    assert triples(doc) == {("RUS", "alignment.neutrality", "support")}
    assert [f.kind for f in doc.facts] == [kind]
    fact = doc.facts[0]
    assert doc.text[fact.evidence.start : fact.evidence.end] == fact.text


def test_a_goal_of_the_talks_is_not_a_position(extractor):
    doc = extractor(
        "The memo details conditions Russia claims are prerequisites for a potential ceasefire."
    )
    assert doc.provisions == []


def test_a_summary_line_adds_no_restated_provision(extractor):
    text = (
        "Ukraine's plan demands security guarantees. "
        "The divergent positions underscore the gaps; "
        "Ukraine's emphasis remains on security guarantees and sovereignty."
    )
    doc = extractor(text)
    assert [p.evidence.text[:12] for p in doc.provisions if p.issue == "security.guarantees"] == [
        "Ukraine's pl"
    ]


def test_headings_give_no_provision(extractor):
    assert extractor("Ceasefire and Prisoner Exchange\n").provisions == []


def test_explanations_name_the_rule_cues_and_score(extractor):
    p = extractor("Moscow seeks a halt to Western military aid.", explain=True).provisions[0]
    assert p.explanation.rule == "issue-cue:security.military_aid+holder:speech+modality:demand"
    assert p.explanation.cues[:3] == ["Western military aid", "seeks", "halt"]
    assert 0 < p.explanation.score <= 1
    assert any("flipped" in n for n in p.explanation.notes)


def test_no_explanation_unless_asked(extractor):
    assert (
        extractor("Moscow seeks a halt to Western military aid.").provisions[0].explanation is None
    )


def test_a_question_is_no_position(extractor):
    text = (
        "Kyiv's answer\nQ: Will Ukraine drop its NATO bid?\nA: Ukraine demands a ceasefire first."
    )
    assert triples(extractor(text)) == {("UKR", "ceasefire.general", "support")}


def test_recognition_as_a_noun_is_a_cue(extractor):
    text = "Russia's demands\n- Recognition of Crimea as Russian territory."
    assert triples(extractor(text)) == {("RUS", "territory.recognition", "support")}
