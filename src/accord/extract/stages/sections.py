"""Stage ``accord.find_sections.v1``: the sections of a document and whose voice each one is.

Reads ``sentences``, ``parties``, ``meta``; writes ``Sentence.voice``, ``Sentence.section`` and
``Sentence.question``.

Real documents mix voices: a report quotes an agreement's terms under "What the parties agreed",
then gives "The government's answer" and "The opposition's answer"; a mediator's plan is
followed by each side's reply. A heading that opens a section says who speaks in it:

- an agreed text ("Draft Treaty on ...", "What the parties agreed", "The joint statement")
  whose section holds list items or "shall" clauses: ``JOINT``, the signatories together;
- a party's answer, reply, position or statement, or a bare party name ("II. The Greek Cypriot
  answer", "Islamabad: excerpts from the briefing", "Russia"): that party; "the government's
  answer" or "the opposition's reply" points to the first state or group the section names;
- any other heading ("Background", "A new autonomous region") leaves the voice as it was.

Article labels ("Article 3.", "Section II") stay inside their section. A question ("Q: Will
the talks resume?") states no position.

The voice is the holder of a line that names none; ``accord.attribute_holders`` reads it.

>>> from accord.extract import Extractor
>>> a = Extractor().analyse("Report\\nThe agreed text\\n1. The parties shall meet.\\n"
...                         "2. They shall talk.\\nThe Kenyan reply\\nIt rejects the text.")
>>> [(s.text[:16], s.voice) for s in a.sentences if s.section]
[('The agreed text', 'JOINT'), ('The Kenyan reply', 'KEN')]
"""

from __future__ import annotations

import re
from collections import Counter

from accord.extract.analysis import Analysis, Mention, Sentence
from accord.extract.datelines import dateline
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages
from accord.extract.stages.mediators import find_mediator
from accord.model import JOINT

_ARTICLE = re.compile(
    r"^[*_#>\s]*(?:Article|Art\.|Section|Chapter|Annex|Clause|Paragraph|Point|Protocol)\s+"
    r"[\dIVXLivxl]+\b",
    re.I,
)
_AGREED = re.compile(
    r"\b(?:agreed|agreements?|accords?|treat(?:y|ies)|protocols?|declarations?|"
    r"memorandum of understanding|joint statement|communiqu[eé]|operative|provisions|"
    r"the (?:final |signed |agreed |operative )?text|what was signed|terms of the)\b",
    re.I,
)
_OWNED = re.compile(
    r"\b(?:answer|reply|response|reaction|position|view|stance|statement|proposal|"
    r"counter-?proposal|plan|demands|conditions|objections?|briefing|side|camp|case|"
    r"red lines|terms|roadmap|road map)s?\b",
    re.I,
)
_GOVERNMENT_WORD = re.compile(r"\b(?:the )?(?:government|state|authorities|regime)\b", re.I)
_MEDIATOR_WORD = re.compile(
    r"\b(?:mediators?|mediation|facilitators?|chairs?|panel|troika|envoys?)\b", re.I
)
_GROUP_WORD = re.compile(
    r"\b(?:the )?(?:opposition|rebels?|insurgents?|movement|group|militias?|guerrillas?|"
    r"front|armed groups?)\b",
    re.I,
)
_SHALL = re.compile(r"\b(?:shall|agree[sd]?|undertakes?|commit|are to|is to)\b", re.I)
_QUESTION = re.compile(r"^\s*(?:[*_]*)(?:Q|Question)\s*[:.)-]", re.I)
_LABEL = re.compile(
    r"[\s>*•–-]*(?:\*\*|__)(?P<label>[^*_\n]{2,50}?)[.:]?(?:\*\*|__)[.:]?\s*"
    r"|[\s>*•–-]*(?P<label2>[A-Z][^:.\n]{1,40}):\s+"
    r"|[\s>*•–-]*(?:\*\*|__)(?P<label3>[^*_\n]{2,50}?)[.:]?\s*$"  # split off: "**Lebanon."
)
# a label that names a subject of the text, not who speaks: "Houthi talks", "Prisoner question"
_TOPIC_LABEL = re.compile(
    r"\b(?:talks|negotiations|track|file|question|issue|relations|war|conflict|dossier|deal|"
    r"truce|ceasefire|front line|border|next steps|timeline|background|context|conference|"
    r"summit|round|process|I{2,3}|IV)\b",
    re.I,
)
_BACKDROP = re.compile(
    r"[\s#*_>]*(?:[IVX\d]+\.?\s+)?(?:the\s+)?(?:background|context|history|chronology|timeline|"
    r"how we got here|the story so far|the road to)\b",
    re.I,
)
_PAST_DEAL = re.compile(
    r"[\s*_]*(?:An?|The)\s+(?:(?:earlier|previous|failed)\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+)?"
    r"(?:agreement|accord|deal|treaty|plebiscite|referendum|ceasefire|truce|settlement)\b"
)
_OPEN_QUESTION = re.compile(r"[\s*•–-]*(?:whether|if and when)\b", re.I)
_BACKDROP_LABEL = re.compile(
    r"[\s*_]*(?:background(?: note)?|context|history|epilogue|aftermath|postscript|"
    r"what happened next)[*_]*\s*[.:—–-]",
    re.I,
)
# a label's own noun after the side: "Government reply", "The rebels' position"
_LABEL_NOUN = (
    r"(?:['’]s?)?(?:\s+(?:reply|response|answer|position|view|proposal|counter-?proposal|"
    r"demands|conditions|side|statement|offer))?"
)
_GOVERNMENT_LABEL = re.compile(r"(?:the\s+)?(?:government|state|authorities)" + _LABEL_NOUN, re.I)
_GROUP_LABEL = re.compile(
    r"(?:the\s+)?(?:rebels?|insurgents?|armed groups?|armed movements?|guerrillas?|militias?|"
    r"rebel (?:side|movement|group|alliance|coalition))" + _LABEL_NOUN,
    re.I,
)
#: a voice that stands for "the government", resolved by the holder stage to the state the text
#: is about
GOVERNMENT = "@government"


_TROOPS_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z]\w+)?\s+(?:troops|contingents?|soldiers?|forces|army|units|battalions|"
    r"peacekeepers|garrisons?)\b"
)


def troops_of(text: str, m: Mention) -> bool:
    """Whether ``m`` names a state through its troops ("the Senegalese and Guinean troops"):
    an intervening state, not the government of the land the text is about.

    >>> t = "the Senegalese and Guinean troops left Bissau"
    >>> troops_of(t, Mention(4, 14, "Senegalese", "SEN", "adjective"))
    True
    >>> troops_of(t, Mention(41, 47, "Bissau", "GNB", "name"))
    False
    """
    return m.form == "adjective" and _TROOPS_AFTER.match(text, m.end) is not None


def text_of(s: Sentence, lo: int, hi: int) -> str:
    """The text of ``s`` between document offsets ``lo`` and ``hi``."""
    return s.text[lo - s.start : hi - s.start].strip()


_REACTIONS = re.compile(r"\b(?:reactions?|responses|answers|replies|views)\b", re.I)


# a dateline under the title ("London, 15 November 1979") says where a text was written, not
# who speaks below it
_DATELINE = re.compile(
    r"^[*_\s]*[A-Z][\w .'’-]{1,40},\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},?)?"
    r"\s+\d{4}[*_\s.]*$"
)


def _is_section_heading(s: Sentence, first: bool) -> bool:
    if first or not s.heading or _DATELINE.match(s.text):
        return False
    return not _ARTICLE.match(s.text) and not _ROMAN.match(s.text)


_ROMAN = re.compile(r"^[*_#\s]*(?:[IVXLC]{1,6}|[A-H]|\d{1,2}\.)\.?$")


def _numbered_headings(sents: list[Sentence]) -> None:
    """ "II. The Greek Cypriot answer" on a line of its own is a heading, not a list item
    (the splitter gives "II." and the title as two sentences of one line)."""
    for j in range(1, len(sents)):
        num, title = sents[j - 1], sents[j]
        if num.paragraph != title.paragraph or not _ROMAN.match(num.text):
            continue
        if j + 1 < len(sents) and sents[j + 1].paragraph == title.paragraph:
            continue
        if len(title.text.split()) <= 12 and title.text.rstrip()[-1:] not in ".!?:;\"”'’)":
            num.heading = title.heading = True
            num.item = title.item = False


def _side_of_text(a: Analysis, kinds, want: str) -> str | None:
    """The side "the government" or "the rebels" of a heading stands for when its section names
    none: the state the text is about (resolved by the holder stage), or the armed group the
    text names most ("The rebels' answer" after "talks between the government and Renamo")."""
    if want == "state":
        return GOVERNMENT
    groups = Counter(m.code for m in a.parties if kinds.get(m.code) == "group")
    return groups.most_common(1)[0][0] if groups else None


def _agreed_section(body: list[Sentence]) -> bool:
    items = sum(1 for s in body if s.item)
    shall = sum(1 for s in body if _SHALL.search(s.text))
    return items >= 2 or shall >= 2


def find_sections(lex: Lexicon, a: Analysis) -> Analysis:
    """Mark section headings with the voice of their section; mark questions."""
    sents = a.sentences
    if not sents:
        return a
    kinds = a.kinds(lex.party_kind)
    _numbered_headings(sents)
    by = a.by_sentence(a.parties)
    heads = [i for i, s in enumerate(sents) if _is_section_heading(s, i == 0)]
    mediator = find_mediator(a.text, a.parties, kinds)
    for n, i in enumerate(heads):
        s = sents[i]
        end = heads[n + 1] if n + 1 < len(heads) else len(sents)
        body = sents[i + 1 : end]
        named = list(dict.fromkeys(m.code for m in by.get(i, [])))
        s.section = True
        if _BACKDROP.match(s.text):
            # "## Background (not part of the deal)": what follows is history, not positions
            for b in body:
                b.backdrop = True
                b.background = b.background or "history"
            continue
        if _AGREED.search(s.text) and not _OWNED.search(s.text) and _agreed_section(body):
            # an author's own draft ("Draft treaty with ..." by RUS) is what the author asks
            author = a.meta.author
            s.voice = author if author and author != JOINT else JOINT
        elif (
            len(named) == 1
            and (
                _OWNED.search(s.text)
                or len(s.text.split()) <= 4
                or lex.cue("speech").search(s.text)  # "What the CMA would not accept"
            )
            and not _REACTIONS.search(s.text)
        ):
            s.voice = named[0]
        elif not named and _OWNED.search(s.text) and _MEDIATOR_WORD.search(s.text):
            # "The mediator's proposal": the party the text names as mediating, else the first
            # organisation the section names
            body_parties = [m for j in range(i, end) for m in by.get(j, [])]
            s.voice = mediator or next(
                (m.code for m in body_parties if kinds.get(m.code, "state") == "organisation"),
                None,
            )
        elif (
            not named
            # "The government's answer", "What the rebels want"
            and (_OWNED.search(s.text) or lex.cue("speech").search(s.text))
            and (_GOVERNMENT_WORD.search(s.text) or _GROUP_WORD.search(s.text))
            and not _REACTIONS.search(s.text)
        ):
            want = "state" if _GOVERNMENT_WORD.search(s.text) else "group"
            body_parties = [m for j in range(i + 1, end) for m in by.get(j, [])]
            s.voice = next(
                (
                    m.code
                    for m in body_parties
                    if kinds.get(m.code, "state") == want and not troops_of(a.text, m)
                ),
                None,
            ) or _side_of_text(a, kinds, want)
    for i, s in enumerate(sents):
        lm = None if s.section or dateline(s.text) else _LABEL.match(s.text)
        if lm and (i == 0 or sents[i - 1].paragraph != s.paragraph):
            # "**Lebanon.** Caretaker Prime Minister ...", "- Russia: Moscow has said ...":
            # a label naming one party opens that party's paragraph
            g = next(n for n in ("label", "label2", "label3") if lm.group(n))
            lo, hi = s.start + lm.start(g), s.start + lm.end(g)
            codes = {m.code for m in by.get(i, []) if lo <= m.start and m.end <= hi}
            others = {m.code for m in by.get(i, []) if m.start >= hi} - codes
            if _TOPIC_LABEL.search(text_of(s, lo, hi)):
                pass  # "**Houthi talks:**", "- Border question:": a topic, not a voice
            elif i == 0 and others:
                pass  # a headline "Ethiopia: TPLF answers the AU plan": the country is a topic
            elif len(codes) == 1:
                s.voice = codes.pop()
            elif not codes and _GOVERNMENT_LABEL.fullmatch(text_of(s, lo, hi)):
                s.voice = GOVERNMENT  # "**Government:**": the state the text is about
            elif not codes and _GROUP_LABEL.fullmatch(text_of(s, lo, hi)):
                # "Rebels:", "**The armed groups.**": the group the text names most
                s.voice = _side_of_text(a, kinds, "group")
    for i, s in enumerate(sents):
        if _BACKDROP_LABEL.match(s.text) and (i == 0 or sents[i - 1].paragraph != s.paragraph):
            # "Background note. Aristide was removed ...", "Epilogue. The embargo was lifted":
            # a paragraph that opens on such a label tells history, not positions
            for b in sents[i:]:
                if b.paragraph != s.paragraph:
                    break
                b.backdrop = True
                b.background = b.background or "history"
    for s in sents:
        if _PAST_DEAL.match(s.text) and not s.item:
            # "A 1976 agreement signed in Tripoli promised autonomy ...": an earlier deal's
            # terms are history, not anyone's position now
            s.backdrop = True
            s.background = s.background or "history"
        if (
            _QUESTION.match(s.text)
            or (s.text.rstrip().endswith("?") and not s.item)
            or (s.item and _OPEN_QUESTION.match(s.text))  # "- Whether Israeli troops leave."
        ):
            s.question = True
    return a


@stages.register(
    "accord.find_sections.v1",
    requires=("sentences", "parties"),
    assigns=("sentences.section", "sentences.voice", "sentences.question"),
)
def make_find_sections(lexicon: Lexicon):
    """Find the document's sections and the voice of each."""

    def sections_stage(a: Analysis) -> Analysis:
        return find_sections(lexicon, a)

    return sections_stage
