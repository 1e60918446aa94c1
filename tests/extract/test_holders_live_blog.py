"""A live blog's timestamped entries, a mediator called "the envoy", a government speaker's
title before a colon, and a side's spokesman named in an apposition."""

from .conftest import triples

BLOG = (
    "# LIVE: Sudan talks in Jeddah\n\n"
    "**6 May, 10:00** – Talks open between Sudan's army and the RSF under UN auspices.\n\n"
    "**11 May, 21:15** – The delegations agree to protect civilians.\n\n"
    "**20 May, 09:30** – The envoy presents a written proposal: the RSF pull out of Khartoum "
    "and hand over their heavy weapons.\n"
)


def test_live_blog_entries_after_an_agreement_are_not_joint_items(extractor):
    doc = extractor(BLOG)
    holders = {p.holder for p in doc.provisions if p.issue == "forces.disarmament"}
    assert holders == {"UN"}


def test_a_government_speakers_title_before_a_colon(extractor):
    doc = extractor(
        "Sudan's army and the RSF met in Jeddah.\n\n"
        "**22 May, 13:15** – Government delegation head and defence minister Yassin Ibrahim: "
        "the RSF must hand over their weapons before any talks."
    )
    assert ("SDN", "forces.disarmament", "support") in triples(doc)


def test_a_spokesman_named_in_an_apposition_speaks_for_his_side(extractor):
    doc = extractor(
        "Talks with the Houthis resumed in Muscat. The Houthi spokesman and chief negotiator, "
        "Ahmed Saleh, says the first step must be a consensus government."
    )
    assert ("HOUTHIS", "governance.power_sharing", "support") in triples(doc)


def test_ending_air_strikes_and_lifting_a_blockade(extractor):
    got = {
        (i, s)
        for _, i, s in triples(
            extractor(
                "Hamas demands an end to air strikes and the lifting of the land and sea blockade."
            )
        )
    }
    assert ("ceasefire.general", "support") in got
    assert ("humanitarian.aid_access", "support") in got
