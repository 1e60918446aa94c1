"""Holders made robust to document structure: datelines, list introductions, section headings,
newly defined parties and sections that name no side (probe: ``car_khartoum.txt``)."""

import pytest

from accord.extract.datelines import dateline_end
from accord.model import DocumentMeta

from .conftest import triples


@pytest.mark.parametrize(
    "line, place",
    [
        ("Khartoum, January 2019: the panel's proposal and the replies", "Khartoum"),
        ("GENEVA, 3 May — Envoys met on Tuesday.", "GENEVA"),
        ("PORT-AU-PRINCE — The first officers arrived.", "PORT-AU-PRINCE"),
        ("Doha, 12 March (Reuters) - Talks resumed.", "Doha"),
    ],
)
def test_a_dateline_is_found_at_the_start_of_a_line(line, place):
    end = dateline_end(line)
    assert end is not None and line[:end].strip().startswith(place)


@pytest.mark.parametrize(
    "line", ["Russia: Moscow has said it will not withdraw.", "The government: no amnesty."]
)
def test_a_label_is_not_a_dateline(line):
    assert dateline_end(line) is None


def test_a_dateline_city_in_the_title_is_no_voice(extractor):
    text = (
        "Khartoum, January 2019: the proposal and the replies\n"
        "Envoys met the government of the Central African Republic and the rebels.\n"
        "The government rejects any amnesty for the rebel leaders.\n"
    )
    assert triples(extractor(text)) == {("CAF", "justice.amnesty", "oppose")}


def test_list_items_hold_for_the_speaker_who_introduces_them(extractor):
    text = (
        "Talks on the border\n"
        "The AU panel proposes that:\n"
        "(a) the armed groups disarm;\n"
        "(b) the parties observe an immediate ceasefire.\n"
    )
    doc = extractor(text)
    assert {(p.holder, p.issue, p.modality) for p in doc.provisions} == {
        ("AU", "forces.disarmament", "offer"),
        ("AU", "ceasefire.general", "offer"),
    }


def test_a_demand_list_gives_demands(extractor):
    text = "Talks\nThe Kenyan government demanded the following:\n1. an immediate ceasefire;\n"
    doc = extractor(text)
    assert [(p.holder, p.modality) for p in doc.provisions] == [("KEN", "demand")]


def test_a_mediators_panel_heading_gives_the_mediator(extractor):
    text = (
        "Report\nSome lines.\nI. The panel's proposal\n"
        "The African Union panel met the sides.\nAn immediate ceasefire must come first.\n"
    )
    assert ("AU", "ceasefire.general", "support") in triples(extractor(text))


def test_a_newly_defined_party_in_a_translated_name_speaks(extractor):
    text = (
        "The Popular Front for the Renaissance of Central Africa (FPRC) says it will not "
        "disarm. It also demands an amnesty."
    )
    got = triples(extractor(text))
    assert ("FPRC", "forces.disarmament", "oppose") in got
    assert ("FPRC", "justice.amnesty", "support") in got


def test_the_group_points_to_the_party_just_defined(extractor):
    text = (
        "The Sahel Liberation Front (SLF) rejected the plan. "
        "The Union for Peace in the Sahel (UPS) accepts the ceasefire. "
        "The group demands seats in the government."
    )
    assert ("UPS", "governance.power_sharing", "support") in triples(extractor(text))


def test_an_outcome_heading_ends_the_voice_of_the_section_before(extractor):
    text = (
        "Talks\nSome lines.\nII. The Kenyan reply\nNairobi accepts the ceasefire.\n"
        "III. Outcome\nA ceasefire is in force.\n"
    )
    a = extractor.analyse(text)
    outcome = next(i for i, s in enumerate(a.sentences) if s.text.endswith("Outcome"))
    assert all(h.holder is None for h in a.hits if h.sentence > outcome)


def test_the_mediators_plan_is_the_mediators_and_so_are_its_items(extractor):
    text = (
        "Bamako, 20 June 2015: the mediators' plan\n"
        "Algeria led the mediation between the government of Mali and the rebels.\n"
        "The mediators' plan provides:\n"
        "1. The parties shall observe a permanent ceasefire.\n"
        "2. The combatants shall be disarmed.\n"
    )
    got = triples(extractor(text))
    assert got == {
        ("DZA", "ceasefire.general", "support"),
        ("DZA", "forces.disarmament", "support"),
    }


@pytest.mark.parametrize(
    "text, mediator",
    [
        ("Talks mediated by Qatar between the two sides.", "QAT"),
        ("The Qatari mediators met the sides.", "QAT"),
        ("Norway's facilitators met the sides.", "NOR"),
        ("Kenya sent troops.", None),
    ],
)
def test_the_mediator_of_a_text(extractor, text, mediator):
    from accord.extract.stages.mediators import find_mediator

    a = extractor.analyse(text)
    assert find_mediator(a.text, a.parties) == mediator


def test_an_answer_heading_of_an_unnamed_side_is_the_group_of_the_text(extractor):
    text = (
        "MAPUTO, 3 March — Talks between the government and Renamo resumed.\n"
        "The rebels' answer\n"
        "Decentralisation is the first condition.\n"
    )
    assert triples(extractor(text)) == {("RENAMO", "territory.special_status", "support")}


def test_a_government_heading_is_the_state_of_the_text(extractor):
    text = (
        "Talks on the north\n"
        "Envoys met the government of Mali and the rebels in Algiers.\n"
        "II. The government's reply\n"
        "Any federal arrangement is rejected.\n"
    )
    assert triples(extractor(text)) == {("MLI", "territory.special_status", "oppose")}


def test_markdown_headings_name_the_sides(extractor):
    text = (
        "# Istanbul, May 2025: what each side brought\n"
        "ISTANBUL, 16 May — Delegations of Russia and Ukraine met.\n"
        "## What Kyiv wants\n"
        "A full exchange of prisoners of war is the first priority.\n"
    )
    assert triples(extractor(text)) == {("UKR", "humanitarian.prisoner_exchange", "support")}


def test_a_resolution_that_endorses_a_treaty_is_no_speaker(extractor):
    text = (
        "Memorandum\n"
        "1. The settlement is to be laid down in a treaty endorsed by a resolution of the UN "
        "Security Council.\n"
        "Conditions for a ceasefire\n"
        "Ukraine must withdraw its forces from the four regions.\n"
    )
    doc = extractor(text, DocumentMeta(name="m", author="RUS"))
    assert {p.holder for p in doc.provisions if p.issue == "forces.withdrawal"} == {"RUS"}


def test_a_heading_of_an_authored_document_gives_the_author_back_the_voice(extractor):
    text = (
        "Our proposals\n"
        "Kenya said it wants an immediate ceasefire.\n"
        "Section II. Prisoners\n"
        "A full exchange of prisoners of war.\n"
    )
    doc = extractor(text, DocumentMeta(name="m", author="UGA"))
    assert ("UGA", "humanitarian.prisoner_exchange", "support") in triples(doc)


def test_a_bracket_opening_with_a_party_holds_its_wording(extractor):
    text = (
        "Draft treaty\n"
        "Article 6. [Russia: Ukraine shall give Russian the status of an official state "
        "language.]\n"
        "Article 7. The parties shall exchange all prisoners of war.\n"
    )
    got = triples(extractor(text, DocumentMeta(name="d", author="JOINT")))
    assert ("RUS", "identity.language", "support") in got
    assert ("JOINT", "humanitarian.prisoner_exchange", "support") in got


def test_an_acronym_after_one_hyphenated_name_defines_a_party(extractor):
    text = (
        "The protocol was signed by the representative of Nagorno-Karabakh (NKR). "
        "The NKR leadership demands that its independence be recognised."
    )
    assert ("NKR", "territory.recognition", "support") in triples(extractor(text))


def test_a_delegate_of_a_party_speaks_for_it(extractor):
    text = (
        "Bamako wants a ceasefire with the Unified Movements and Fronts of Azawad (MFUA). "
        "But an MFUA delegate later said the movements refused to disarm."
    )
    assert ("MFUA", "forces.disarmament", "oppose") in triples(extractor(text))


def test_a_quoted_person_tied_to_the_armed_side_by_an_aside(extractor):
    text = (
        "Russia and the Chechen Republic of Ichkeria (CRI) signed a truce. "
        '"We signed nothing," Movladi Udugov, the separatist information chief, told reporters. '
        '"We expect the world to recognise our independence."'
    )
    got = triples(extractor(text))
    assert ("CRI", "territory.recognition", "support") in got


def test_a_rebels_label_is_the_group_of_the_text(extractor):
    text = (
        "Talks between the government of Senegal and the Movement of Democratic Forces of "
        "Casamance (MFDC) resumed.\n"
        "Rebels: a general amnesty must come first.\n"
    )
    assert triples(extractor(text)) == {("MFDC", "justice.amnesty", "support")}


def test_a_faction_of_a_party_speaks_for_it(extractor):
    text = (
        "Djibouti and the Front for the Restoration of Unity and Democracy (FRUD) met.\n"
        "What was agreed\nUnder the accord, both sides agreed to a cessation of hostilities.\n"
        "The FRUD faction committed itself to disarming its fighters.\n"
    )
    assert ("FRUD", "forces.disarmament", "support") in triples(extractor(text))


def test_the_two_presidents_declare_together(extractor):
    text = (
        "Peru's answer\nPeru accepted the proposal.\nThe act\n"
        "In the act, the two presidents declare that they will never again use force.\n"
    )
    assert triples(extractor(text)) == {("JOINT", "security.non_aggression", "support")}


def test_a_country_opening_a_headline_is_its_topic_not_its_voice(extractor):
    a = extractor.analyse("Ethiopia: TPLF answers the AU plan\nA ceasefire must be immediate.\n")
    assert a.sentences[0].voice is None
    assert all(h.holder != "ETH" for h in a.hits)


@pytest.mark.parametrize(
    "named", ["the authorities in Bangui", "the authorities of the Central African Republic"]
)
def test_the_government_is_the_state_whose_authorities_the_text_names_not_the_host(
    extractor, named
):
    text = (
        f"Peace talks open in Khartoum\nArmed groups and {named} met in Khartoum. "
        "The talks in Khartoum will last two weeks.\n"
        "The government has ruled out any amnesty for the leaders of the armed groups.\n"
    )
    assert triples(extractor(text)) == {("CAF", "justice.amnesty", "oppose")}


def test_a_city_named_only_as_the_venue_is_not_the_state_of_the_text(extractor):
    text = (
        "Peace talks open in Khartoum\n"
        "Armed groups and the government began talks in Khartoum on the future of the Central "
        "African Republic. The talks in Khartoum will last two weeks, at a hotel in Khartoum.\n"
        "The government has ruled out any amnesty for the leaders of the armed groups.\n"
    )
    assert triples(extractor(text)) == {("CAF", "justice.amnesty", "oppose")}


def test_talks_between_the_government_of_x_and_y_name_no_speaker(extractor):
    a = extractor.analyse(
        "Talks between the government of the Democratic Republic of the Congo and the M23 "
        "resumed in Doha."
    )
    assert a.speakers.get(0, []) == []


@pytest.mark.parametrize(
    "intro, holder",
    [
        ("Among the rebels' demands:", "M23"),
        ("Key points of the Qatari proposal:", "QAT"),
        ("Kinshasa's conditions are as follows:", "COD"),
    ],
)
def test_a_list_introduced_by_a_sides_document_is_that_sides(extractor, intro, holder):
    text = f"Talks\nThe M23 met the DRC in Doha.\n{intro}\n- a permanent ceasefire;\n"
    assert triples(extractor(text)) == {(holder, "ceasefire.general", "support")}


def test_an_acronym_names_the_run_whose_initials_it_has(extractor):
    a = extractor.analyse(
        "Norway met the government of Sri Lanka and the Liberation Tigers of Tamil Eelam (LTTE)."
    )
    assert ("Liberation Tigers of Tamil Eelam", "LTTE") in [(m.text, m.code) for m in a.parties]


@pytest.mark.parametrize(
    "label, holder", [("**Government reply.**", "LKA"), ("**LTTE response.**", "LTTE")]
)
def test_a_reply_label_names_its_side(extractor, label, holder):
    text = (
        "The Norwegian proposal for Sri Lanka and the replies\n"
        "Norway put its proposal to the government of Sri Lanka and the Liberation Tigers of "
        "Tamil Eelam (LTTE).\n"
        f"{label} A federal solution is acceptable.\n"
    )
    assert triples(extractor(text)) == {(holder, "territory.special_status", "support")}


YEMEN = (
    "MUSCAT, 9 April — The UN special envoy for Yemen presented a new roadmap to the parties. "
    "Oman hosted the consultations.\n"
    "Under the envoy's roadmap, the parties would:\n"
    "- declare a nationwide ceasefire;\n"
    "What the government said\n"
    "The internationally recognised government rejected the text. Officials said a prisoner "
    "exchange must come first.\n"
)


def test_an_organisations_envoy_for_a_country_is_the_organisations(extractor):
    a = extractor.analyse(YEMEN)
    assert [sp.code for sp in a.speakers.get(0, [])] == []


def test_under_the_mediators_roadmap_the_parties_would_is_the_mediators_offer(extractor):
    assert ("UN", "ceasefire.general", "support") in triples(extractor(YEMEN))


def test_a_host_is_not_the_government_and_what_the_government_said_is_its_section(extractor):
    a = extractor.analyse(YEMEN)
    heading = next(s for s in a.sentences if s.text == "What the government said")
    assert heading.voice is not None
    assert ("YEM", "humanitarian.prisoner_exchange", "support") in triples(extractor(YEMEN))
