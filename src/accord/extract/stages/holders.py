"""Stage ``accord.attribute_holders.v1``: who holds each position, whom it is about, and where.

Reads ``sentences``, ``parties``, ``places``, ``hits``, ``meta``, ``agreement``; writes
``speakers`` and, on every hit, ``holder``, ``subject`` and ``objects``.

A holder is named by a party followed by an attitude verb ("Moscow insists", "Kyiv also
advocates"), a party's document ("Russia's memorandum", "the Ukrainian side"), a document named
before ("the memorandum" after "Russia's memorandum"), an agent ("proposed by Qatar"), a
reporting clause (", Hamas said", "according to Kyiv"), an anaphor ("It also demands", "the
group said") or the signatories together ("the parties agree" → ``JOINT``). A party after
"that", "require", "urge" ... is a subject, not a holder ("Russia insists that Ukraine adopt
neutrality"). A sentence that names no holder keeps the current one: the document's author
(front matter), then whoever spoke last. The subject is the nearest other party in the clause;
the objects are the places of the clause, or of an earlier sentence that "these regions" points
back to.

This module carries the voice from sentence to sentence (:class:`_Voice`); the rest lives in
small modules: :mod:`accord.extract.speakers` finds the speakers of one sentence,
:mod:`accord.extract.subjects` the subject and objects of one hit,
:mod:`accord.extract.text_focus` the state the text is about, and
:mod:`accord.extract.holder_patterns` holds their regular expressions.

>>> import accord
>>> p = accord.extract("Russia insists that Ukraine adopt neutrality.").provisions[0]
>>> p.holder, p.subject
('RUS', 'UKR')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from accord.codebook import load_codebook
from accord.extract.analysis import Analysis, Hit, Mention, Sentence, Speaker
from accord.extract.holder_patterns import (
    AND_DEAL,
    ARMY_NAME,
    BRACKET,
    COMMIT_CUE,
    DEAL_ACRONYM,
    DEAL_SUBJECT,
    DONE_TOGETHER,
    ELECTED_BEFORE,
    GROUP_OPENS,
    INTERVIEW_INTRO,
    JOINT_VERB,
    LIVE_STAMP,
    NO_VOICE_HEADING,
    Q_LABEL,
    SEVERAL_ANSWERS,
    STATEMENT_HEADING,
    STATEMENTS_HEADING,
    TERMS_INTRO,
    TIMESTAMP,
    TITLED_OPEN,
    TOPIC_OPEN,
    UNDER_TERMS,
    VOICED_DOC_OF,
)
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages
from accord.extract.speakers import (
    HolderFinder,
    agreed_in_deal,
    first_person_speakers,
    side_commits,
)
from accord.extract.stages.mediators import MEDIATOR_SUBJECT, find_mediator
from accord.extract.stages.sections import GOVERNMENT
from accord.extract.subjects import subject_objects
from accord.extract.text_focus import regions_and_main_place, state_of_text
from accord.model import JOINT


def _reported_joint(sp: Speaker, text: str) -> bool:
    """Whether a JOINT speaker in an author's text reports what both sides agreed ("Under the
    Accord both sides have agreed"), not what a draft's "the parties" shall do."""
    if sp.rule == "agreement" and sp.cue.lower().startswith("under"):
        return True
    return sp.rule == "joint" and bool(
        re.search(r"\b(?:have|has|had) (?:\w+ )?agreed\b|\bsigned\b", text, re.I)
    )


def _topic(
    text: str, off: int, parties: list[Mention], speakers: list[Speaker], kinds
) -> str | None:
    """The party a sentence is about: its last speaker, else a party that opens it ("The LNA's
    reaction was cautious", "Mehmet Ali Talat, the Turkish Cypriot prime minister, ...")."""
    if speakers:
        return speakers[-1].code if speakers[-1].code != JOINT else ""
    for m in parties:
        if m.start - off > 60 or (kinds.get(m.code) == "organisation" and m.form != "person"):
            break  # a mediator named as a person ("Mediator X ... for SADC") is a topic
        if TOPIC_OPEN.fullmatch(text[: m.start - off]):
            return m.code
        if m.form == "person" and TITLED_OPEN.fullmatch(text[: m.start - off]):
            return m.code  # "13:00 - President Joseph Kabila closes the conference."
    for m in parties:
        if m.form == "person" and ELECTED_BEFORE.search(text, 0, m.start - off):
            return m.code  # "the assembly elected Abdi Hassan as president. In his speech he"
    return None


def _interviewee(a: Analysis) -> tuple[str | None, int]:
    """The party of the person an interview questions, and the index of its first question.

    An interview has two questions or more; its introduction says whom it questions ("We
    spoke to a member of the ORA delegation", "an interview with the group's leader").
    """
    questions = [i for i, s in enumerate(a.sentences) if s.question and not s.item]
    if len(questions) < 2 or (a.meta.author and a.meta.author != JOINT):
        return None, -1
    first = questions[0]
    by = a.by_sentence(a.parties)
    for i in range(first):
        m = INTERVIEW_INTRO.search(a.sentences[i].text)
        if not m:
            continue
        at = a.sentences[i].start + m.end()
        for p in by.get(i, []):
            if at <= p.start <= at + 100:
                return p.code, first
    return None, -1


@dataclass
class _Voice:
    """Who speaks, carried from sentence to sentence through the text."""

    current: str | None  # the holder of a sentence that names none
    voice: str | None  # JOINT inside an agreed text or after a reported signing, else None
    topic: str | None = None  # the party the sentence before was about ("It", "the group")
    list_voice: str | None = None  # the voice of the line that introduced a list
    list_intro: str = ""  # that line
    context_cue: str = ""  # where ``current`` came from: a section, a list, a label
    letter_voice: str | None = None  # the party whose letter or statement the text quotes
    deal_seen: bool = False  # a signing reported so far
    label_para: int = -1  # the paragraph a party's label opens ("**Lebanon.** ...")
    section_state: str | None = None  # "2. Ukraine's reply": "the government" there is Kyiv
    last_org: str | None = None  # the organisation named last ("the envoy" is its)
    last_person: str | None = None  # the side of the last one speaker ("she" is its)
    last_group: str | None = None  # the armed group named last ("the group")
    last_state: str | None = None  # the state named last
    last_places: list[str] = field(default_factory=list)  # "these regions" point back to them


def _enter_sentence(
    v: _Voice,
    a: Analysis,
    i: int,
    s: Sentence,
    kinds: Mapping[str, str],
    top_state: str | None,
    stamped: set[int],
) -> None:
    """Set the voice sentence ``i`` starts with from where it stands: a live blog's new entry, a
    section heading (with or without a side), a list item, a paragraph's label."""
    if TIMESTAMP.match(s.text) and not a.meta.author and not s.item:
        # a live blog's timestamped entry ("15:40 - Kulumbegov sounds less happy.") is a
        # new report: it keeps no voice from the entry before it
        v.current = v.topic = v.list_voice = None
        if not a.agreement:
            v.voice = None
        v.context_cue = ""
    if s.section:
        v.section_state = s.voice if kinds.get(s.voice or "") == "state" else None
    if s.voice and s.section:
        # a section heading says who speaks below it ("The government's answer")
        v.current = v.topic = top_state if s.voice == GOVERNMENT else s.voice
        v.context_cue = f"section: {s.text}"
        v.voice = JOINT if s.voice == JOINT or a.agreement else None
        v.list_voice = None
    if s.section and not s.voice and STATEMENTS_HEADING.search(s.text):
        # "Statements at the signing", "Reactions": after an agreed text, who speaks
        # below is named line by line, not the signatories together
        v.current = v.topic = None
        v.voice = None
        v.context_cue = ""
    if s.section:
        v.list_voice = None  # a new section ends the list before it
    if (
        s.heading
        and not s.voice
        and i > 0
        and a.meta.author not in (None, JOINT)
        and not s.item
    ):
        # a new heading of a party's own document ("Section II. Conditions for a
        # ceasefire"): the author speaks again, whoever was quoted before it
        v.current, v.context_cue = a.meta.author, ""
    if s.section and not s.voice and not a.meta.author and not a.agreement:
        # a report's new section ("Round two, 7 June", "Who stayed away") names no side:
        # whoever spoke last in the section before does not speak on in it
        v.current = JOINT if v.voice == JOINT else None
        v.topic, v.context_cue = None, ""
    if s.section and not s.voice and NO_VOICE_HEADING.match(s.text):
        # "IV. Outcome", "What happened next": a heading naming no side ends the voice of
        # the section before it; the document's own voice takes over again
        v.current = a.meta.author or (JOINT if a.agreement else None)
        v.topic, v.context_cue = None, ""
    if s.item and s.paragraph == v.label_para:
        pass  # the rest of a labelled paragraph ("**Kenya.** The president said ...")
    elif s.item and v.list_voice is not None:
        v.current = v.list_voice  # each item of a list speaks with its introduction's voice
        v.context_cue = f"list: {v.list_intro}"
    elif s.item and v.voice == JOINT and s.paragraph not in stamped:
        v.current = JOINT  # each item of an agreed text speaks for all signatories again
    elif not s.item and not s.heading:
        v.list_voice = None
    if s.voice and not s.section:
        # a paragraph's label: "**Lebanon.** Mikati said ...", "- **Government:** ..."
        v.current = v.topic = top_state if s.voice == GOVERNMENT else s.voice
        v.context_cue = f"label: {s.text}"
        v.label_para = s.paragraph


def _deal_voice(
    v: _Voice,
    a: Analysis,
    s: Sentence,
    speakers: list[Speaker],
    finder: HolderFinder,
    mediator: str | None,
    deal_acronyms: set[str],
) -> None:
    """Add to ``speakers`` (in place) the voice of a mediator's or a deal's text ("The panel
    proposes", "Under the GPA", "The accord provides"), and after a reported signing make a
    side's share of the deal the signatories' (``JOINT``)."""
    mm = MEDIATOR_SUBJECT.match(s.text) if mediator else None
    if mm and not any(sp.start < s.start + mm.end() for sp in speakers):
        # "The mediators' plan provides:", "The panel proposes that ..."
        verb = mm.group("verb") or mm.group("verb2")
        speakers.insert(0, Speaker(s.start, s.start + mm.end(), mediator, "mediator", verb))
        if mm.group("verb2") and v.voice != JOINT:
            # "Under the envoy's roadmap, the parties would:": the mediator's proposal
            for sp in speakers:
                if sp.code == JOINT and sp.rule == "joint":
                    sp.code, sp.rule = mediator, "joint+mediator"
    um = _under_named_deal(s.text, deal_acronyms)
    if um and not any(sp.start < s.start + um.end() for sp in speakers):
        # "Under the GPA Mugabe remains president ...": the terms of a deal the text
        # names by its acronym ("the Global Political Agreement (GPA)")
        speakers.insert(
            0, Speaker(s.start, s.start + um.end(), JOINT, "agreement", um.group().strip())
        )
    dm = DEAL_SUBJECT.match(s.text)
    if (
        dm
        and v.voice == JOINT
        and not any(sp.start < s.start + dm.end() for sp in speakers)
    ):
        # "The accord builds on ...", "The text also binds ..." after a reported signing
        speakers.insert(
            0, Speaker(s.start, s.start + dm.end(), JOINT, "agreement", dm.group().strip())
        )
    if v.voice == JOINT:
        # "The MNLF dropped its demand ..., and the agreement is to be implemented within
        # the Constitution": a clause whose subject is the deal speaks for its signatories
        for cm in AND_DEAL.finditer(s.text):
            at = cm.end() + 1
            rest = s.text[at:]
            dm = DEAL_SUBJECT.match(rest[:1].upper() + rest[1:])
            if dm:
                speakers.append(
                    Speaker(
                        s.start + at,
                        s.start + at + dm.end(),
                        JOINT,
                        "agreement",
                        dm.group().strip(),
                    )
                )
                speakers.sort(key=lambda sp: sp.start)
    if v.voice == JOINT and not a.agreement and not a.meta.author:
        # a report of a signed deal: "the government undertook to disarm the militias",
        # "Skopje agreed to amend its constitution" is one side's part of the joint text
        for sp in speakers:
            if sp.code != JOINT and agreed_in_deal(finder, s.text, s.start, sp):
                sp.code, sp.rule = JOINT, sp.rule + "+deal"
    if v.voice == JOINT and UNDER_TERMS.match(s.text):
        # "Under the Egyptian proposal, Israel will ..." after both sides accepted it:
        # the terms of the accepted text are the signatories' commitments
        for sp in speakers:
            if sp.rule == "document" and sp.start - s.start < 40:
                sp.code, sp.rule = JOINT, "document+accepted"


def _quoted_first_person(
    v: _Voice,
    a: Analysis,
    i: int,
    s: Sentence,
    speakers: list[Speaker],
    finder: HolderFinder,
    parties: list[Mention],
    interviewee: str | None,
    first_question: int,
) -> list[Speaker]:
    """``speakers`` with the "we" of a quoted letter or statement ("a letter from Abdullah
    Öcalan") and of an interview's answers given to their party."""
    for m in parties:
        if VOICED_DOC_OF.search(a.text, max(s.start, m.start - 60), m.start):
            v.letter_voice = m.code  # "a letter from Abdullah Öcalan"
    if not a.meta.author and v.letter_voice and v.letter_voice != JOINT:
        # the letter's own words: its "we" is the letter's party
        speakers = first_person_speakers(finder, s.text, s.start, v.letter_voice, speakers)
    if interviewee and i > first_question and not s.question:
        # an interview's answers: "we" is the party of the person interviewed
        speakers = first_person_speakers(finder, s.text, s.start, interviewee, speakers)
    return speakers


def _authors_draft(
    a: Analysis, s: Sentence, speakers: list[Speaker], finder: HolderFinder
) -> list[Speaker]:
    """``speakers`` in a text one party wrote (``author: RUS``): its "we" is the author, and what
    "the parties" shall do or another party commits to in it is what the author asks."""
    if a.meta.author and a.meta.author != JOINT:
        speakers = first_person_speakers(finder, s.text, s.start, a.meta.author, speakers)
        # the author's own draft: what "the parties" shall do, or what another party
        # commits to in it, is what the author asks
        for sp in speakers:
            if sp.code == JOINT and (
                _reported_joint(sp, s.text) or DONE_TOGETHER.match(a.text, sp.end)
            ):
                continue  # "Both sides have agreed/renounced ...": a deal, not a demand
            if sp.rule == "first-person-joint":
                continue
            if sp.code == JOINT or (sp.rule == "speech" and COMMIT_CUE.match(sp.cue)):
                sp.code, sp.rule = a.meta.author, sp.rule + "+author"
    return speakers


def _carry_voice(
    v: _Voice,
    s: Sentence,
    parties: list[Mention],
    places: list[Mention],
    speakers: list[Speaker],
    kinds: Mapping[str, str],
    finder: HolderFinder,
) -> None:
    """After a sentence: the parties and places it named last, its last speaker as the voice of
    the sentences that follow, a list it introduces, the party it is about, a signing it
    reports."""
    for m in parties:
        kind = kinds.get(m.code, "state")
        if kind == "organisation":
            v.last_org = m.code
        if kind == "group" and not m.text.lower().startswith("the "):
            # "the alliance", "the front" point back: they name no new group
            v.last_group = m.code
        elif kind == "state":
            v.last_state = m.code
    if speakers:
        # a reporting clause ("..., Qatar's prime minister announced") names who said it,
        # not whose position it is, when the sentence already names the holder
        leading = [sp for sp in speakers if not sp.post]
        last = (leading or speakers)[-1]
        # inside an agreement, one party's own undertaking ("The Government will ...")
        # does not take the voice away from the signatories for what follows
        if not (
            v.voice == JOINT
            and last.rule in ("undertaking", "speech")
            and COMMIT_CUE.match(last.cue)
        ) and not (v.voice == JOINT and last.rule == "undertaking") and not (
            v.voice == JOINT and side_commits(finder, s.text, s.start, last)
        ):
            v.current = last.code
            v.context_cue = ""
    if s.text.rstrip(" *_").endswith(":") and not s.item:
        v.list_voice = v.current  # "The parties agree as follows:", "Its main points:"
        v.list_intro = s.text
        if v.current is None and v.deal_seen and not parties and TERMS_INTRO.search(s.text):
            # "10:40 - The main commitments, from the copy we have seen:" after a
            # reported signing: the signed text's terms
            v.list_voice = JOINT
    if not s.heading:
        t = _topic(s.text, s.start, parties, speakers, kinds)
        if t is None and v.last_group and GROUP_OPENS.match(s.text):
            t = v.last_group  # "The group's position has not moved. It holds ..."
        if t is not None:  # a sentence about nobody in particular keeps the topic
            v.topic = t or None
    v.deal_seen = v.deal_seen or any(
        sp.code == JOINT and sp.rule.startswith("agreement") for sp in speakers
    )
    if any(sp.code == JOINT and sp.rule.startswith("agreement") for sp in speakers) or any(
        sp.code == JOINT and sp.rule == "joint" and JOINT_VERB.match(sp.cue)
        for sp in speakers
    ):
        v.voice = JOINT
    if places:
        v.last_places = list(dict.fromkeys(c for m in places for c in m.codes))


def _questions_and_headings(
    v: _Voice,
    s: Sentence,
    speakers: list[Speaker],
    parties: list[Mention],
    kinds: Mapping[str, str],
    interviewee: str | None,
) -> list[Speaker]:
    """``speakers`` of a question or a background line (none: they state nothing; an
    explainer's question hands the voice back to the document) or of a heading naming one
    party's statement ("Interview: Armenia's foreign minister on ...")."""
    if s.question or s.text.rstrip("\"”’' ").endswith("?") or s.backdrop:
        # a question, or a line of a background section, states no position
        speakers = []
        if (
            not interviewee
            and s.text.rstrip().endswith("?")
            and not s.item
            and not Q_LABEL.match(s.text)
        ):
            # an explainer's question ("What happens first?"): its answer starts from
            # the document's voice, not from whoever the last answer quoted
            v.current, v.topic, v.context_cue = v.voice, None, ""
    elif s.heading and not speakers:
        codes = {m.code for m in parties if kinds.get(m.code) != "organisation"}
        if (
            len(codes) == 1
            and STATEMENT_HEADING.search(s.text)
            and not SEVERAL_ANSWERS.search(s.text)
        ):
            # "Interview: Armenia's foreign minister on the peace agenda"
            speakers = [
                Speaker(parties[0].start, parties[0].end, codes.pop(), "heading", s.text)
            ]
    return speakers


def _drop_unvoiced(a: Analysis, s: Sentence, speakers: list[Speaker]) -> list[Speaker]:
    """``speakers`` without those that give no voice here: in an agreement, a party's "shall",
    "will", "must" (the signatories' text speaks); in a heading, a verb ("UN pushes for
    elections")."""
    if a.agreement:
        speakers = [
            sp
            for sp in speakers
            if sp.rule not in ("speech",)
            or not re.match(
                r"shall|will|must|guarantee|ensure|are to|is to",
                sp.cue,
                re.I,
            )
        ]
    if s.heading:
        # a title names a party's document ("Ukraine's answer"); a verb in a headline
        # ("UN pushes for elections") does not make the lines below the UN's
        speakers = [
            sp for sp in speakers if sp.rule not in ("speech", "anaphora", "reporting")
        ]
    return speakers


def _proposal_item(v: _Voice, s: Sentence, speakers: list[Speaker]) -> None:
    """In an item of one party's proposal list, what "the parties" shall do is that party's
    (``speakers`` changed in place)."""
    if s.item and v.list_voice not in (None, JOINT) and v.voice != JOINT:
        # an item of one party's proposal ("The mediators' plan provides: 1. The parties
        # shall ..."): what the parties shall do is what that party proposes
        for sp in speakers:
            if sp.code == JOINT:
                sp.code, sp.rule = v.list_voice, sp.rule + "+list"


@stages.register(
    "accord.attribute_holders.v1",
    requires=("sentences", "parties", "places", "hits", "meta", "agreement"),
    assigns=("speakers", "hits.holder", "hits.subject", "hits.objects"),
)
def make_attribute_holders(lexicon: Lexicon):
    """Attribute each hit to a holder; find its subject and objects."""
    finder = HolderFinder(lexicon)
    codebook = load_codebook()
    base_kinds = lexicon.party_kind

    def holders_stage(a: Analysis) -> Analysis:
        kinds = a.kinds(base_kinds)
        doc_map: dict[str, str] = {}
        top_state = state_of_text(a, kinds, finder)
        army = next((m.code for m in a.parties if ARMY_NAME.search(m.text)), None)
        mediator = find_mediator(a.text, a.parties, kinds)
        places_by = a.by_sentence(a.places)
        regions, main_place = regions_and_main_place(a.places)
        hits_by: dict[int, list[Hit]] = {}
        for h in a.hits:
            hits_by.setdefault(h.sentence, []).append(h)
        interviewee, first_question = _interviewee(a)
        deal_acronyms = set(DEAL_ACRONYM.findall(a.text))
        # a live blog's timestamped entries ("**19 May, 17:30** – ...") are news, not the items
        # of an agreed text, even after the sides agreed on something
        stamped = {s.paragraph for s in a.sentences if LIVE_STAMP.match(s.text)}
        v = _Voice(
            current=a.meta.author or (JOINT if a.agreement else None),
            voice=JOINT if a.agreement or a.meta.author == JOINT else None,
        )
        pi = 0
        for i, s in enumerate(a.sentences):
            while pi < len(a.parties) and a.parties[pi].start < s.start:
                pi += 1
            pj = pi
            while pj < len(a.parties) and a.parties[pj].end <= s.end:
                pj += 1
            parties = a.parties[pi:pj]
            places = places_by.get(i, [])
            _enter_sentence(v, a, i, s, kinds, top_state, stamped)
            finder.kinds = kinds
            finder.last_org = v.last_org
            finder.last_person = v.last_person
            # inside a paragraph labelled with a state, "the president", "the government" are
            # that state's ("Kenya: The president called for ...")
            in_label = s.paragraph == v.label_para and kinds.get(v.topic or "") == "state"
            speakers = finder.speakers(
                s.text,
                s.start,
                parties,
                doc_map,
                v.current,
                v.last_group,
                v.last_state,
                v.topic if in_label else (v.section_state or top_state),
                army,
                v.topic,
            )
            speakers = _questions_and_headings(v, s, speakers, parties, kinds, interviewee)
            _deal_voice(v, a, s, speakers, finder, mediator, deal_acronyms)
            speakers = _drop_unvoiced(a, s, speakers)
            speakers = _quoted_first_person(
                v, a, i, s, speakers, finder, parties, interviewee, first_question
            )
            speakers = _authors_draft(a, s, speakers, finder)
            _proposal_item(v, s, speakers)
            a.speakers[i] = speakers
            for sp in speakers:
                if sp.code and sp.code != JOINT:
                    v.last_person = sp.code
            for h in hits_by.get(i, []):
                _attribute(h, s.text, s.start, speakers, v.current, a.agreement, v.context_cue)
                if s.question:
                    h.holder, h.holder_rule = None, "question"
                elif s.backdrop:
                    h.holder, h.holder_rule = None, "background-section"
                subject_objects(
                    h,
                    s.text,
                    s.start,
                    parties,
                    places,
                    speakers,
                    v.last_places,
                    codebook,
                    kinds,
                    top_state,
                    regions,
                    main_place,
                )
            _carry_voice(v, s, parties, places, speakers, kinds, finder)
        _bracketed_voices(a)
        return a

    return holders_stage


def _bracketed_voices(a: Analysis) -> None:
    """A bracket that opens with one party's name and a colon holds that party's wording in a
    draft both sides edit ("[Ukraine: 250,000] [Russia: 85,000]"): positions inside it are that
    party's, whoever the text around it speaks for."""
    for m in BRACKET.finditer(a.text):
        codes = {p.code for p in a.parties if m.start("who") <= p.start and p.end <= m.end("who")}
        if len(codes) != 1:
            continue
        code = codes.pop()
        for h in a.hits:
            if m.end("who") < h.start and h.end <= m.end():
                h.holder, h.holder_rule, h.holder_cue = code, "bracket", m.group("who")


def _under_named_deal(text: str, acronyms: set[str]) -> re.Match[str] | None:
    """"Under the GPA, ...", "According to the CPA": the terms of a deal named by acronym."""
    if not acronyms:
        return None
    m = re.match(r"\s*(?:Under|According to|In line with) the ([A-Z][A-Za-z]{1,7})\b,?", text)
    return m if m and m.group(1) in acronyms else None


def _attribute(
    h: Hit,
    text: str,
    off: int,
    speakers: list[Speaker],
    current: str | None,
    agreement: bool,
    context_cue: str = "",
) -> None:
    """Set the hit's holder: the speaker before it in its sentence, else one reported after it,
    else the current holder (``context_cue`` says where that came from: a section heading, a
    list's introduction, a paragraph label)."""
    before = [sp for sp in speakers if sp.start <= h.start and not sp.post]
    after = [sp for sp in speakers if sp.start > h.start and sp.post]
    pre_post = [sp for sp in speakers if sp.start <= h.start and sp.post]
    if before:
        sp = before[-1]
    elif after:
        sp = after[0]
    elif pre_post:
        sp = pre_post[-1]
    else:
        sp = None
    if sp is not None:
        h.holder, h.holder_rule, h.holder_cue = sp.code, sp.rule, sp.cue
    else:
        h.holder, h.holder_rule, h.holder_cue = current, "context", context_cue[:80]
    if agreement and h.holder_rule == "context":
        h.holder_rule = "agreement-text"


