"""Stage ``accord.assemble.v1``: hits → provisions (one per holder, issue and stance) and facts.

Reads everything the earlier stages wrote; writes ``document``. A hit gives a provision when it
has a holder, is not in a heading, a condition clause or a goal frame ("prerequisites for a
ceasefire"), and its sentence states an attitude (or the document speaks with one voice: an
author in the front matter, or an agreement text). A background sentence (history, casualties,
control, venue) with no attitude cue gives a fact instead. A summary line adds only issues that
no earlier provision of its holder covers. Provisions of one holder, issue and stance merge:
objects and conditions are united, the first evidence is kept.

>>> import accord
>>> text = "Hamas demands a ceasefire. Israel rejects a ceasefire. Hamas insists on a truce."
>>> doc = accord.extract(text)
>>> [(p.holder, p.issue, p.stance) for p in doc.provisions]
[('HAMAS', 'ceasefire.general', 'support'), ('ISR', 'ceasefire.general', 'oppose')]
"""

from __future__ import annotations

import re
from collections import Counter

from accord.codebook import load_codebook
from accord.extract.analysis import Analysis, Hit
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages
from accord.model import JOINT, Document, Evidence, Explanation, Fact, Provision

_EXPLICIT = {
    "speech",
    "document",
    "document-reference",
    "joint",
    "agreement",
    "agent",
    "according",
    "reporting",
    "anaphora",
}


#: Issues whose subject is, by default, another party than the holder (sanctions on, assets of).
_OTHERS_ISSUES = {"economy.sanctions_relief", "economy.frozen_assets"}


def _score(h: Hit, attitude: bool) -> float:
    score = 0.9 if h.holder_rule in _EXPLICIT else 0.7
    if not attitude:
        score -= 0.1
    if h.negations:
        score -= 0.05
    return round(max(score, 0.1), 2)


def _provisional(h: Hit, a: Analysis) -> bool:
    s = a.sentences[h.sentence]
    if s.heading or h.condition_of is not None or h.goal or not h.holder:
        return False
    if s.text.rstrip("\"”’' ").endswith("?"):
        return False  # a question is no position
    # the document's own voice: an author, an agreement text, or the terms of a reported deal
    voiced = (
        bool(a.meta.author)
        or a.agreement
        or (h.holder == JOINT and h.holder_rule in ("context", "agreement"))
    )
    if s.background and not s.attitude and not s.item:
        return False
    return s.attitude or voiced or s.item


_UNTIL = re.compile(r"[^.;:]{0,40}?\buntil\b[^.;:]{0,120}[;:]", re.I)


@stages.register(
    "accord.assemble.v1", requires=("hits", "sentences", "parties", "places"), assigns=("document",)
)
def make_assemble(lexicon: Lexicon):
    """Build the document's provisions and facts."""
    codebook = load_codebook()
    base_kinds = lexicon.party_kind

    def assemble_stage(a: Analysis) -> Analysis:
        kinds = a.kinds(base_kinds)
        counts: Counter[str] = Counter(
            m.code for m in a.parties if kinds.get(m.code) != "organisation"
        )
        merged: dict[tuple[str, str, str], Provision] = {}
        seen_issue: set[tuple[str, str]] = set()
        stated: set[tuple[str, str, int]] = set()
        used: set[int] = set()
        later = {(h.sentence, h.issue): h.start for h in a.hits}
        for h in a.hits:
            if not _provisional(h, a):
                continue
            if later[(h.sentence, h.issue)] > h.end and _UNTIL.match(a.text, h.end):
                # "shall keep their weapons until an agreement ...; their disarmament shall then
                # be carried out": a state that lasts until then; the later cue decides
                continue
            s = a.sentences[h.sentence]
            holder = h.holder or ""
            if s.summary and (holder, h.issue) in seen_issue:
                used.add(h.sentence)
                continue
            subject = h.subject
            if subject is None and codebook.issue(h.issue).has_subject:
                if h.modality == "demand" or h.issue in _OTHERS_ISSUES:
                    subject = next((c for c, _ in counts.most_common() if c != holder), None)
                elif holder != JOINT:
                    subject = holder
            key = (holder, h.issue, h.stance)
            used.add(h.sentence)
            if (holder, h.issue, h.sentence) in stated and key not in merged:
                continue  # one sentence, one stance per issue: the first cue decides
            stated.add((holder, h.issue, h.sentence))
            seen_issue.add((holder, h.issue))
            if key in merged:
                p = merged[key]
                p.objects.extend(o for o in h.objects if o not in p.objects)
                p.conditions.extend(c for c in h.conditions if c not in p.conditions)
                if p.explanation is not None:
                    p.explanation.notes.append(f"also stated at {h.start}: {h.cue!r}")
                continue
            explanation = None
            if a.explain:
                cues = list(
                    dict.fromkeys(
                        [h.cue, *(c for c in (h.holder_cue, h.modality_cue) if c), *h.negations]
                    )
                )
                notes = [f"holder {holder} by rule '{h.holder_rule}'"]
                if h.negations:
                    notes.append(f"stance flipped by {', '.join(repr(n) for n in h.negations)}")
                if h.conditions:
                    notes.append(f"conditional on {', '.join(h.conditions)}")
                if not s.attitude:
                    notes.append("no attitude cue in the sentence: the document's voice holds it")
                source = "issue-cue"
                if h.score is not None:  # proposed by the embedding classifier
                    source = "embedding"
                    cues = [c for c in cues if c != h.cue]
                    notes.insert(
                        0, f"classifier score {h.score:.3f}, nearest example {h.nearest!r}"
                    )
                explanation = Explanation(
                    rule=f"{source}:{h.issue}+holder:{h.holder_rule}+modality:{h.modality}",
                    cues=cues,
                    score=_score(h, s.attitude) if h.score is None else h.score,
                    notes=notes,
                )
            merged[key] = Provision(
                holder=holder,
                issue=h.issue,
                stance=h.stance,
                subject=subject,
                objects=list(h.objects),
                modality=h.modality,
                conditions=list(h.conditions),
                evidence=Evidence(start=s.start, end=s.end, text=s.text),
                explanation=explanation,
            )
        facts: list[Fact] = []
        parties_by = a.by_sentence(a.parties)
        places_by = a.by_sentence(a.places)
        for i, s in enumerate(a.sentences):
            if s.background and i not in used:
                parties = list(dict.fromkeys(m.code for m in parties_by.get(i, [])))
                objects = list(dict.fromkeys(c for m in places_by.get(i, []) for c in m.codes))
                facts.append(
                    Fact(
                        kind=s.background,
                        text=s.text,
                        parties=parties,
                        objects=objects,
                        evidence=Evidence(start=s.start, end=s.end, text=s.text),
                    )
                )
        a.document = Document(
            meta=a.meta, text=a.text, provisions=list(merged.values()), facts=facts
        )
        return a

    return assemble_stage
