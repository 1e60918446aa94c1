import pytest

from accord.extract.stages.mentions import find_mentions


@pytest.mark.parametrize(
    "text, code",
    [
        ("Moscow said no.", "RUS"),
        ("The Kremlin said no.", "RUS"),
        ("Russian negotiators said no.", "RUS"),
        ("Kyiv said no.", "UKR"),
        ("Kiev said no.", "UKR"),
        ("Zelensky's government said no.", "UKR"),
        ("Hamas said no.", "HAMAS"),
        ("The Houthis said no.", "HOUTHIS"),
        ("The M23 said no.", "M23"),
        ("The FARC said no.", "FARC"),
        ("The ELN said no.", "ELN"),
        ("The TPLF said no.", "TPLF"),
        ("The Rapid Support Forces said no.", "RSF"),
        ("The MILF said no.", "MILF"),
        ("Baku said no.", "AZE"),
        ("Yerevan said no.", "ARM"),
        ("Kinshasa said no.", "COD"),
        ("Kigali said no.", "RWA"),
        ("Tbilisi said no.", "GEO"),
        ("Chisinau said no.", "MDA"),
        ("Sinn Féin said no.", "IRA"),
        ("Republika Srpska said no.", "RS"),
        ("Bolivia said no.", "BOL"),
    ],
)
def test_party_aliases_map_to_their_codes(lex, text, code):
    parties, _ = find_mentions(lex, text)
    assert parties[0].code == code


def test_demonym_with_a_group_noun_is_a_group_mention(lex):
    parties, _ = find_mentions(lex, "The Ukrainian delegation left; Ukrainian assets stayed.")
    assert [(m.code, m.form) for m in parties] == [("UKR", "group"), ("UKR", "adjective")]


def test_party_names_match_case_sensitively(lex):
    parties, _ = find_mentions(lex, "They ate turkey and talked about a georgia peach.")
    assert parties == []


@pytest.mark.parametrize(
    "text, codes",
    [
        ("Crimea", ("UA-43",)),
        ("Lugansk", ("UA-09",)),
        ("Luhansk oblast", ("UA-09",)),
        ("Zaporozhye", ("UA-23",)),
        ("Zaporizhzhia region", ("UA-23",)),
        ("Donbas", ("UA-14", "UA-09")),
        ("North Kivu", ("CD-NK",)),
        ("Tigray", ("ET-TI",)),
        ("Gaza Strip", ("PS-GZA",)),
        ("Hodeidah", ("YE-HU",)),
        ("Abkhazia", ("GE-AB",)),
        ("Transnistria", ("MD-SN",)),
        ("Northern Ireland", ("GB-NIR",)),
        ("Nagorno-Karabakh", ("NAGORNO-KARABAKH", "AZ-XA")),
        ("Eastern Slavonia", ("HR-14", "HR-16")),
        ("Northwest and Southwest", ("CM-NW", "CM-SW")),
    ],
)
def test_place_spellings_map_to_iso_3166_2(lex, text, codes):
    _, places = find_mentions(lex, f"They spoke of {text} again.")
    assert places[0].codes == codes
    assert places[0].text == text


def test_pycountry_subdivisions_are_in_the_place_gazetteer(lex):
    _, places = find_mentions(lex, "Troops left Ituri and Kassala.")
    assert [p.codes for p in places] == [("CD-IT",), ("SD-KA",)]


@pytest.mark.parametrize(
    "name, code",
    [("Dushanbe", "TJK"), ("Maputo", "MOZ"), ("Mozambican", "MOZ")],
)
def test_capitals_and_demonyms_of_every_state_come_from_data(lex, name, code):
    assert lex.party_alias[name][0] == code


def test_a_demonym_several_states_share_is_no_alias_of_one_of_them(lex):
    from accord.extract.lexicon import _capitals_and_demonyms

    assert "Congolese" not in {n for n, _, _ in _capitals_and_demonyms()}


@pytest.mark.parametrize("name, code", [("Ladakh", "IN-LA"), ("Irbid", "JO-IR")])
def test_subdivisions_of_every_state_are_places(lex, name, code):
    assert lex.place_alias[name] == (code,)


@pytest.mark.parametrize("word", ["Northern", "Coast", "Dushanbe"])
def test_generic_words_and_capitals_are_no_places(lex, word):
    assert word not in lex.place_alias
