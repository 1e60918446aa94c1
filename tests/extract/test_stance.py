import pytest

from accord.extract.stages.stance import stances_of


def stance(lex, text, issue):
    found = [h.stance for h in stances_of(lex, text) if h.issue == issue]
    assert found, f"no {issue} hit in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "text, issue, expected",
    [
        (
            "Russia wants Ukraine to relinquish aspirations to join NATO.",
            "alignment.alliance_membership",
            "oppose",
        ),
        ("Ukraine must forgo any claims for wartime damages.", "economy.reparations", "oppose"),
        ("Moscow seeks a halt to Western military aid.", "security.military_aid", "oppose"),
        (
            "Moscow seeks a halt to Western military aid and intelligence sharing.",
            "security.intelligence_support",
            "oppose",
        ),
        (
            "The memorandum prohibits the deployment of foreign troops.",
            "forces.foreign_presence",
            "oppose",
        ),
        (
            "The memorandum would prohibit the redeployment of its troops.",
            "forces.redeployment_freeze",
            "support",
        ),
        ("Kyiv will not recognise the annexation of Crimea.", "territory.recognition", "oppose"),
        ("The rebels refused to disarm.", "forces.disarmament", "oppose"),
        ("Israel rejects a Palestinian state.", "territory.recognition", "oppose"),
        ("There will be no amnesty for war crimes.", "justice.amnesty", "oppose"),
        ("NATO membership is unacceptable to Moscow.", "alignment.alliance_membership", "oppose"),
        ("Its army will not withdraw from Donetsk.", "forces.withdrawal", "oppose"),
        ("Ukraine would stay a non-nuclear state.", "security.non_nuclear", "support"),
        ("Iran keeps its nuclear weapons programme.", "security.non_nuclear", "oppose"),
        ("The parties shall not resort to the use of force.", "security.non_aggression", "support"),
        ("Israel demands an end to incitement.", "identity.ideology_ban", "support"),
        ("Ukraine demands a full ceasefire.", "ceasefire.general", "support"),
    ],
)
def test_negation_and_prohibition_set_the_stance(lex, text, issue, expected):
    assert stance(lex, text, issue) == expected


@pytest.mark.parametrize(
    "text, issue, expected",
    [
        # the negation belongs to the first verb, not to the next demand
        ("Hamas rejects disarmament and demands a ceasefire.", "ceasefire.general", "support"),
        (
            "Russia insists that Ukraine relinquish its NATO bid, and grant amnesty to prisoners.",
            "justice.amnesty",
            "support",
        ),
        (
            "Kyiv will not recognise the annexation, he said, and its army will hold elections.",
            "governance.elections",
            "support",
        ),
        ("Elections will be held no later than June.", "governance.elections", "support"),
        (
            "The two states will refrain from force against each other's territorial integrity.",
            "territory.integrity",
            "support",
        ),
    ],
)
def test_negation_does_not_reach_past_its_clause(lex, text, issue, expected):
    assert stance(lex, text, issue) == expected


def test_negation_inside_another_cue_does_not_flip(lex):
    text = "The war ends, with military operations suspended and Israeli forces pulling back."
    assert stance(lex, text, "forces.withdrawal") == "support"


def test_foreign_forces_that_withdraw_are_a_withdrawal_not_a_presence(extractor):
    doc = extractor("The parties agree that all foreign forces shall withdraw from the region.")
    assert {(p.issue, p.stance) for p in doc.provisions} == {("forces.withdrawal", "support")}


def test_neither_party_negates_its_verb(lex):
    text = "Neither Party shall deploy along the border forces of a third country."
    assert stance(lex, text, "forces.foreign_presence") == "oppose"


def test_territorial_unity_kept_off_the_table_is_defended_but_a_truce_off_it_is_refused(lex):
    unity = stances_of(lex, "The territorial integrity of the country is not negotiable.")
    assert ("territory.integrity", "support") in [(h.issue, h.stance) for h in unity]
    truce = stances_of(lex, "A ceasefire is not on the table, the commander said.")
    assert ("ceasefire.general", "oppose") in [(h.issue, h.stance) for h in truce]


def test_a_verbs_not_stops_where_a_new_subject_opens_a_coordinated_clause(lex):
    s = (
        "The fighters are to stay in their camps and not leave them armed, and a joint "
        "monitoring team is to look into violations."
    )
    assert ("ceasefire.monitoring", "support") in [(h.issue, h.stance) for h in stances_of(lex, s)]


def test_a_token_handover_is_no_disarmament(lex):
    s = "Only a token number of weapons was handed over by the rebels last week."
    assert [(h.issue, h.stance) for h in stances_of(lex, s)] == [("forces.disarmament", "oppose")]
