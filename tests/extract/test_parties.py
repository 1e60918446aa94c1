import pytest

from accord.extract.party_names import fits, long_name
from accord.model import DocumentMeta

from .conftest import triples


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The Sahel Liberation Front (SLF) demands the release of all prisoners.", "SLF"),
        (
            "The Sahel Liberation Front (SLF) met the envoy. The SLF said it wants a prisoner "
            "exchange.",
            "SLF",
        ),
        (
            "Talks included the Eastern Highlands Alliance (EHA), led by Tomas Varga. "
            "Varga demanded the release of all prisoners.",
            "EHA",
        ),
        (
            "The Movement for Justice and Renewal (MJR) joined the talks. Later the Movement "
            "for Justice and Renewal demanded a prisoner exchange.",
            "MJR",
        ),
    ],
)
def test_an_acronym_the_text_defines_becomes_a_holder(extractor, text, holder):
    assert {p.holder for p in extractor(text).provisions} == {holder}


def test_a_defined_government_of_a_divided_state_keeps_its_own_code(extractor):
    doc = extractor(
        "The Government of National Accord (GNA) in Tripoli met envoys. "
        "The GNA demanded the release of all prisoners."
    )
    assert {p.holder for p in doc.provisions} == {"GNA"}


@pytest.mark.parametrize(
    "text",
    [
        "Envoys of Chad's Provisional Unity Government (PUG) arrived. The PUG demands a ceasefire.",
        "The Interim Government of the Republic of Chad (IGRC) met envoys. The IGRC demands a "
        "ceasefire.",
    ],
)
def test_a_defined_acronym_for_a_states_government_becomes_the_state(extractor, text):
    assert {p.holder for p in extractor(text).provisions} == {"TCD"}


def test_a_defined_country_keeps_its_iso_code(extractor):
    doc = extractor(
        "The Democratic Republic of the Congo (DRC) met envoys. The DRC demands a ceasefire."
    )
    assert {p.holder for p in doc.provisions} == {"COD"}


@pytest.mark.parametrize(
    "acronym, run, name",
    [
        ("LNA", "the Libyan National Army", "Libyan National Army"),
        ("CRI", "calls its state the Chechen Republic of Ichkeria", "Chechen Republic of Ichkeria"),
        ("SOC", "State of Cambodia", "State of Cambodia"),
        ("XYZ", "the Peace Council", None),
    ],
)
def test_the_long_name_is_the_part_the_acronym_abbreviates(acronym, run, name):
    assert long_name(run.split(" the ")[-1] if " the " in run else run, acronym) == name


def test_a_translated_acronym_keeps_most_letters():
    assert fits("CMA", ["Coordination", "of", "Azawad", "Movements"])
    assert not fits("QQQ", ["Coordination", "of", "Azawad", "Movements"])


@pytest.mark.parametrize(
    "author, expected",
    [("RUS", "RUS"), ("joint", "JOINT"), ("Government of Georgia", "GEO"), ("desk staff", None)],
)
def test_the_author_is_a_party_code_or_nothing(extractor, author, expected):
    doc = extractor("The release of all prisoners.", DocumentMeta(author=author))
    assert doc.meta.author == expected


def test_a_byline_author_holds_nothing(extractor):
    doc = extractor(
        "Both sides demand the release of all prisoners.", DocumentMeta(author="news desk")
    )
    assert "NEWS DESK" not in {p.holder for p in doc.provisions}


def test_a_deal_signed_in_the_passive_voice_speaks_jointly(extractor):
    doc = extractor(
        "A ceasefire was signed today by the two delegations. "
        "An all-for-all prisoner exchange is to follow within a month."
    )
    assert ("JOINT", "humanitarian.prisoner_exchange", "support") in triples(doc)


def test_a_name_going_on_in_capitals_is_no_speech_verb(extractor):
    doc = extractor(
        "The ceasefire was signed today by both sides. The United Nations Support Mission "
        "hosted the talks. An all-for-all prisoner exchange is to follow within a month."
    )
    assert ("JOINT", "humanitarian.prisoner_exchange", "support") in triples(doc)


@pytest.mark.parametrize(
    "title, author",
    [
        ("Statement of the Government of Kenya on the Nairobi talks", "KEN"),
        ("STATEMENT OF THE GOVERNMENT OF KENYA ON THE NAIROBI TALKS", "KEN"),
        ("Letter from Somalia to the Security Council", "SOM"),
        ("Memorandum of Understanding between Kenya and Somalia", None),
        ("Kenya and Somalia sign a truce", None),
    ],
)
def test_a_title_naming_its_author_makes_the_document_the_authors(extractor, title, author):
    doc = extractor(f"{title}\nThe talks resumed.\n")
    assert doc.meta.author == author


def test_a_title_naming_a_defined_group_makes_it_the_author(extractor):
    text = (
        "Statement of the Leadership of the SLF on the truce\n"
        "Today the Sahel Liberation Front (SLF) signed the truce.\n"
        "We demand the release of all prisoners.\n"
    )
    doc = extractor(text)
    assert doc.meta.author == "SLF"
    assert doc.provisions and {p.holder for p in doc.provisions} == {"SLF"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We demand the release of all prisoners.",
        "In return, we will release all prisoners.",
        "Our government will release all prisoners.",
    ],
)
def test_first_person_lines_are_the_authors(extractor, sentence):
    text = f"Kenya and Somalia signed a truce today. {sentence}"
    doc = extractor(text, DocumentMeta(author="KEN"))
    assert {p.holder for p in doc.provisions} == {"KEN"}


def test_a_quoted_we_is_not_the_authors(extractor):
    text = 'Talks went on. "We demand the release of all prisoners," Somalia said.'
    doc = extractor(text, DocumentMeta(author="KEN"))
    assert {p.holder for p in doc.provisions} == {"SOM"}


def test_the_government_is_the_state_whose_government_the_text_names(extractor):
    text = (
        "In Nairobi and again in Nairobi, the Government of Somalia met the rebels. "
        "The government demanded the release of all prisoners."
    )
    assert {p.holder for p in extractor(text).provisions} == {"SOM"}


@pytest.mark.parametrize(
    "intro, later",
    [
        ("Kenya's foreign minister, Amina Wanjiru, arrived late.", "Wanjiru"),
        ("Kenyan Foreign Minister Amina Wanjiru arrived late.", "Wanjiru"),
        ("The foreign minister of Kenya, Amina Wanjiru, arrived late.", "Amina Wanjiru"),
    ],
)
def test_a_person_the_text_ties_to_a_party_speaks_for_it(extractor, intro, later):
    doc = extractor(f"{intro} {later} demanded the release of all prisoners.")
    assert {p.holder for p in doc.provisions} == {"KEN"}


def test_two_leaders_named_together_map_in_order(extractor):
    text = (
        "The presidents of Kenya and Somalia, Amina Wanjiru and Abdi Farah, met. "
        "Farah demanded the release of all prisoners."
    )
    assert {p.holder for p in extractor(text).provisions} == {"SOM"}


def test_a_translated_acronym_defines_its_group(extractor):
    doc = extractor(
        "The Families Support Collective (CAS), a group of relatives, rejects the amnesty."
    )
    assert {p.holder for p in doc.provisions} == {"CAS"}


def test_a_group_named_without_an_acronym_gets_its_initials(extractor):
    doc = extractor(
        "At home the Democratic Renewal Front, the largest opposition bloc, "
        "rejects any prisoner exchange."
    )
    assert {p.holder for p in doc.provisions} == {"DRF"}


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian Liberation Army demands a prisoner exchange.",  # a state's name inside
        "The Armed Forces demand a prisoner exchange.",  # one word before the noun
    ],
)
def test_names_of_state_bodies_make_no_new_group(extractor, text):
    assert not extractor.analyse(text).party_kinds


def test_the_demonym_of_a_defined_name_speaks_for_it_with_a_group_noun(extractor):
    text = (
        "Envoys met the Ogaden Republic of Shabelle (ORS). "
        "The Ogaden side demanded an all-for-all prisoner exchange."
    )
    a = extractor.analyse(text)
    assert [(m.text, m.code) for m in a.parties if m.form == "group"] == [("Ogaden side", "ORS")]
    assert {p.holder for p in extractor(text).provisions} == {"ORS"}


def test_a_title_with_of_before_the_name_ties_the_person(extractor):
    text = (
        "The Kenyan chief of staff Amina Wanjiru arrived. "
        "Wanjiru demanded an all-for-all prisoner exchange."
    )
    assert {p.holder for p in extractor(text).provisions} == {"KEN"}


def test_a_group_calling_itself_by_a_name_gets_its_initials_and_its_leader(extractor):
    text = (
        "A dissident faction calling itself the Kenya Patriotic Front, led by Amos Odhiambo, "
        "broke away. Odhiambo demanded an all-for-all prisoner exchange."
    )
    assert {p.holder for p in extractor(text).provisions} == {"KPF"}


def test_a_person_named_as_a_sides_leader_speaks_for_it_later(extractor):
    doc = extractor(
        "Chad's government and the Sahel Armed Resistance (SAR) signed a truce, watched by the "
        "movement's elderly leader, Father Idriss Kaba Doumbia. \"We will never lay down our "
        'weapons," Kaba told the crowd.'
    )
    assert {p.holder for p in doc.provisions if p.issue == "forces.disarmament"} == {"SAR"}


def test_a_person_name_stops_at_the_end_of_its_sentence(extractor):
    # "Andrei Kozlov. What" is no name: "What" must not become a mention of Russia
    text = (
        "The plan was carried to the capital by Russia's envoy, Andrei Kozlov. What followed "
        "was a week of talks.\n\nWhat the deal left out\n\n"
        "The Free Hills Movement (FHM) was not a party. Its leaders said they would not disarm."
    )
    doc = extractor(text)
    assert ("FHM", "forces.disarmament", "oppose") in triples(doc)
    assert all(p.holder != "RUS" for p in doc.provisions)


def test_an_author_with_a_bracketed_acronym_is_that_group(extractor):
    # front matter "author: Frente Popular de Liberación (FPL-3), political committee"
    text = (
        "Yesterday our fighters handed in their rifles. "
        "The government, for its part, has promised a pardon. "
        "Fourth: Guatemala needs a new constitution. "
        "We call for a constituent assembly to rewrite the constitution."
    )
    meta = DocumentMeta(author="Frente Popular de Liberación (FPL-3), political committee")
    doc = extractor(text, meta)
    assert doc.meta.author == "FPL-3"
    assert ("FPL-3", "governance.constitution", "support") in triples(doc)
