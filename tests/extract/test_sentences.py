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


@pytest.mark.parametrize(
    "text",
    [
        "Russia demands that Ukraine recognise Crimea, Donetsk and Kherson as\n"
        "Russian territory and withdraw its troops from those regions.",
        "The memorandum also calls for an end to Western arms deliveries and rules out any\n"
        "foreign troops on Ukrainian soil.",
    ],
)
def test_a_hard_wrapped_sentence_is_one_sentence(text):
    assert [s.text for s in split("Memorandum\n" + text)] == ["Memorandum", text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks Resume In Geneva\nThe two delegations met today.", 2),
        ("Russia set out these demands for the talks:\n- a ceasefire\n- elections", 3),
        ("Russia and Ukraine agreed on the following points at the talks\n- a ceasefire", 2),
        ("## Russia's demands at the second round\nMoscow wants a ceasefire.", 2),
    ],
)
def test_headings_and_list_items_are_not_joined_to_the_next_line(text, expected):
    assert len(split(text)) == expected
