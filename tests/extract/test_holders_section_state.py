"""A section headed by one state's reply makes "the government" that state's; wordings of a
guarantor's responsibility, sanctions relief, a foreign naval presence, and a contrast that does
not undo the cue before it."""

from .conftest import triples


def test_the_government_in_a_states_section_is_that_state(extractor):
    doc = extractor(
        "The Kerch arrangement: the plan and the replies\n\n"
        "Russia and Russia's navy were named in the plan. Russia kept the strait closed.\n\n"
        "2. Georgia's reply\n"
        "Tbilisi signed. The government said it held the OSCE responsible for the safety of the "
        "crossing.\n"
    )
    assert ("GEO", "process.guarantors", "support") in triples(doc)


def test_guarantors_sanctions_and_presence_wordings(extractor):
    got = {
        (i, s)
        for _, i, s in triples(
            extractor(
                "Iran insisted that its oil exports be freed from the restrictions imposed by "
                "Washington. Iran ruled out any presence of American warships in its waters."
            )
        )
    }
    assert ("economy.sanctions_relief", "support") in got
    assert ("forces.foreign_presence", "oppose") in got


def test_sanctions_that_must_not_block_trade_are_relief(extractor):
    doc = extractor(
        "The UN offered Moscow to make sure that sanctions did not block Russian fertiliser."
    )
    assert ("UN", "economy.sanctions_relief", "support") in triples(doc)


def test_a_contrast_after_the_cue_does_not_undo_it(extractor):
    doc = extractor(
        "President Aliyev said Azerbaijan wanted the return of all its territory, "
        "not a frozen conflict."
    )
    assert ("AZE", "territory.integrity", "support") in triples(doc)
