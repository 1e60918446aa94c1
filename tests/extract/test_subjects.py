"""Whom a provision is about (its subject): the actor of a demanded clause, not a demonym of a
place ("as Russian territory"); the owner of "its troops", "our arms"; not the subject of a
subordinate clause after the cue ("while the FDLR remain armed")."""

from accord.model import DocumentMeta


def subjects(doc):
    """(holder, issue) -> subject of a document's provisions."""
    return {(p.holder, p.issue): p.subject for p in doc.provisions}


def test_demonym_of_a_place_is_not_the_actor(extractor):
    doc = extractor(
        "Russia demands that Ukraine recognise Crimea and Kherson as Russian territory and "
        "withdraw its troops from those regions."
    )
    assert subjects(doc)[("RUS", "forces.withdrawal")] == "UKR"


def test_troops_that_leave_a_named_territory(extractor):
    doc = extractor("Kinshasa insists that Rwandan troops leave Congolese territory first.")
    assert subjects(doc)[("COD", "forces.withdrawal")] == "RWA"


def test_subordinate_clause_after_the_cue_has_its_own_subject(extractor):
    doc = extractor(
        "The M23 spokesman said the movement will not hand over its weapons while the FDLR "
        "remain armed in the hills."
    )
    assert subjects(doc)[("M23", "forces.disarmament")] == "M23"


def test_its_arms_are_the_holders(extractor):
    doc = extractor(
        "The FARC said it would not lay down its arms and insisted on talks with Bogotá."
    )
    assert subjects(doc)[("FARC", "forces.disarmament")] == "FARC"


def test_its_forces_after_a_colon_are_the_holders(extractor):
    doc = extractor(
        "Ethiopia's position, relayed by a diplomat: its forces will leave Somalia once "
        "international troops have been deployed."
    )
    assert subjects(doc)[("ETH", "forces.withdrawal")] == "ETH"


def test_our_is_the_author(extractor):
    doc = extractor(
        "The reconstruction of our devastated provinces must be funded, and Iraq must answer "
        "for the war.",
        DocumentMeta(author="Government of Iran"),
    )
    assert subjects(doc)[("IRN", "economy.reconstruction")] == "IRN"


def test_our_villages_are_a_place_not_the_actor(extractor):
    doc = extractor(
        "We demand the withdrawal of Colombian troops from our villages in Cauca.",
        DocumentMeta(author="FARC"),
    )
    assert subjects(doc)[("FARC", "forces.withdrawal")] == "COL"


def test_foreign_troops_on_a_states_soil_are_about_that_state(extractor):
    doc = extractor(
        "Speaking in Tripoli, a GNC official said the Congress ruled out any deployment of "
        "foreign troops on Libyan soil."
    )
    assert {p.subject for p in doc.provisions if p.issue == "forces.foreign_presence"} == {"LBY"}


def test_territory_of_a_state_is_a_place(extractor):
    doc = extractor(
        "Yerevan demands that Azerbaijani troops withdraw from the sovereign territory of Armenia."
    )
    assert subjects(doc)[("ARM", "forces.withdrawal")] == "AZE"
