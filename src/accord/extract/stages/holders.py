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

>>> import accord
>>> p = accord.extract("Russia insists that Ukraine adopt neutrality.").provisions[0]
>>> p.holder, p.subject
('RUS', 'UKR')
"""

from __future__ import annotations

import re
from collections import ChainMap, Counter

import pycountry

from accord.codebook import load_codebook
from accord.extract.analysis import Analysis, Hit, Mention, Speaker
from accord.extract.clauses import clause_end, clause_start, is_action_verb
from accord.extract.datelines import dateline, dateline_end
from accord.extract.holder_patterns import (
    ACCEPT_DEAL,
    ACCORDING,
    AGENT,
    AGENT_GOVERNMENT,
    AGREED_WITH,
    AIDE,
    AND_DEAL,
    AND_JOINT,
    AND_SIDES,
    APPOSED,
    APPOSED_PERSON,
    ARMY,
    ARMY_NAME,
    ARMY_VOICE,
    AS_FOLLOWS,
    BARE_SUBJECT,
    BLOCK_BEFORE,
    BRACKET,
    BY_MEANS_OF,
    BYSTANDERS,
    CLAUSE_AND,
    CLAUSE_START,
    CLAUSE_VERB,
    COMMIT_CUE,
    CONDITION_IN,
    DEAL_ACRONYM,
    DEAL_FRAME,
    DEAL_SUBJECT,
    DOC_AFTER,
    DOC_OF,
    DOC_SELF,
    DONE_TOGETHER,
    EDITORS_NOTE,
    ELECTED_BEFORE,
    ENVOY,
    FACTION_NOUN,
    FILLER,
    FIRST_PERSON,
    FOR_ITS_PART,
    FOR_SIDE,
    FROM_CAPITAL,
    GOV_LABEL,
    GOV_SIDE,
    GOVERNMENT_AFTER,
    GOVERNMENT_NOUN,
    GOVERNMENT_OF,
    GOVERNMENTISH,
    GROUP_DOC,
    GROUP_OPENS,
    GROUP_TITLE,
    GROUPISH,
    HOSTED,
    IN_ASIDE,
    IN_CAPITAL,
    IN_PLACE,
    IN_RESOLUTION,
    INTERVIEW_INTRO,
    INTRO_PHRASE,
    ITS_BEFORE,
    ITS_MEMBERS,
    JOINT_SIGNED,
    JOINT_TEXT_OF,
    JOINT_VERB,
    LEADER,
    LIST_GAP,
    LIVE_STAMP,
    MODAL,
    NAME_AFTER,
    NAMED_DOC,
    NEW_CLAUSE,
    NO_VOICE_HEADING,
    OPENING_TITLE,
    OUR_AIM,
    OWED_BY,
    PARTS_OF,
    PASSIVE_BEFORE,
    PASSIVE_DEAL,
    PERSONAL,
    POSSESSIVE,
    PRONOUN,
    Q_LABEL,
    QUOTE_END,
    QUOTE_PERSON,
    REGION_ANAPHOR,
    REPORTED_DEAL,
    REPORTING,
    RESOLUTION_IN,
    SAID_BETWEEN,
    SAID_PERSON,
    SENTENCE_TAIL,
    SEVERAL_ANSWERS,
    SIDE_OPENS,
    SIDE_SAID,
    SIGNED_BY_SIDES,
    SPOKESPEOPLE_OF,
    STATEMENT_HEADING,
    STATEMENTS_HEADING,
    TERMS_INTRO,
    TERSE_DEAL,
    THAT_BEFORE,
    THE_TERRITORY,
    TIMESTAMP,
    TITLE_FOR,
    TITLED_OPEN,
    TO_BE,
    TOPIC_OPEN,
    UNDER_TERMS,
    UNNAMED,
    VENUE_BEFORE,
    VENUE_NAME,
    VIEW_IS,
    VOICED_DOC_OF,
    WE_NEGATED,
)
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages
from accord.extract.stages.mediators import MEDIATOR_SUBJECT, find_mediator
from accord.extract.stages.parties import names_a_country
from accord.extract.stages.sections import GOVERNMENT
from accord.model import JOINT


def _REPORTED_JOINT(sp: Speaker, text: str) -> bool:
    """Whether a JOINT speaker in an author's text reports what both sides agreed ("Under the
    Accord both sides have agreed"), not what a draft's "the parties" shall do."""
    if sp.rule == "agreement" and sp.cue.lower().startswith("under"):
        return True
    return sp.rule == "joint" and bool(
        re.search(r"\b(?:have|has|had) (?:\w+ )?agreed\b|\bsigned\b", text, re.I)
    )


def _is_venue(text: str, m: Mention) -> bool:
    """A city that names a round of talks ("Geneva II", "the Astana talks"): the venue, not a
    state's voice ("signed in Colombo" still counts for Sri Lanka)."""
    if m.form != "name" or names_a_country(re.sub(r"['’]s?$", "", m.text)):
        return False
    return bool(VENUE_NAME.match(text, m.end))


OBJECT_ISSUES_EXTRA = {"forces.withdrawal", "forces.demilitarized_zone"}


class HolderFinder:
    """Finds the speakers of sentences, tracking the current holder through the text."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.speech = lex.cue("speech")
        self.docs = lex.cue("document_nouns")
        self.joint = lex.cue("joint")
        self.anaphora = lex.cue("anaphora")
        self.kinds: dict[str, str] | ChainMap[str, str] = lex.party_kind
        self.last_org: str | None = None  # the organisation named last ("the envoy" is its)
        self.last_person: str | None = None  # the side of the last one speaker ("she" is its)

    def _side_of(
        self,
        m: re.Match[str],
        off: int,
        parties: list[Mention],
        last_group: str | None,
        top_state: str | None,
    ) -> str | None:
        """The side a person or unnamed speaker is tied to by the aside beside it ("the group's
        spokesman", "grouped in the Northern Front (NF)", "a spokesman for the government")."""
        if any(
            m.start("head") <= p.start - off < m.end("head")
            and not _city_modifier(m.string, p, off, self.kinds)
            for p in parties
        ):
            return None  # the head is a party itself: the other rules name it
        inside = [
            p
            for p in parties
            if m.start("aside") <= p.start - off < m.end("aside") and p.form != "adjective"
        ]
        own = [p for p in inside if self.kinds.get(p.code) != "organisation"]
        if own or inside:
            return (own or inside)[-1].code
        aside = m.group("aside")
        if GROUPISH.search(aside) or GROUP_TITLE.search(aside):
            return last_group
        if GOVERNMENTISH.search(aside):
            return top_state
        side = FOR_SIDE.search(m.group("head"))
        if side:
            # "A spokesman for the military government, Major General X, said"
            return top_state if GOVERNMENTISH.search(side.group()) else last_group
        return None

    def _defined_topic(self, topic: str | None) -> bool:
        """Whether ``topic`` is a non-state party this text defined ("the Union for Peace in
        Central Africa (UPC)"), which "the group" in the next sentence points back to."""
        own = self.kinds.maps[0] if isinstance(self.kinds, ChainMap) else {}
        return bool(topic) and topic != JOINT and own.get(topic) in ("group", "organisation")

    def speakers(
        self,
        text: str,
        off: int,
        parties: list[Mention],
        doc_map: dict[str, str],
        current: str | None,
        last_group: str | None,
        last_state: str | None,
        top_state: str | None = None,
        army: str | None = None,
        topic: str | None = None,
    ) -> list[Speaker]:
        """Speakers named in one sentence (``text`` at offset ``off``), in order."""
        out: list[Speaker] = []
        for m in self.joint.finditer(text):
            f = FILLER.match(text, m.end())
            pos = f.end() if f else m.end()
            sm = (
                MODAL.match(text, pos)
                or self.speech.match(text, pos)
                or JOINT_SIGNED.match(text, pos)
            )
            pre = text[max(0, m.start() - 30) : m.start()]
            if (
                sm
                and (
                    MODAL.match(text, pos)
                    or JOINT_VERB.match(sm.group())
                    or JOINT_SIGNED.match(sm.group())
                    or re.match(
                        r"said|say|state[sd]?\b|declare[sd]?\b|confirm|request|ask|call|invit|urg",
                        sm.group(),
                        re.I,
                    )
                )
                and (
                    not BLOCK_BEFORE.search(pre)
                    or (CLAUSE_AND.search(pre) and JOINT_VERB.match(sm.group()))
                    # "..., and the two sides will meet regularly": a clause of their own
                    or (CLAUSE_AND.search(pre) and re.match(r"(?:shall|will)\b", sm.group()))
                )
            ):
                out.append(Speaker(off + m.start(), off + m.end(), JOINT, "joint", m.group()))
        m = AS_FOLLOWS.match(text)
        if not m and text.rstrip(" *_").endswith(":") and AND_SIDES.search(text):
            # "The President of the Republic and the Commander-in-Chief agree as follows:"
            m = AS_FOLLOWS.search(text)
        if m:
            # "Have agreed as follows:" after a preamble: the signatories speak again
            out.append(Speaker(off + m.start(), off + m.end(), JOINT, "agreement", m.group()))
        for m in DEAL_FRAME.finditer(text):
            out.append(Speaker(off + m.start(), off + m.end(), JOINT, "agreement", m.group()))
        for m in REPORTED_DEAL.finditer(text):
            out.append(
                Speaker(off + m.start(), off + m.end(), JOINT, "agreement-reported", m.group())
            )
        for m in ACCEPT_DEAL.finditer(text):
            sides = {
                p.code
                for p in parties
                if p.end - off <= m.start() and self.kinds.get(p.code) != "organisation"
            }
            if len(sides) >= 2 and AND_SIDES.search(text, 0, m.start()):
                out.append(
                    Speaker(off + m.start(), off + m.end(), JOINT, "agreement-reported", m.group())
                )
        for m in JOINT_TEXT_OF.finditer(text):
            out.append(
                Speaker(off + m.start(), off + m.end(), JOINT, "agreement-reported", m.group())
            )
        for m in TERSE_DEAL.finditer(text):
            out.append(
                Speaker(off + m.start(), off + m.end(), JOINT, "agreement-reported", m.group())
            )
        for m in SIGNED_BY_SIDES.finditer(text):
            # 'The "act of engagement" is being signed by the government and 22 armed groups'
            out.append(
                Speaker(
                    off + m.start(),
                    off + m.end(),
                    JOINT,
                    "agreement-reported",
                    m.group(),
                    post=True,
                )
            )
        for m in PASSIVE_DEAL.finditer(text):
            if CONDITION_IN.search(m.group()):
                continue  # "a ceasefire only after reforms had been agreed": a condition, no deal
            # "A permanent ceasefire ... was signed today by the two delegations"
            out.append(
                Speaker(
                    off + m.start(),
                    off + m.end(),
                    JOINT,
                    "agreement-reported",
                    m.group(),
                    post=True,
                )
            )
        for k, p in enumerate(parties):
            rs, re_ = p.start - off, p.end - off
            before = text[max(0, rs - 60) : rs]
            after_start = re_
            if _city_modifier(text, p, off, self.kinds):
                continue  # "Several Mogadishu faction leaders": where they are, not who
            if (
                p.form == "group"
                and QUOTE_END.search(before)
                and REPORTING.match(text[after_start:])
            ):
                out.append(
                    Speaker(
                        p.start,
                        p.end,
                        p.code,
                        "reporting",
                        text[after_start:].split()[0],
                        post=True,
                    )
                )
                continue
            if p.form == "adjective":
                # "the Russian demands", "Ukrainian Counterproposal"
                dm = re.match(DOC_AFTER + self.docs.pattern, text[after_start:], re.I)
                if dm and (not BLOCK_BEFORE.search(before) or PARTS_OF.search(before)):
                    noun = dm.group().strip(" “\"'‘”’").split()[-1].lower()
                    doc_map[noun] = p.code
                    out.append(
                        Speaker(
                            p.start,
                            off + after_start + dm.end(),
                            p.code,
                            "document",
                            dm.group().strip(),
                        )
                    )
                continue
            if AGENT.search(before) and not (current == JOINT and TO_BE.search(before)):
                out.append(Speaker(p.start, p.end, p.code, "agent", before.strip(), post=True))
                continue
            vm = VIEW_IS.match(text, p.end - off)
            if vm and (p.text.endswith(("'s", "’s")) or vm.group(1)):
                # "Baku's view is that ...", "Kosovo's position remains that ...": its stance
                out.append(Speaker(p.start, off + vm.end(), p.code, "speech", vm.group().strip()))
                continue
            rm = RESOLUTION_IN.search(before)
            post = bool(IN_RESOLUTION.match(text, re_))
            if self.kinds.get(p.code) == "organisation" and (
                (rm and not BY_MEANS_OF.search(before, 0, rm.start())) or post
            ):
                out.append(
                    Speaker(p.start, p.end, p.code, "document", before.strip(), post=post)
                )
                continue
            if JOINT_TEXT_OF.search(before + p.text + " and "):
                continue  # "a joint statement of X and Y": the JOINT speaker holds it
            dm_of = DOC_OF.search(before)
            if dm_of and not BY_MEANS_OF.search(before, 0, dm_of.start()):
                # "Memorandum of the Government of Azerbaijan on ...", "a proposal by Qatar"
                out.append(Speaker(p.start, p.end, p.code, "document", before.strip()))
                continue
            if k == 0 and BARE_SUBJECT.fullmatch(text[:rs] + "#" + text[re_:]):
                # a resolution's preamble: "The Security Council," on its own line
                out.append(Speaker(p.start, p.end, p.code, "document", p.text))
                continue
            if ACCORDING.search(before):
                out.append(Speaker(p.start, p.end, p.code, "according", "according to", post=True))
                continue
            if QUOTE_END.search(before) and REPORTING.match(text[after_start:]):
                out.append(
                    Speaker(
                        p.start,
                        p.end,
                        p.code,
                        "reporting",
                        text[after_start:].split()[0],
                        post=True,
                    )
                )
                continue
            if (
                re.search(
                    r"\b(?:said|says|added|told|insisted|stated|argued|warned)\s*$", before, re.I
                )
                and not POSSESSIVE.search(p.text)
                and not (
                    CLAUSE_VERB.match(text, re_)
                    and k > 0
                    and SAID_BETWEEN.fullmatch(text[parties[k - 1].end - off : rs])
                )
                and not OWED_BY.match(text, re_)
            ):
                # "..., said Qatar." names who spoke; "the BRN said Malaysia must act as a
                # mediator" makes Malaysia the subject of what the BRN said, not a speaker
                # (but "Qassem said Hezbollah would ..." still gives Hezbollah's voice)
                out.append(
                    Speaker(p.start, p.end, p.code, "reporting", before.split()[-1], post=True)
                )
                continue
            # "X and Y agreed" → JOINT
            if k + 1 < len(parties):
                nxt = parties[k + 1]
                gap = text[re_ : nxt.start - off]
                if AND_JOINT.match(gap) and nxt.code != p.code:
                    f = FILLER.match(text, nxt.end - off)
                    pos2 = f.end() if f else nxt.end - off
                    sm = self.speech.match(text, pos2) or MODAL.match(text, pos2)
                    joint_verb = bool(sm) and bool(
                        re.match(r"agree|commit|sign|pledg|undert|reach", sm.group(), re.I)
                    )
                    if (
                        sm
                        and re.match(
                            r"agree|commit|sign|pledg|undert|will|shall|decid|accept|reach|recogni|"
                            r"reaffirm|confirm|must|are to|resolv|affirm|welcom|announc|said|say",
                            sm.group(),
                            re.I,
                        )
                        and (joint_verb or not BLOCK_BEFORE.search(before))
                    ):
                        # "announced that Israel and Iran had agreed to": a reported joint act
                        out.append(
                            Speaker(p.start, nxt.end, JOINT, "joint", f"{p.text} and {nxt.text}")
                        )
                        continue
            gov_of = GOVERNMENT_OF.search(before) or SPOKESPEOPLE_OF.search(before)
            first = k  # the first party of a list "X, Y and Z" decides whether the list is blocked
            # ("In Pristina, Thaci said": one party named twice is an apposition, not a list)
            while (
                first > 0
                and LIST_GAP.fullmatch(
                    text[parties[first - 1].end - off : parties[first].start - off]
                )
                and parties[first - 1].code != parties[first].code
            ):
                first -= 1
            if first != k:
                before = text[max(0, parties[first].start - off - 60) : parties[first].start - off]
                gov_of = GOVERNMENT_OF.search(before) or SPOKESPEOPLE_OF.search(before)
            if (
                k > 0
                and self.kinds.get(parties[k - 1].code) == "organisation"
                and TITLE_FOR.fullmatch(text, parties[k - 1].end - off, rs)
            ):
                continue  # "the UN special envoy for Yemen": the UN's envoy, Yemen his brief
            if gov_of and BLOCK_BEFORE.search(before, 0, gov_of.start()):
                gov_of = None  # "talks between the government of the DRC and the M23 resumed"
            if BLOCK_BEFORE.search(before) and not gov_of:
                # "... is that the FARC now commits to ...": after "that", a party with its own
                # finite speech verb still speaks; "insists that Ukraine adopt" does not
                f = FILLER.match(text, re_)
                sm = self.speech.match(text, f.end() if f else re_)
                finite = sm and re.fullmatch(
                    r"\w+(?:s|ed)|said|told|wrote|sought|undertook|put forward", sm.group()
                )
                if not ((THAT_BEFORE.search(before) or NEW_CLAUSE.search(before)) and finite):
                    continue
            if IN_ASIDE.search(text, max(0, rs - 120), rs):
                # "Russia, acting as guarantor of the truce in Syria, signed": Syria is inside
                # an aside about the speaker, not the speaker
                continue
            if POSSESSIVE.search(p.text) or text[re_ : re_ + 1] in "'’":
                last = re.search(r"([\w-]+)\s*$", before)
                if last and (is_action_verb(last.group(1)) or self.speech.fullmatch(last.group(1))):
                    continue  # "which endorses Morocco's autonomy plan": an object, not a speaker
                dm = re.match(DOC_AFTER + self.docs.pattern + r"\b", text[after_start:], re.I)
                g = None if dm else self.lex.group_re.match(text, after_start)
                if g:
                    # "Lebanon's caretaker prime minister, Najib Mikati, called on ..."
                    ge = NAME_AFTER.match(text, g.end())
                    gend = ge.end() if ge else g.end()
                    f = FILLER.match(text, gend)
                    sm = self.speech.match(text, f.end() if f else gend)
                    if sm:
                        tail = bool(
                            REPORTING.match(text, sm.start())
                            and SENTENCE_TAIL.fullmatch(text, sm.end())
                        )
                        rule = "reporting" if tail else "speech"
                        out.append(
                            Speaker(p.start, off + g.end(), p.code, rule, sm.group(), post=tail)
                        )
                    continue
                if dm:
                    noun = dm.group().strip(" “\"'‘”’").split()[-1].lower()
                    doc_map[noun] = p.code
                    out.append(
                        Speaker(
                            p.start,
                            off + after_start + dm.end(),
                            p.code,
                            "document",
                            dm.group().strip(),
                        )
                    )
                continue
            if p.form == "name" and re.search(r"(?:^|\b[Tt]he\s+)$", before):
                nd = NAMED_DOC.match(text, after_start)
                if nd:
                    # "The CG text, described as an interim agreement, proposed:", "The OAU
                    # plan calls for": a party's document named by its acronym
                    doc_map[nd.group(1).lower()] = p.code
                    out.append(Speaker(p.start, off + nd.end(), p.code, "document", nd.group()))
                    continue
            if p.form in ("name", "person"):
                # "M23 leaders answer", "Hamas officials said"
                g = self.lex.group_re.match(text, after_start)
                skipped = text[after_start : g.start() + len(g.group()) - 1] if g else ""
                if (
                    g
                    and not re.search(r"\b(?:the|a|an|that|this|its|their)\b", skipped, re.I)
                    and not (self.speech.search(skipped))
                ):
                    after_start = g.end()
            if (p.form in ("name", "person", "group") and after_start > re_) or p.form == "group":
                # "KNU chairman Saw Mutu Say Poe said": the person's name after the title
                nm = NAME_AFTER.match(text, after_start)
                if nm:
                    after_start = nm.end()
            ap = APPOSED_PERSON.match(text, after_start) if p.form == "person" else None
            if ap and OPENING_TITLE.fullmatch(text[:rs]):
                # "The Houthi spokesman and delegation head, Mohammed Abdulsalam, says": the person
                # in the apposition speaks for the side the text tied them to
                sm = self.speech.match(text, ap.end())
                if sm and not sm.group()[0].isupper():
                    out.append(Speaker(p.start, p.end, p.code, "speech", sm.group()))
                    continue
            f = FILLER.match(text, after_start)
            pos = f.end() if f else after_start
            sm = self.speech.match(text, pos)
            if sm and sm.group()[0].isupper():
                sm = None  # "the United Nations Support Mission": a name goes on, no verb
            elif (
                sm
                and PASSIVE_BEFORE.search(text, after_start, pos)
                and sm.group().split()[0].endswith("ed")
            ):
                # "The United Nations is asked to monitor", "Israel is called upon to withdraw":
                # asked, not asking
                sm = None
            if (
                not sm
                and current == JOINT
                and (
                    (
                        (gov_of or GOVERNMENT_NOUN.search(p.text))
                        and re.match(r"will\b", text[pos:])
                    )
                    or (
                        (GOVERNMENT_OF.search(before) or GOVERNMENT_NOUN.search(p.text))
                        and re.match(r"shall\b", text[pos:])
                    )
                )
            ):
                # a government's own undertaking inside an agreement: "The British government will"
                out.append(Speaker(p.start, p.end, p.code, "undertaking", "will"))
                continue
            if sm and REPORTING.match(text, pos) and SENTENCE_TAIL.fullmatch(text, sm.end()):
                # "..., Hamas said." at the end of the sentence: a reporting clause
                out.append(Speaker(p.start, p.end, p.code, "reporting", sm.group(), post=True))
                continue
            if sm:
                # "The United States, Saudi Arabia, Egypt and the UAE published ...": the first;
                # "Serbia and Kosovo agreed": all of them together
                code, rule = parties[first].code, "speech"
                if first != k and JOINT_VERB.match(sm.group()):
                    code, rule = JOINT, "joint"
                out.append(Speaker(parties[first].start, p.end, code, rule, sm.group()))
        # "The Contra leadership, grouped in the Nicaraguan Resistance (RN), said": an unnamed
        # subject whose aside names its party; "A spokesman, speaking for the group, said"
        am = APPOSED.match(text)
        if am and not any(sp.start < off + am.end() for sp in out):
            verb = self.speech.match(text, am.end())
            code = self._side_of(am, off, parties, last_group, top_state)
            if verb and code and not BLOCK_BEFORE.search(am.group("head")):
                out.append(Speaker(off, off + am.end(), code, "apposition", verb.group()))
        sm_ = SAID_PERSON.search(text) or QUOTE_PERSON.search(text)
        if sm_ and not any(sp.start >= off + sm_.start() for sp in out):
            code = self._side_of(sm_, off, parties, last_group, top_state)
            if code:
                out.append(
                    Speaker(
                        off + sm_.start(), off + sm_.end(), code, "reporting", "said", post=True
                    )
                )
        for m in AGENT_GOVERNMENT.finditer(text):
            code = top_state
            if army and self.kinds.get(army) == "state" and re.search(r"military|army", m.group()):
                code = army  # "the army" of a text that names a state's army; not a rebel army
            if code and not any(sp.start <= off + m.start("who") < sp.end for sp in out):
                out.append(
                    Speaker(
                        off + m.start("who"),
                        off + m.end("who"),
                        code,
                        "agent",
                        m.group(),
                        post=True,
                    )
                )
        m = SIDE_OPENS.match(text)
        side = (top_state if GOVERNMENTISH.search(m.group("side")) else last_group) if m else None
        if m and side and not any(sp.start < off + m.end() for sp in out):
            # "A spokesman for the Tigrayan group said ...": the armed group named before; "A
            # spokesman for the military government, Major General X, confirmed": the state
            out.append(Speaker(off + m.start(), off + m.end(), side, "unnamed", m.group()))
        m = ENVOY.match(text)
        if m and self.last_org and not any(sp.start < off + m.end() for sp in out):
            f = FILLER.match(text, m.end())
            if self.speech.match(text, f.end() if f else m.end()):
                # "The envoy presents a written proposal": the mediator of the body named last
                out.append(
                    Speaker(off + m.start(), off + m.end(), self.last_org, "anaphora", m.group())
                )
        for m in SIDE_SAID.finditer(text):
            # "..., negotiators for the movement said": the group or government named before
            code = top_state if GOVERNMENTISH.search(m.group("side")) else last_group
            if code and not any(sp.start <= off + m.start() < sp.end for sp in out):
                out.append(
                    Speaker(off + m.start(), off + m.end(), code, "reporting", m.group(), post=True)
                )
        m = GOV_LABEL.match(text)
        if m and top_state and not any(sp.start < off + m.end() for sp in out):
            # "Government delegation head and foreign minister X: everything must follow ..."
            out.append(Speaker(off + m.start(), off + m.end(), top_state, "label", m.group()))
        nm = EDITORS_NOTE.match(text)
        if nm:
            # "Analyst's note: Egypt insists that ...": the writer's comment, no party's position
            return [Speaker(off, off + nm.end(), "", "bystander", nm.group())]
        # critics, analysts, observers ... speak for no party: what they say holds nothing
        for m in BYSTANDERS.finditer(text):
            f = IN_PLACE.match(text, m.end()) or FILLER.match(text, m.end())
            if self.speech.match(text, f.end() if f else m.end()):
                out.append(Speaker(off + m.start(), off + m.end(), "", "bystander", m.group()))
        # "the memorandum" pointing back to its party
        for m in DOC_SELF.finditer(text):
            noun = m.group().split()[-1].lower()
            code = doc_map.get(noun)
            if code and not any(s.start <= off + m.start() < s.end for s in out):
                before = text[max(0, m.start() - 30) : m.start()]
                # only a document that is the subject of its clause speaks ("The memorandum
                # also prohibits"), not one that is an object ("he backed the plan")
                if CLAUSE_START.search(text[: m.start()]) and not BLOCK_BEFORE.search(before):
                    out.append(
                        Speaker(
                            off + m.start(), off + m.end(), code, "document-reference", m.group()
                        )
                    )
        # unnamed members of a side: "one commander said", "Rebel field commanders said" (the
        # armed group named last), "a government minister said", "Ministers ruled out" (the state)
        for m in UNNAMED.finditer(text):
            # the side that is speaking, if it is of the right kind, else the one named last
            want = "group" if m.group("group") else "state"
            # "Hezbollah's ministers said": the side that owns them, whatever its kind
            owner = next(
                (
                    p.code
                    for p in parties
                    if (
                        p.text.endswith(("'s", "’s"))
                        and re.fullmatch(r"\s+", text[p.end - off : m.start("who")])
                    )
                    or re.fullmatch(r"['’]s\s+", text[p.end - off : m.start("who")])
                    # "Hamas officials also said": the party named right before them
                    or (
                        p.form == "name"
                        and m.group("who")[:1].islower()
                        and re.fullmatch(r"\s+", text[p.end - off : m.start("who")])
                    )
                    # "A Wa official said": the side its adjective names
                    or (
                        p.form == "adjective"
                        and re.fullmatch(r"\s+", text[p.end - off : m.start("who")])
                    )
                ),
                None,
            )
            place = IN_CAPITAL.fullmatch(text[: m.start("who")])
            at = next((p.code for p in parties if place and p.start - off == place.start(1)), None)
            ref = topic or current
            if owner:
                code = owner
            elif (
                current
                and current != JOINT
                and ITS_MEMBERS.search(text, 0, m.start("who"))
                and not any(p.end - off <= m.start("who") for p in parties)
            ):
                code = current  # "One of its officials said": the side that spoke last
            elif ref and ref != JOINT and ITS_BEFORE.search(text[: m.start("who")]):
                code = ref  # "Its officials have said": the side the sentence before was about
            elif at and self.kinds.get(at) == "state":
                code = at  # "In Washington, a senior administration official said"
            elif current and current != JOINT and self.kinds.get(current) == want:
                code = current
            else:
                code = last_group if want == "group" else top_state
            if not code or any(sp.start <= off + m.start("who") < sp.end for sp in out):
                continue
            post = bool(
                QUOTE_END.search(text[: m.start("who")])
                or (
                    m.start("who") > 0 and text[: m.start("who")].rstrip().endswith((",", '"', "”"))
                )
            )
            out.append(
                Speaker(
                    off + m.start("who"),
                    off + m.end("who"),
                    code,
                    "unnamed",
                    m.group("who"),
                    post=post,
                )
            )
        # "One of his colleagues reminded journalists", "An aide told reporters": someone close
        # to the person the previous sentence was about speaks for that person's side
        for m in AIDE.finditer(text):
            code = topic or current
            if (
                code
                and code != JOINT
                and not any(sp.start <= off + m.start("who") < sp.end for sp in out)
            ):
                out.append(
                    Speaker(
                        off + m.start("who"), off + m.end("who"), code, "unnamed", m.group("who")
                    )
                )
        # "16:10 - From Tbilisi, Defence Minister Tengiz Kitovani says ...": a named official
        # speaking from a capital speaks for its state
        fm = FROM_CAPITAL.match(text)
        if fm:
            at = next((p for p in parties if p.start - off == fm.start("place")), None)
            if (
                at
                and self.kinds.get(at.code) == "state"
                and not any(sp.start <= off + fm.start("who") < sp.end for sp in out)
            ):
                out.append(
                    Speaker(
                        off + fm.start("who"),
                        off + fm.end("who"),
                        at.code,
                        "speech",
                        fm.group("verb"),
                    )
                )
        # "An army spokesman in Port-au-Prince described ...": the army the text names
        for m in ARMY_VOICE.finditer(text):
            code = army or top_state
            if code and not any(sp.start <= off + m.start("who") < sp.end for sp in out):
                out.append(
                    Speaker(
                        off + m.start("who"), off + m.end("who"), code, "unnamed", m.group("who")
                    )
                )
        # anaphora: "It also demands", "The group said"
        for m in self.anaphora.finditer(text):
            if (
                m.start() > 0
                and not re.search(
                    r"(?:^|[,;:][\"”’']?|\band|\bwhile|\bbut|\bwhereas)\s*"
                    # "negotiators for the government refused": the side its envoys speak for
                    r"(?:(?:the\s+)?(?:negotiators|delegates|officials|representatives|envoys|"
                    r"spokesm[ae]n)\s+(?:for|of|from)\s+)?$",
                    text[: m.start()],
                    re.I,
                )
                and not INTRO_PHRASE.fullmatch(text[: m.start()])
                # "Sogavare said his government welcomed the deal"
                and not (
                    re.fullmatch(r"(?:his|her|their) government", m.group(), re.I)
                    and re.search(r"\b(?:said|says|added)(?: that)?\s+$", text[: m.start()])
                )
            ):
                continue
            f = FILLER.match(text, m.end())
            sm = self.speech.match(text, f.end() if f else m.end())
            word = m.group()
            gov = top_state or last_state
            if (
                not sm
                and gov
                and current not in (None, JOINT, gov)
                and GOVERNMENTISH.fullmatch(word)
                and re.match(r"will\b", text[f.end() if f else m.end() :])
                and not any(abs(sp.start - (off + m.start())) < 3 for sp in out)
            ):
                # "The rebels will disarm. In return, the government will grant an amnesty":
                # the government's own undertaking, not the side that spoke before
                out.append(Speaker(off + m.start(), off + m.end(), gov, "undertaking", "will"))
                continue
            if (
                not sm
                and gov
                and m.start() == 0
                and current != gov
                and GOV_SIDE.fullmatch(word)
                and not any(abs(sp.start - (off + m.start())) < 3 for sp in out)
            ):
                # "The government's side is clear about what it offers.": the government opens a
                # passage about its own position, whatever verb follows
                out.append(Speaker(off + m.start(), off + m.end(), gov, "anaphora", word))
                continue
            if not sm and GROUPISH.fullmatch(word) and (self._defined_topic(topic) or last_group):
                dm = GROUP_DOC.match(text, m.end())
                if dm and not any(abs(sp.start - (off + m.start())) < 3 for sp in out):
                    # "Among the rebels' demands:": the document of the group named last
                    code = topic if self._defined_topic(topic) else last_group
                    out.append(
                        Speaker(off + m.start(), off + dm.end(), code, "document", dm.group())
                    )
                continue
            if (
                not sm
                and m.start() == 0
                and topic
                and topic != JOINT
                and current == JOINT
                and PRONOUN.fullmatch(word)
                and re.match(r"(?:will|undertakes|commits|pledges)\b", text[pos_after(f, m) :])
            ):
                # "The United States expects ... It will contribute to reconstruction.": inside
                # an agreement, the party the previous sentence was about undertakes it itself
                out.append(Speaker(off + m.start(), off + m.end(), topic, "undertaking", word))
                continue
            if not sm:
                continue
            if any(p.start - off == m.end() + len(" of ") for p in parties) and re.match(
                r"\s+of\s+", text[m.end() :]
            ):
                continue  # "The government of Turkey ... said": Turkey speaks, named after "of"
            if ARMY.fullmatch(word) and (army or top_state):
                code = army or top_state
            elif GROUPISH.fullmatch(word) and self._defined_topic(topic):
                code = topic  # "The UPC accepts the ceasefire. The group demands seats ..."
            elif GROUPISH.fullmatch(word) and last_group:
                code = last_group
            elif LEADER.fullmatch(word) and any(
                c and c != JOINT and self.kinds.get(c) == "state" for c in (topic, current)
            ):
                # "**Kenya.** The president said ...": the leader of the state being discussed
                code = next(
                    c for c in (topic, current) if c and c != JOINT and self.kinds.get(c) == "state"
                )
            elif GOVERNMENTISH.match(word) and (top_state or last_state):
                code = top_state or last_state
            else:
                # "The LNA's reaction was cautious. It insists ...": a pronoun points to the
                # party the previous sentence was about, else to whoever spoke last
                code = topic if topic and PRONOUN.fullmatch(word) else current
                if code == JOINT and PERSONAL.fullmatch(word):
                    if self.last_person:
                        # "She said China would help": a person, not the sides whose deal
                        # she reported
                        code = self.last_person
                    else:
                        # "he" is one person, never all the signatories together: a speaker
                        # the text does not tie to any side
                        at = off + m.start()
                        if not any(abs(sp.start - at) < 3 for sp in out):
                            out.append(Speaker(at, off + m.end(), "", "anaphora", word))
                        continue
                if (
                    re.search(r"(?:government|administration)$", word, re.I)
                    and code
                    and self.kinds.get(code) != "state"
                    and (top_state or last_state)
                ):
                    # "Sogavare said his government ...": a government is a state's, not the
                    # militia that spoke last
                    code = top_state or last_state
            if code and not any(abs(s.start - (off + m.start())) < 3 for s in out):
                # '"...," he says': a reporting clause after the quotation it holds
                quoted = bool(re.search(r"[,;:]?[\"”’]\s*$", text[: m.start()]))
                out.append(
                    Speaker(off + m.start(), off + m.end(), code, "anaphora", word, post=quoted)
                )
        out.sort(key=lambda s: s.start)
        # "The RSF said ..., but it refused ...": a pronoun points to the last holder named before
        # it in the same sentence
        for j in range(1, len(out)):
            if (
                out[j].rule == "anaphora"
                and not ARMY.fullmatch(out[j].cue)
                and not (GROUPISH.fullmatch(out[j].cue) or GOVERNMENTISH.fullmatch(out[j].cue))
            ):
                out[j].code = out[j - 1].code
        return out


def pos_after(f: re.Match[str] | None, m: re.Match[str]) -> int:
    """Where the verb after an anaphor starts: after its filler words, if any."""
    return f.end() if f else m.end()


def _hosts_only(text: str, parties: list[Mention]) -> set[str]:
    """States the text names only through the city that hosts the talks ("talks in Khartoum",
    never Sudan or Khartoum as a side): the venue, not the state the text is about.

    >>> t = "Talks in Khartoum on the Central African Republic."
    >>> sorted(_hosts_only(t, [Mention(9, 17, "Khartoum", "SDN", "name"),
    ...                         Mention(25, 49, "Central African Republic", "CAF", "name")]))
    ['SDN']
    """
    venue: set[str] = set()
    other: set[str] = set()
    for m in parties:
        if m.code in other:
            continue  # already named as a side
        before = text[max(0, m.start - 30) : m.start]
        at = VENUE_BEFORE.search(before) and not GOVERNMENT_OF.search(before)
        line = text.rfind("\n", 0, m.start) + 1
        dl = dateline(text[line : line + 80]) if m.start - line < 40 else None
        if (
            (dl is not None and m.end <= line + dl.end("place"))
            or HOSTED.match(text, m.end)  # "Oman hosted the consultations"
            or (
                at
                and m.form == "name"
                and not names_a_country(re.sub(r"['’]s?$", "", m.text))
            )
        ):
            venue.add(m.code)
        else:
            other.add(m.code)
    return venue - other


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


def _first_person(
    finder: HolderFinder, text: str, off: int, author: str, speakers: list[Speaker]
) -> list[Speaker]:
    """Add the author as the speaker of its own "we" ("We demand", "our government will")."""
    added = []
    for m in FIRST_PERSON.finditer(text):
        start = m.start("we")
        if text.count('"', 0, start) % 2 or text.count("“", 0, start) > text.count("”", 0, start):
            continue  # a quotation: someone else's "we"
        f = FILLER.match(text, m.end("we"))
        pos = f.end() if f else m.end("we")
        neg = WE_NEGATED.match(text, pos)
        if not (
            finder.speech.match(text, pos)
            or MODAL.match(text, pos)
            or (neg and finder.speech.match(text, neg.end()))  # "We do not accept"
            or OUR_AIM.fullmatch(m.group("we"))
        ):
            continue
        if any(sp.start <= off + start < sp.end for sp in speakers):
            continue
        if AGREED_WITH.match(text, pos):
            # "we have agreed with Azerbaijan to meet again": both sides' act, not ours alone
            added.append(Speaker(off + start, off + m.end("we"), JOINT, "first-person-joint", "we"))
            continue
        added.append(Speaker(off + start, off + m.end("we"), author, "first-person", m.group("we")))
    if not added:
        return speakers
    return sorted(speakers + added, key=lambda sp: sp.start)


def _city_modifier(text: str, p: Mention, off: int, kinds) -> bool:
    """Whether a city names where a faction is, not a side ("Mogadishu faction leaders")."""
    return (
        p.form == "name"
        and kinds.get(p.code) == "state"
        and not names_a_country(p.text)
        and FACTION_NOUN.match(text, p.end - off) is not None
    )


def _side_commits(finder: HolderFinder, text: str, off: int, sp: Speaker) -> bool:
    """Whether an anaphor names a side that commits itself ("The government undertook to ...",
    "the rebels also agreed that ..."): inside a reported deal, one side's part of it, which
    does not make that side the voice of the terms that follow."""
    if sp.rule != "anaphora":
        return False
    f = FILLER.match(text, sp.end - off)
    verb = finder.speech.match(text, f.end() if f else sp.end - off)
    return bool(verb and re.match(r"undertook|" + COMMIT_CUE.pattern, verb.group(), re.I))


def _agreed_in_deal(finder: HolderFinder, text: str, off: int, sp: Speaker) -> bool:
    """Whether a side's past "agreed"/"undertook" in a report of a signed deal states its share
    of the joint text ("In return, Skopje agreed to amend its constitution"), not its own
    offer ("The government, for its part, committed to ...")."""
    if FOR_ITS_PART.search(text):
        return False
    if sp.rule == "speech":
        return bool(re.fullmatch(r"agreed|undertook", sp.cue, re.I))
    if sp.rule != "anaphora":
        return False
    f = FILLER.match(text, sp.end - off)
    verb = finder.speech.match(text, f.end() if f else sp.end - off)
    return bool(verb and re.fullmatch(r"agreed|undertook", verb.group(), re.I))


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


def _counterpart(counts: Counter[str], holder: str | None) -> str | None:
    for code, _ in counts.most_common():
        if code != holder:
            return code
    return None


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
        current: str | None = a.meta.author or (JOINT if a.agreement else None)
        doc_map: dict[str, str] = {}
        last_group = last_state = None
        last_places: list[str] = []
        counts: Counter[str] = Counter(
            m.code for m in a.parties if kinds.get(m.code) != "organisation"
        )
        states = Counter(
            m.code for m in a.parties if kinds.get(m.code) == "state" and not _is_venue(a.text, m)
        )
        for code in _hosts_only(a.text, a.parties):
            del states[code]  # "talks in Khartoum" on CAR: the host is not the state of the text
        # "the government" is the state whose government the text names ("the Government of
        # El Salvador", "Kenya's government"), else the state it names most
        governed = Counter(
            m.code
            for m in a.parties
            if kinds.get(m.code) == "state"
            and (
                GOVERNMENT_OF.search(a.text, max(0, m.start - 20), m.start)
                or GOVERNMENT_AFTER.match(a.text, m.end)
            )
        )
        top_state = (governed or states).most_common(1)[0][0] if states else None
        # ... unless the title opens with a state: "South Sudan rivals sign power-sharing deal"
        # or names a country: "The Annan Plan for Cyprus" (not a city: "..., Mexico City")
        if a.sentences and a.sentences[0].heading:
            # a dateline opening the title ("Khartoum, January 2019: ...") names the venue
            title_from = a.sentences[0].start + (dateline_end(a.sentences[0].text) or 0)
            for m in a.parties:
                if m.end > a.sentences[0].end:
                    break
                if m.start < title_from or finder.docs.match(a.text, m.end + 1):
                    continue  # a dateline, or an author: "The Norwegian proposal for Sri Lanka"
                if _is_venue(a.text, m):
                    continue  # "Geneva II", "Doha Agreement", "LUSAKA PROTOCOL": a venue, no state
                if kinds.get(m.code) == "state" and (
                    len(a.text[title_from : m.start].split()) <= 2
                    or names_a_country(re.sub(r"['’]s?$", "", m.text))
                ):
                    top_state = m.code
                    break
        army = next((m.code for m in a.parties if ARMY_NAME.search(m.text)), None)
        mediator = find_mediator(a.text, a.parties, kinds)
        voice = JOINT if a.agreement or a.meta.author == JOINT else None
        list_voice: str | None = None
        letter_voice: str | None = None
        list_intro = context_cue = ""
        deal_seen = False  # a signing reported so far
        topic: str | None = None
        label_para = -1
        places_by = a.by_sentence(a.places)
        regions: dict[str, list[str]] = {}  # state (alpha-2) → the parts of it the text names
        for m in a.places:
            for c in m.codes:
                if re.match(r"[A-Z]{2}-", c) and c not in regions.get(c[:2], []):
                    regions.setdefault(c[:2], []).append(c)
        # the place the text names most (at least three times): what "the territory" points to
        named = Counter(tuple(m.codes) for m in a.places)
        main_place = (
            list(named.most_common(1)[0][0]) if named and named.most_common(1)[0][1] >= 3 else None
        )
        hits_by: dict[int, list[Hit]] = {}
        for h in a.hits:
            hits_by.setdefault(h.sentence, []).append(h)
        interviewee, first_question = _interviewee(a)
        deal_acronyms = set(DEAL_ACRONYM.findall(a.text))
        # a live blog's timestamped entries ("**19 May, 17:30** – ...") are news, not the items
        # of an agreed text, even after the sides agreed on something
        stamped = {s.paragraph for s in a.sentences if LIVE_STAMP.match(s.text)}
        last_org: str | None = None
        last_person: str | None = None
        section_state: str | None = None  # "2. Ukraine's reply": "the government" there is Kyiv
        pi = 0
        for i, s in enumerate(a.sentences):
            while pi < len(a.parties) and a.parties[pi].start < s.start:
                pi += 1
            pj = pi
            while pj < len(a.parties) and a.parties[pj].end <= s.end:
                pj += 1
            parties = a.parties[pi:pj]
            places = places_by.get(i, [])
            if TIMESTAMP.match(s.text) and not a.meta.author and not s.item:
                # a live blog's timestamped entry ("15:40 - Kulumbegov sounds less happy.") is a
                # new report: it keeps no voice from the entry before it
                current = topic = list_voice = None
                if not a.agreement:
                    voice = None
                context_cue = ""
            if s.section:
                section_state = s.voice if kinds.get(s.voice or "") == "state" else None
            if s.voice and s.section:
                # a section heading says who speaks below it ("The government's answer")
                current = topic = top_state if s.voice == GOVERNMENT else s.voice
                context_cue = f"section: {s.text}"
                voice = JOINT if s.voice == JOINT or a.agreement else None
                list_voice = None
            if s.section and not s.voice and STATEMENTS_HEADING.search(s.text):
                # "Statements at the signing", "Reactions": after an agreed text, who speaks
                # below is named line by line, not the signatories together
                current = topic = None
                voice = None
                context_cue = ""
            if s.section:
                list_voice = None  # a new section ends the list before it
            if (
                s.heading
                and not s.voice
                and i > 0
                and a.meta.author not in (None, JOINT)
                and not s.item
            ):
                # a new heading of a party's own document ("Section II. Conditions for a
                # ceasefire"): the author speaks again, whoever was quoted before it
                current, context_cue = a.meta.author, ""
            if s.section and not s.voice and not a.meta.author and not a.agreement:
                # a report's new section ("Round two, 7 June", "Who stayed away") names no side:
                # whoever spoke last in the section before does not speak on in it
                current = JOINT if voice == JOINT else None
                topic, context_cue = None, ""
            if s.section and not s.voice and NO_VOICE_HEADING.match(s.text):
                # "IV. Outcome", "What happened next": a heading naming no side ends the voice of
                # the section before it; the document's own voice takes over again
                current = a.meta.author or (JOINT if a.agreement else None)
                topic, context_cue = None, ""
            if s.item and s.paragraph == label_para:
                pass  # the rest of a labelled paragraph ("**Kenya.** The president said ...")
            elif s.item and list_voice is not None:
                current = list_voice  # each item of a list speaks with its introduction's voice
                context_cue = f"list: {list_intro}"
            elif s.item and voice == JOINT and s.paragraph not in stamped:
                current = JOINT  # each item of an agreed text speaks for all signatories again
            elif not s.item and not s.heading:
                list_voice = None
            if s.voice and not s.section:
                # a paragraph's label: "**Lebanon.** Mikati said ...", "- **Government:** ..."
                current = topic = top_state if s.voice == GOVERNMENT else s.voice
                context_cue = f"label: {s.text}"
                label_para = s.paragraph
            finder.kinds = kinds
            finder.last_org = last_org
            finder.last_person = last_person
            # inside a paragraph labelled with a state, "the president", "the government" are
            # that state's ("Kenya: The president called for ...")
            in_label = s.paragraph == label_para and kinds.get(topic or "") == "state"
            speakers = finder.speakers(
                s.text,
                s.start,
                parties,
                doc_map,
                current,
                last_group,
                last_state,
                topic if in_label else (section_state or top_state),
                army,
                topic,
            )
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
                    current, topic, context_cue = voice, None, ""
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
            mm = MEDIATOR_SUBJECT.match(s.text) if mediator else None
            if mm and not any(sp.start < s.start + mm.end() for sp in speakers):
                # "The mediators' plan provides:", "The panel proposes that ..."
                verb = mm.group("verb") or mm.group("verb2")
                speakers.insert(0, Speaker(s.start, s.start + mm.end(), mediator, "mediator", verb))
                if mm.group("verb2") and voice != JOINT:
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
            if dm and voice == JOINT and not any(sp.start < s.start + dm.end() for sp in speakers):
                # "The accord builds on ...", "The text also binds ..." after a reported signing
                speakers.insert(
                    0, Speaker(s.start, s.start + dm.end(), JOINT, "agreement", dm.group().strip())
                )
            if voice == JOINT:
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
            if voice == JOINT and not a.agreement and not a.meta.author:
                # a report of a signed deal: "the government undertook to disarm the militias",
                # "Skopje agreed to amend its constitution" is one side's part of the joint text
                for sp in speakers:
                    if sp.code != JOINT and _agreed_in_deal(finder, s.text, s.start, sp):
                        sp.code, sp.rule = JOINT, sp.rule + "+deal"
            if voice == JOINT and UNDER_TERMS.match(s.text):
                # "Under the Egyptian proposal, Israel will ..." after both sides accepted it:
                # the terms of the accepted text are the signatories' commitments
                for sp in speakers:
                    if sp.rule == "document" and sp.start - s.start < 40:
                        sp.code, sp.rule = JOINT, "document+accepted"
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
            for m in parties:
                if VOICED_DOC_OF.search(a.text, max(s.start, m.start - 60), m.start):
                    letter_voice = m.code  # "a letter from Abdullah Öcalan"
            if not a.meta.author and letter_voice and letter_voice != JOINT:
                # the letter's own words: its "we" is the letter's party
                speakers = _first_person(finder, s.text, s.start, letter_voice, speakers)
            if interviewee and i > first_question and not s.question:
                # an interview's answers: "we" is the party of the person interviewed
                speakers = _first_person(finder, s.text, s.start, interviewee, speakers)
            if a.meta.author and a.meta.author != JOINT:
                speakers = _first_person(finder, s.text, s.start, a.meta.author, speakers)
                # the author's own draft: what "the parties" shall do, or what another party
                # commits to in it, is what the author asks
                for sp in speakers:
                    if sp.code == JOINT and (
                        _REPORTED_JOINT(sp, s.text) or DONE_TOGETHER.match(a.text, sp.end)
                    ):
                        continue  # "Both sides have agreed/renounced ...": a deal, not a demand
                    if sp.rule == "first-person-joint":
                        continue
                    if sp.code == JOINT or (sp.rule == "speech" and COMMIT_CUE.match(sp.cue)):
                        sp.code, sp.rule = a.meta.author, sp.rule + "+author"
            if s.item and list_voice not in (None, JOINT) and voice != JOINT:
                # an item of one party's proposal ("The mediators' plan provides: 1. The parties
                # shall ..."): what the parties shall do is what that party proposes
                for sp in speakers:
                    if sp.code == JOINT:
                        sp.code, sp.rule = list_voice, sp.rule + "+list"
            a.speakers[i] = speakers
            for sp in speakers:
                if sp.code and sp.code != JOINT:
                    last_person = sp.code
            for h in hits_by.get(i, []):
                _attribute(h, s.text, s.start, speakers, current, a.agreement, context_cue)
                if s.question:
                    h.holder, h.holder_rule = None, "question"
                elif s.backdrop:
                    h.holder, h.holder_rule = None, "background-section"
                _subject_objects(
                    h,
                    s.text,
                    s.start,
                    parties,
                    places,
                    speakers,
                    last_places,
                    codebook,
                    kinds,
                    counts,
                    top_state,
                    regions,
                    main_place,
                )
            for m in parties:
                kind = kinds.get(m.code, "state")
                if kind == "organisation":
                    last_org = m.code
                if kind == "group" and not m.text.lower().startswith("the "):
                    # "the alliance", "the front" point back: they name no new group
                    last_group = m.code
                elif kind == "state":
                    last_state = m.code
            if speakers:
                # a reporting clause ("..., Qatar's prime minister announced") names who said it,
                # not whose position it is, when the sentence already names the holder
                leading = [sp for sp in speakers if not sp.post]
                last = (leading or speakers)[-1]
                # inside an agreement, one party's own undertaking ("The Government will ...")
                # does not take the voice away from the signatories for what follows
                if not (
                    voice == JOINT
                    and last.rule in ("undertaking", "speech")
                    and COMMIT_CUE.match(last.cue)
                ) and not (voice == JOINT and last.rule == "undertaking") and not (
                    voice == JOINT and _side_commits(finder, s.text, s.start, last)
                ):
                    current = last.code
                    context_cue = ""
            if s.text.rstrip(" *_").endswith(":") and not s.item:
                list_voice = current  # "The parties agree as follows:", "Its main points:"
                list_intro = s.text
                if current is None and deal_seen and not parties and TERMS_INTRO.search(s.text):
                    # "10:40 - The main commitments, from the copy we have seen:" after a
                    # reported signing: the signed text's terms
                    list_voice = JOINT
            if not s.heading:
                t = _topic(s.text, s.start, parties, speakers, kinds)
                if t is None and last_group and GROUP_OPENS.match(s.text):
                    t = last_group  # "The group's position has not moved. It holds ..."
                if t is not None:  # a sentence about nobody in particular keeps the topic
                    topic = t or None
            deal_seen = deal_seen or any(
                sp.code == JOINT and sp.rule.startswith("agreement") for sp in speakers
            )
            if any(sp.code == JOINT and sp.rule.startswith("agreement") for sp in speakers) or any(
                sp.code == JOINT and sp.rule == "joint" and JOINT_VERB.match(sp.cue)
                for sp in speakers
            ):
                voice = JOINT
            if places:
                last_places = list(dict.fromkeys(c for m in places for c in m.codes))
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


def _subject_objects(
    h: Hit,
    text: str,
    off: int,
    parties: list[Mention],
    places: list[Mention],
    speakers: list[Speaker],
    last_places: list[str],
    codebook,
    kinds,
    counts,
    top_state: str | None = None,
    regions: dict[str, list[str]] | None = None,
    main_place: list[str] | None = None,
) -> None:
    issue = codebook.issue(h.issue)
    rel = h.start - off
    lo, hi = off + clause_start(text, rel), off + clause_end(text, h.end - off)
    speaker_spans = {(sp.start, sp.end) for sp in speakers}

    def usable(m: Mention) -> bool:
        if kinds.get(m.code) == "organisation":
            return False
        return not any(a <= m.start and m.end <= b for a, b in speaker_spans)

    if issue.has_subject:
        cands = [m for m in parties if lo <= m.start and m.end <= hi and usable(m)]
        if not cands:
            cands = [m for m in parties if usable(m) and m.code != h.holder]

        def dist(m: Mention) -> tuple[int, int]:
            if h.start <= m.start < h.end:
                return (0, 0)
            if m.end <= h.start:
                return (h.start - m.end, 0)
            return (m.start - h.end, 1)

        if cands:
            h.subject = min(cands, key=dist).code
        else:
            h.subject = None  # settled after modality (see assemble)
    if issue.has_object or h.issue.startswith("territory.") or h.issue in OBJECT_ISSUES_EXTRA:
        objs = [c for m in places if lo <= m.start and m.end <= hi for c in m.codes]
        if not objs and (h.issue.startswith("territory.") or h.issue == "forces.withdrawal"):
            # no place in the clause: the places of the sentence ("Jammu and Kashmir and Ladakh
            # are, and will remain, integral parts of India")
            objs = [c for m in places for c in m.codes]
        if not objs and main_place and THE_TERRITORY.search(text):
            objs = list(main_place)  # "the territory": the one the text is about
        if not objs and REGION_ANAPHOR.search(text) and last_places:
            objs = list(last_places)
        if not objs and h.issue.startswith("territory."):
            # the whole of a state: "a federal state ... under a new constitution for Cyprus"
            own = [m for m in parties if usable(m)]
            objs = _country_objects([m for m in own if lo <= m.start and m.end <= hi] or own, kinds)
            if not objs and top_state:
                # no place and no state in the sentence: the state the text is about
                # ("The settlement is put to separate referenda in the two communities")
                country = pycountry.countries.get(alpha_3=top_state)
                objs = [country.alpha_2] if country else []
            # a state named for a territorial question is its disputed part when the text names
            # one ("the territorial integrity of Azerbaijan" in a text about Karabakh)
            objs = [r for c in objs for r in (regions or {}).get(c, [c])]
        h.objects = list(dict.fromkeys(objs))


def _country_objects(mentions: list[Mention], kinds) -> list[str]:
    """ISO 3166-1 alpha-2 codes of the states named (by name, not demonym) in ``mentions``."""
    out = []
    for m in mentions:
        if m.form != "name" or kinds.get(m.code) != "state":
            continue
        country = pycountry.countries.get(alpha_3=m.code)
        if country is not None:
            out.append(country.alpha_2)
    return list(dict.fromkeys(out))
