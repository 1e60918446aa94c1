"""Provisions → gap table: each party's stance issue by issue, and the cross-issue tensions.

Rules (the same in the CLI, the web app and the reports):

- One row per issue that any holder addressed, in codebook order (unknown codes last, in order
  of appearance). A holder's position on the row gathers all its provisions on that issue from
  all documents; its stance is ``support`` or ``oppose`` when they agree, ``mixed`` when the
  holder both supports and opposes the proposition. Its modality is the one most of those
  provisions have (ties: demand, commitment, offer, position).
- On an issue whose proposition has a ``{subject}`` slot, the proposition is about that subject:
  two provisions speak of the same thing when their subjects are equal or one of them has none
  (on other issues subjects are ignored). Two holders **conflict** on an issue when one supports
  and the other opposes the proposition about the same subject, or when they only ever take the
  same stance about different subjects (each side demanding that the *other* withdraw).
- Status: ``conflict`` when any two holders conflict; otherwise ``agreement`` when at least two
  holders address the issue, or when it is held ``JOINT`` (agreed by all signatories);
  otherwise ``one_sided``.
- Tensions: for each rule ``{a, b, when: [sa, sb]}`` of the codebook, every holder with stance
  ``sa`` on ``a`` against every *other* holder with stance ``sb`` on ``b`` (subjects are not
  compared: the rules relate two issues, not two subjects).

``JOINT`` is listed last among the parties when present. Each provision's evidence gets the name
of its document (``Evidence.document``) so that a row traces back to a sentence in a file.

>>> from accord.model import Document, Evidence, Provision
>>> def p(holder, issue, stance, subject=None):
...     return Provision(holder=holder, issue=issue, stance=stance, subject=subject,
...                      evidence=Evidence(start=0, end=1))
>>> doc = Document(text="x", provisions=[
...     p("RUS", "alignment.neutrality", "support", "UKR"),
...     p("UKR", "alignment.alliance_membership", "support", "UKR"),
...     p("RUS", "alignment.alliance_membership", "oppose", "UKR")])
>>> table = compare([doc])
>>> [(r.issue, r.status) for r in table.rows]
[('alignment.neutrality', 'one_sided'), ('alignment.alliance_membership', 'conflict')]
>>> [(t.a_party, t.a_issue, t.b_party, t.b_issue) for t in table.tensions]
[('RUS', 'alignment.neutrality', 'UKR', 'alignment.alliance_membership')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations

from accord.codebook import Codebook, load_codebook
from accord.model import (
    JOINT,
    Document,
    GapRow,
    GapStatus,
    GapTable,
    Modality,
    PartyPosition,
    Provision,
    Tension,
)

_MODALITY_RANK: tuple[Modality, ...] = ("demand", "commitment", "offer", "position")


def _same_subject(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def position_of(provisions: Sequence[Provision]) -> PartyPosition:
    """One holder's position on one issue from its provisions (at least one).

    >>> from accord.model import Evidence, Provision
    >>> ev = Evidence(start=0, end=1)
    >>> pos = position_of([
    ...     Provision(holder="UKR", issue="economy.reparations", stance="support",
    ...               modality="demand", evidence=ev),
    ...     Provision(holder="UKR", issue="economy.reparations", stance="oppose",
    ...               modality="position", evidence=ev)])
    >>> pos.stance, pos.modality
    ('mixed', 'demand')
    """
    stances = {p.stance for p in provisions}
    stance = stances.pop() if len(stances) == 1 else "mixed"
    counts = Counter(p.modality for p in provisions)
    modality = max(_MODALITY_RANK, key=lambda m: (counts[m], -_MODALITY_RANK.index(m)))
    return PartyPosition(stance=stance, modality=modality, provisions=list(provisions))


def conflicting(
    a: Sequence[Provision], b: Sequence[Provision], *, use_subjects: bool = True
) -> bool:
    """Whether two holders' provisions on one issue conflict (see the module's rules).

    >>> from accord.model import Evidence, Provision
    >>> def p(stance, subject):
    ...     return Provision(holder="X", issue="forces.withdrawal", stance=stance,
    ...                      subject=subject, evidence=Evidence(start=0, end=1))
    >>> conflicting([p("support", "UKR")], [p("oppose", "UKR")])
    True
    >>> conflicting([p("support", "UKR")], [p("support", "RUS")])
    True
    >>> conflicting([p("support", "UKR"), p("support", "RUS")], [p("support", "RUS")])
    False
    >>> conflicting([p("support", None)], [p("oppose", "RUS")])
    True
    >>> conflicting([p("support", "UKR")], [p("support", "RUS")], use_subjects=False)
    False
    """
    claims_a = {(x.stance, x.subject if use_subjects else None) for x in a}
    claims_b = {(y.stance, y.subject if use_subjects else None) for y in b}
    shared = False
    for sa, ja in claims_a:
        for sb, jb in claims_b:
            if _same_subject(ja, jb):
                if sa != sb:
                    return True
                shared = True
    return not shared


def status_of(positions: dict[str, PartyPosition], *, use_subjects: bool = True) -> GapStatus:
    """``conflict``, ``agreement`` or ``one_sided`` for one issue's positions by holder."""
    for (_, pa), (_, pb) in combinations(positions.items(), 2):
        if conflicting(pa.provisions, pb.provisions, use_subjects=use_subjects):
            return "conflict"
    if len(positions) >= 2 or JOINT in positions:
        return "agreement"
    return "one_sided"


def tensions_of(
    positions: dict[str, dict[str, PartyPosition]], codebook: Codebook
) -> list[Tension]:
    """The codebook's cross-issue tensions among ``positions[issue][holder]``."""
    found: list[Tension] = []
    for rule in codebook.tensions:
        sa, sb = rule.when
        for pa, pos_a in positions.get(rule.a, {}).items():
            for pb, pos_b in positions.get(rule.b, {}).items():
                if pa == pb:
                    continue
                if any(x.stance == sa for x in pos_a.provisions) and any(
                    y.stance == sb for y in pos_b.provisions
                ):
                    found.append(
                        Tension(
                            a_party=pa,
                            a_issue=rule.a,
                            a_stance=sa,
                            b_party=pb,
                            b_issue=rule.b,
                            b_stance=sb,
                            why=rule.why,
                        )
                    )
    return found


def _with_document(provision: Provision, name: str) -> Provision:
    if provision.evidence.document is not None:
        return provision
    evidence = provision.evidence.model_copy(update={"document": name})
    return provision.model_copy(update={"evidence": evidence})


def compare(documents: Iterable[Document], codebook: Codebook | None = None) -> GapTable:
    """Compare the holders of ``documents`` issue by issue and across issues.

    Parameters
    ----------
    documents
        Documents with provisions (from :func:`accord.extract.extract` or coded by hand).
    codebook
        The codebook giving the issue order and the tension rules; the packaged one by default.

    Returns
    -------
    GapTable
        Parties (holders in order of first appearance, ``JOINT`` last), one row per addressed
        issue, and the cross-issue tensions.
    """
    cb = codebook or load_codebook()
    by_issue: dict[str, dict[str, list[Provision]]] = {}
    holders: list[str] = []
    for doc in documents:
        for prov in doc.provisions:
            by_issue.setdefault(prov.issue, {}).setdefault(prov.holder, []).append(
                _with_document(prov, doc.meta.name)
            )
            if prov.holder not in holders:
                holders.append(prov.holder)
    parties = [h for h in holders if h != JOINT] + ([JOINT] if JOINT in holders else [])
    rank = {code: i for i, code in enumerate(cb.codes)}
    first_seen = {code: i for i, code in enumerate(by_issue)}
    issues = sorted(by_issue, key=lambda c: (rank.get(c, len(rank)), first_seen[c]))

    positions: dict[str, dict[str, PartyPosition]] = {}
    rows: list[GapRow] = []
    for issue in issues:
        held = by_issue[issue]
        positions[issue] = {h: position_of(held[h]) for h in parties if h in held}
        slot = cb.issue(issue).has_subject if issue in cb else True
        status = status_of(positions[issue], use_subjects=slot)
        rows.append(GapRow(issue=issue, status=status, positions=positions[issue]))
    return GapTable(parties=parties, rows=rows, tensions=tensions_of(positions, cb))


__all__ = ["compare", "conflicting", "position_of", "status_of", "tensions_of"]
