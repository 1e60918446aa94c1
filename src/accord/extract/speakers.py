"""Who speaks in one sentence: :class:`HolderFinder` and the helpers about one speaker.

:meth:`HolderFinder.speakers` lists the speakers a sentence names, in order: a party and its
attitude verb ("Moscow insists"), its document ("Russia's memorandum"), an agent ("proposed by
Qatar"), a reporting clause (", Hamas said"), an anaphor ("the group said"), the signatories
together (``JOINT``), unnamed members of a side ("one commander said"). The holder stage
(:mod:`accord.extract.stages.holders`) carries the voice from sentence to sentence.
"""

from __future__ import annotations

import re
from collections import ChainMap

from accord.extract.analysis import Mention, Speaker
from accord.extract.clauses import is_action_verb
from accord.extract.countries import names_a_country
from accord.extract.holder_patterns import (
    ACCEPT_DEAL,
    ACCORDING,
    AGENT,
    AGENT_GOVERNMENT,
    AGREED_WITH,
    AIDE,
    AND_JOINT,
    AND_SIDES,
    APPOSED,
    APPOSED_PERSON,
    ARMY,
    ARMY_VOICE,
    AS_FOLLOWS,
    BARE_SUBJECT,
    BLOCK_BEFORE,
    BY_MEANS_OF,
    BYSTANDERS,
    CLAUSE_AND,
    CLAUSE_START,
    CLAUSE_VERB,
    COMMIT_CUE,
    CONDITION_IN,
    DEAL_FRAME,
    DOC_AFTER,
    DOC_OF,
    DOC_SELF,
    EDITORS_NOTE,
    ENVOY,
    FACTION_NOUN,
    FILLER,
    FIRST_PERSON,
    FOR_ITS_PART,
    FOR_SIDE,
    FROM_CAPITAL,
    GOV_LABEL,
    GOV_SIDE,
    GOVERNMENT_NOUN,
    GOVERNMENT_OF,
    GOVERNMENTISH,
    GROUP_DOC,
    GROUP_TITLE,
    GROUPISH,
    IN_ASIDE,
    IN_CAPITAL,
    IN_PLACE,
    IN_RESOLUTION,
    INTRO_PHRASE,
    ITS_BEFORE,
    ITS_MEMBERS,
    JOINT_SIGNED,
    JOINT_TEXT_OF,
    JOINT_VERB,
    LEADER,
    LIST_GAP,
    MODAL,
    NAME_AFTER,
    NAMED_DOC,
    NEW_CLAUSE,
    OPENING_TITLE,
    OUR_AIM,
    OWED_BY,
    PARTS_OF,
    PASSIVE_BEFORE,
    PASSIVE_DEAL,
    PERSONAL,
    POSSESSIVE,
    PRONOUN,
    QUOTE_END,
    QUOTE_PERSON,
    REPORTED_DEAL,
    REPORTING,
    RESOLUTION_IN,
    SAID_BETWEEN,
    SAID_PERSON,
    SENTENCE_TAIL,
    SIDE_OPENS,
    SIDE_SAID,
    SIGNED_BY_SIDES,
    SPOKESPEOPLE_OF,
    TERSE_DEAL,
    THAT_BEFORE,
    TITLE_FOR,
    TO_BE,
    UNNAMED,
    VIEW_IS,
    WE_NEGATED,
)
from accord.extract.lexicon import Lexicon
from accord.model import JOINT


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
            and not city_modifier(m.string, p, off, self.kinds)
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
        out = self._joint_and_deals(text, off, parties)
        self._named_parties(out, text, off, parties, doc_map, current)
        self._sides_and_titles(out, text, off, parties, last_group, top_state, army)
        nm = EDITORS_NOTE.match(text)
        if nm:
            # "Analyst's note: Egypt insists that ...": the writer's comment, no party's position
            return [Speaker(off, off + nm.end(), "", "bystander", nm.group())]
        self._unnamed_members(
            out, text, off, parties, doc_map, current, last_group, top_state, army, topic
        )
        self._anaphora(
            out, text, off, parties, current, last_group, last_state, top_state, army, topic
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

    def _joint_and_deals(self, text: str, off: int, parties: list[Mention]) -> list[Speaker]:
        """The signatories together (``JOINT``): "the parties agree", "Have agreed as follows:",
        "Under the agreement", a signing reported, accepted or in the passive."""
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
        return out

    def _named_parties(
        self,
        out: list[Speaker],
        text: str,
        off: int,
        parties: list[Mention],
        doc_map: dict[str, str],
        current: str | None,
    ) -> None:
        """Add to ``out`` the parties the sentence names as speakers: "Moscow insists", "Russia's
        memorandum", "proposed by Qatar", ", Hamas said", "X and Y agreed" (``JOINT``) ...; a party
        after "that", "urge", "for" ... is a subject and is skipped."""
        for k, p in enumerate(parties):
            self._party_speaker(out, text, off, parties, k, p, doc_map, current)

    def _party_speaker(
        self,
        out: list[Speaker],
        text: str,
        off: int,
        parties: list[Mention],
        k: int,
        p: Mention,
        doc_map: dict[str, str],
        current: str | None,
    ) -> None:
        """Add to ``out`` the speaker party ``p`` (``parties[k]``) makes, if any: the first rule
        that fits decides, and a party that is a subject or an object makes none."""
        rs, re_ = p.start - off, p.end - off
        before = text[max(0, rs - 60) : rs]
        after_start = re_
        if city_modifier(text, p, off, self.kinds):
            return  # "Several Mogadishu faction leaders": where they are, not who
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
            return
        if p.form == "adjective":
            # "the Russian demands", "Ukrainian Counterproposal"
            dm = re.match(DOC_AFTER + self.docs.pattern, text[after_start:], re.I)
            if dm and (not BLOCK_BEFORE.search(before) or PARTS_OF.search(before)):
                out.append(_document_speaker(p, dm, off + after_start, doc_map))
            return
        if AGENT.search(before) and not (current == JOINT and TO_BE.search(before)):
            out.append(Speaker(p.start, p.end, p.code, "agent", before.strip(), post=True))
            return
        vm = VIEW_IS.match(text, p.end - off)
        if vm and (p.text.endswith(("'s", "’s")) or vm.group(1)):
            # "Baku's view is that ...", "Kosovo's position remains that ...": its stance
            out.append(Speaker(p.start, off + vm.end(), p.code, "speech", vm.group().strip()))
            return
        rm = RESOLUTION_IN.search(before)
        post = bool(IN_RESOLUTION.match(text, re_))
        if self.kinds.get(p.code) == "organisation" and (
            (rm and not BY_MEANS_OF.search(before, 0, rm.start())) or post
        ):
            out.append(
                Speaker(p.start, p.end, p.code, "document", before.strip(), post=post)
            )
            return
        if JOINT_TEXT_OF.search(before + p.text + " and "):
            return  # "a joint statement of X and Y": the JOINT speaker holds it
        dm_of = DOC_OF.search(before)
        if dm_of and not BY_MEANS_OF.search(before, 0, dm_of.start()):
            # "Memorandum of the Government of Azerbaijan on ...", "a proposal by Qatar"
            out.append(Speaker(p.start, p.end, p.code, "document", before.strip()))
            return
        if k == 0 and BARE_SUBJECT.fullmatch(text[:rs] + "#" + text[re_:]):
            # a resolution's preamble: "The Security Council," on its own line
            out.append(Speaker(p.start, p.end, p.code, "document", p.text))
            return
        if ACCORDING.search(before):
            out.append(Speaker(p.start, p.end, p.code, "according", "according to", post=True))
            return
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
            return
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
            return
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
                    return
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
            return  # "the UN special envoy for Yemen": the UN's envoy, Yemen his brief
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
                return
        if IN_ASIDE.search(text, max(0, rs - 120), rs):
            # "Russia, acting as guarantor of the truce in Syria, signed": Syria is inside
            # an aside about the speaker, not the speaker
            return
        if POSSESSIVE.search(p.text) or text[re_ : re_ + 1] in "'’":
            last = re.search(r"([\w-]+)\s*$", before)
            if last and (is_action_verb(last.group(1)) or self.speech.fullmatch(last.group(1))):
                return  # "which endorses Morocco's autonomy plan": an object, not a speaker
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
                return
            if dm:
                out.append(_document_speaker(p, dm, off + after_start, doc_map))
            return
        if p.form == "name" and re.search(r"(?:^|\b[Tt]he\s+)$", before):
            nd = NAMED_DOC.match(text, after_start)
            if nd:
                # "The CG text, described as an interim agreement, proposed:", "The OAU
                # plan calls for": a party's document named by its acronym
                doc_map[nd.group(1).lower()] = p.code
                out.append(Speaker(p.start, off + nd.end(), p.code, "document", nd.group()))
                return
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
                return
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
            return
        if sm and REPORTING.match(text, pos) and SENTENCE_TAIL.fullmatch(text, sm.end()):
            # "..., Hamas said." at the end of the sentence: a reporting clause
            out.append(Speaker(p.start, p.end, p.code, "reporting", sm.group(), post=True))
            return
        if sm:
            # "The United States, Saudi Arabia, Egypt and the UAE published ...": the first;
            # "Serbia and Kosovo agreed": all of them together
            code, rule = parties[first].code, "speech"
            if first != k and JOINT_VERB.match(sm.group()):
                code, rule = JOINT, "joint"
            out.append(Speaker(parties[first].start, p.end, code, rule, sm.group()))

    def _sides_and_titles(
        self,
        out: list[Speaker],
        text: str,
        off: int,
        parties: list[Mention],
        last_group: str | None,
        top_state: str | None,
        army: str | None,
    ) -> None:
        """Add to ``out`` a person or an unnamed speaker tied to a side by an aside or a title:
        "The rebel leadership, grouped in the Northern Front (NF), said", "..., said X, the group's
        spokesman", "offered by the Ramos administration", "A spokesman for the group said", "The
        envoy", "Government delegation head X: ..."."""
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

    def _unnamed_members(
        self,
        out: list[Speaker],
        text: str,
        off: int,
        parties: list[Mention],
        doc_map: dict[str, str],
        current: str | None,
        last_group: str | None,
        top_state: str | None,
        army: str | None,
        topic: str | None,
    ) -> None:
        """Add to ``out`` bystanders (critics, analysts: no party), a document named before ("the
        memorandum"), and unnamed members of a side: "one commander said", "a government minister
        said", "An aide told reporters", "From Tbilisi, X says", "An army spokesman said"."""
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

    def _anaphora(
        self,
        out: list[Speaker],
        text: str,
        off: int,
        parties: list[Mention],
        current: str | None,
        last_group: str | None,
        last_state: str | None,
        top_state: str | None,
        army: str | None,
        topic: str | None,
    ) -> None:
        """Add to ``out`` the side an anaphor points to: "It also demands", "the group said" (the
        group named last), "the government" (the state of the text), "the army", "he"."""
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


def _document_speaker(
    p: Mention, dm: re.Match[str], start: int, doc_map: dict[str, str]
) -> Speaker:
    """A party's document named right after it ("the Russian demands", "Kyiv's proposal"),
    ``dm`` matched from ``start``: the speaker it gives, and its noun remembered in ``doc_map``
    ("the proposal" alone later points back to the party)."""
    noun = dm.group().strip(" “\"'‘”’").split()[-1].lower()
    doc_map[noun] = p.code
    return Speaker(p.start, start + dm.end(), p.code, "document", dm.group().strip())


def pos_after(f: re.Match[str] | None, m: re.Match[str]) -> int:
    """Where the verb after an anaphor starts: after its filler words, if any."""
    return f.end() if f else m.end()


def city_modifier(text: str, p: Mention, off: int, kinds) -> bool:
    """Whether a city names where a faction is, not a side ("Mogadishu faction leaders")."""
    return (
        p.form == "name"
        and kinds.get(p.code) == "state"
        and not names_a_country(p.text)
        and FACTION_NOUN.match(text, p.end - off) is not None
    )


def first_person_speakers(
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


def side_commits(finder: HolderFinder, text: str, off: int, sp: Speaker) -> bool:
    """Whether an anaphor names a side that commits itself ("The government undertook to ...",
    "the rebels also agreed that ..."): inside a reported deal, one side's part of it, which
    does not make that side the voice of the terms that follow."""
    if sp.rule != "anaphora":
        return False
    f = FILLER.match(text, sp.end - off)
    verb = finder.speech.match(text, f.end() if f else sp.end - off)
    return bool(verb and re.match(r"undertook|" + COMMIT_CUE.pattern, verb.group(), re.I))


def agreed_in_deal(finder: HolderFinder, text: str, off: int, sp: Speaker) -> bool:
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
