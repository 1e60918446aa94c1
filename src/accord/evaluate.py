"""Scoring the extractor against hand-coded gold files.

A gold folder holds pairs ``NAME.txt`` + ``NAME.gold.yaml``; the gold file lists the provisions
a careful person coded from the text under the coding rules (``docs/codebook.md``). Matching
follows those rules:

- a predicted provision matches a gold one when ``holder``, ``issue`` and ``stance`` are equal;
- for ``territory.*`` issues the objects must also overlap, when the gold provision names places;
- matching is one-to-one (a maximum bipartite matching per document);
- gold provisions marked ``optional: true`` count neither as missed nor, when a prediction
  matches one, as false.

Precision, recall and F1 are micro-averaged: over all documents, per document and per issue group
(a true positive or a miss counts for the gold issue's group, a false positive for the predicted
issue's group).

>>> gold = parse_gold('''
... document: t.txt
... provisions:
...   - {holder: RUS, issue: alignment.neutrality, stance: support, subject: UKR}
...   - {holder: UKR, issue: alignment.alliance_membership, stance: support, optional: true}
... ''', "t.gold.yaml")
>>> from accord.model import Evidence, Provision
>>> said = Provision(holder="RUS", issue="alignment.neutrality", stance="support",
...                  evidence=Evidence(start=0, end=10))
>>> report = score([(gold, [said])])
>>> report.overall.tp, report.overall.fp, report.overall.fn, report.overall.f1
(1, 0, 0, 1.0)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pycountry
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, computed_field, model_validator

from accord.codebook import Codebook, load_codebook
from accord.compare import compare
from accord.errors import GoldError
from accord.model import Document, DocumentMeta, Evidence, Modality, Provision, Stance
from accord.yamltext import load_yaml

#: Suffix of gold files; the text of ``NAME.gold.yaml`` is ``NAME.txt`` (or its ``document:``).
GOLD_SUFFIX = ".gold.yaml"

#: Keys a coder may add to a gold provision for people; they are not read.
_IGNORED = frozenset({"evidence", "quote", "text", "note", "notes", "comment"})
_PARTY = re.compile(r"[A-Z][A-Z0-9_-]*\Z")
_SUBDIVISION = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}\Z")

Extractor = Callable[[str, DocumentMeta], Document]


# ---------------------------------------------------------------------------------------------
# Gold files


class GoldProvision(BaseModel):
    """A provision coded by hand: the fields of :class:`~accord.model.Provision` without evidence,
    plus ``optional`` for lines that only restate (or are too ambiguous to require).

    Notes a coder may add (``evidence``, ``quote``, ``text``, ``note``, ``notes``, ``comment``)
    are ignored; any other unknown field is an error, so that a misspelt ``optional`` is caught.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_notes(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k not in _IGNORED}
        return data

    holder: str
    issue: str
    stance: Stance
    subject: str | None = None
    objects: list[str] = []
    modality: Modality = "position"
    conditions: list[str] = []
    optional: bool = False

    @property
    def group(self) -> str:
        return self.issue.split(".", 1)[0]


class GoldGaps(BaseModel):
    """The gaps a person reads in the text (not scored by :func:`score`, checked for codes)."""

    model_config = ConfigDict(extra="allow")

    conflict: list[str] = []
    agreement: list[str] = []
    one_sided: dict[str, list[str]] = {}
    cross_issue: list[dict[str, str]] = []


class GoldDocument(BaseModel):
    """One gold file: the text it codes, its parties, provisions, gaps and facts.

    Other top-level keys (a title, a source, notes) are ignored.
    """

    model_config = ConfigDict(extra="ignore")

    document: str | None = None
    parties: list[str] = []
    provisions: list[GoldProvision] = Field(default_factory=list)
    gaps: GoldGaps | None = None
    facts: list[Any] = []
    #: Where the gold file was read from (set by the loader, not by the file).
    source: str = Field(default="-", exclude=True)

    @property
    def name(self) -> str:
        """The document's name: its ``document:`` field, else the gold file's stem."""
        if self.document:
            return self.document
        stem = Path(self.source).name
        return stem.removesuffix(GOLD_SUFFIX) + ".txt"

    def required(self) -> list[Provision]:
        """The required (not optional) provisions as an extractor would give them, with an empty
        evidence span: for comparing a coder's reading with :func:`accord.compare.compare` or
        scoring one coder against another."""
        return [
            Provision(**p.model_dump(exclude={"optional"}), evidence=Evidence(start=0, end=0))
            for p in self.provisions
            if not p.optional
        ]

    def required_gaps(self) -> GoldGaps:
        """The gaps :func:`accord.compare.compare` makes of the required provisions: what a gold
        file's ``gaps:`` section holds (``tools/gold_gaps.py`` writes it, a test checks it)."""
        table = compare([Document(text="x", provisions=self.required())])
        gaps = GoldGaps()
        for row in table.rows:
            if row.status == "one_sided":
                gaps.one_sided.setdefault(next(iter(row.positions)), []).append(row.issue)
            else:
                getattr(gaps, row.status).append(row.issue)
        gaps.cross_issue = [{t.a_party: t.a_issue, t.b_party: t.b_issue} for t in table.tensions]
        return gaps


def _loc(loc: tuple[int | str, ...]) -> str:
    """``('provisions', 2, 'stance')`` → ``provision 3: stance``."""
    if len(loc) >= 2 and loc[0] == "provisions" and isinstance(loc[1], int):
        rest = ".".join(str(x) for x in loc[2:])
        return f"provision {loc[1] + 1}" + (f": {rest}" if rest else "")
    return ".".join(str(x) for x in loc) or "file"


def _check_code(code: str, cb: Codebook, source: str, where: str) -> None:
    if code not in cb:
        raise GoldError(source, f"{where}: unknown issue {code!r}")


def _check_gold(gold: GoldDocument, cb: Codebook, source: str) -> GoldDocument:
    for n, p in enumerate(gold.provisions, 1):
        where = f"provision {n}"
        _check_code(p.issue, cb, source, where)
        for code in p.conditions:
            _check_code(code, cb, source, f"{where}: conditions")
        if not _PARTY.match(p.holder):  # the subject is not scored, so it is not checked
            raise GoldError(
                source, f"{where}: holder {p.holder!r} is not a party code (RUS, HAMAS, JOINT ...)"
            )
        for obj in p.objects:
            if _SUBDIVISION.match(obj) and pycountry.subdivisions.get(code=obj) is None:
                raise GoldError(source, f"{where}: objects: unknown ISO 3166-2 code {obj!r}")
    if gold.gaps is not None:
        g = gold.gaps
        for status, codes in (("conflict", g.conflict), ("agreement", g.agreement)):
            for code in codes:
                _check_code(code, cb, source, f"gaps.{status}")
        for party, codes in g.one_sided.items():
            for code in codes:
                _check_code(code, cb, source, f"gaps.one_sided.{party}")
        for n, row in enumerate(g.cross_issue, 1):
            for code in row.values():
                _check_code(code, cb, source, f"gaps.cross_issue {n}")
    return gold


def parse_gold(text: str, source: str = "-", *, codebook: Codebook | None = None) -> GoldDocument:
    """Parse and check a gold file's YAML; every problem is a one-line :class:`GoldError`.

    >>> bad = "provisions:\\n  - {holder: RUS, issue: water, stance: support}\\n"
    >>> parse_gold(bad, "x.gold.yaml")
    Traceback (most recent call last):
    ...
    accord.errors.GoldError: x.gold.yaml: provision 1: unknown issue 'water'
    """
    cb = codebook or load_codebook()
    data = load_yaml(text, source, GoldError)
    if not isinstance(data, dict):
        raise GoldError(source, "expected a mapping with 'provisions'")
    if "provisions" not in data:
        raise GoldError(source, "no 'provisions' list")
    try:
        gold = GoldDocument.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown field"
        raise GoldError(source, f"{_loc(err['loc'])}: {msg}".replace("\n", " ")) from None
    gold.source = source
    return _check_gold(gold, cb, source)


def load_gold(path: str | Path, *, codebook: Codebook | None = None) -> GoldDocument:
    """Read and check the gold file at ``path`` (errors name the file)."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except FileNotFoundError:
        raise GoldError(str(p), "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(str(p), f"cannot read: {exc.__class__.__name__}") from None
    return parse_gold(text, str(p), codebook=codebook)


def gold_pairs(folder: str | Path) -> list[tuple[Path, Path]]:
    """The ``(text, gold)`` file pairs of a folder, sorted by name.

    The text of ``NAME.gold.yaml`` is the file its ``document:`` field names, else ``NAME.txt``.
    A missing folder, a folder without gold files or a gold file without its text is a
    :class:`GoldError`.
    """
    root = Path(folder)
    if not root.is_dir():
        raise GoldError(str(root), "no such folder")
    pairs: list[tuple[Path, Path]] = []
    for gold in sorted(root.glob(f"*{GOLD_SUFFIX}")):
        stem = gold.name.removesuffix(GOLD_SUFFIX)
        candidates = [root / f"{stem}.txt"]
        try:
            named = (yaml.safe_load(gold.read_text("utf-8")) or {}).get("document")
        except (yaml.YAMLError, OSError, UnicodeDecodeError, AttributeError):
            named = None
        if isinstance(named, str) and named:
            candidates.insert(0, root / named)
        text = next((c for c in candidates if c.is_file()), None)
        if text is None:
            raise GoldError(str(gold), f"no text file {candidates[0].name} beside it")
        pairs.append((text, gold))
    if not pairs:
        raise GoldError(str(root), f"no gold files (NAME.txt + NAME{GOLD_SUFFIX})")
    return pairs


# ---------------------------------------------------------------------------------------------
# Scores and reports


class Scores(BaseModel):
    """True positives, false positives and misses, with precision, recall and F1.

    With nothing to find and nothing found all three scores are 1.0; otherwise an empty
    denominator gives 0.0.

    >>> round(Scores(tp=3, fp=1, fn=2).f1, 4)
    0.6667
    >>> Scores().precision
    1.0
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Scores) -> Scores:
        return Scores(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class Match(BaseModel):
    """A predicted provision matched to a gold one (``gold.optional`` tells whether it counted)."""

    gold: GoldProvision
    predicted: Provision


class DocumentReport(BaseModel):
    """How the extractor did on one document."""

    name: str
    scores: Scores
    matched: list[Match] = []
    missed: list[GoldProvision] = []
    extra: list[Provision] = []


class EvalReport(BaseModel):
    """Scores overall, per document and per issue group, with the misses and false positives."""

    overall: Scores
    documents: list[DocumentReport]
    groups: dict[str, Scores]

    @property
    def missed(self) -> list[tuple[str, GoldProvision]]:
        """``(document, gold provision)`` for every required gold provision not found."""
        return [(d.name, g) for d in self.documents for g in d.missed]

    @property
    def extra(self) -> list[tuple[str, Provision]]:
        """``(document, provision)`` for every prediction that matched no gold provision."""
        return [(d.name, p) for d in self.documents for p in d.extra]


# ---------------------------------------------------------------------------------------------
# Matching


def matches(gold: GoldProvision, predicted: Provision) -> bool:
    """Whether ``predicted`` may be matched to ``gold`` under the coding rules.

    >>> from accord.model import Evidence
    >>> g = GoldProvision(holder="RUS", issue="territory.recognition", stance="support",
    ...                   objects=["UA-43", "UA-14"])
    >>> e = Evidence(start=0, end=1)
    >>> matches(g, Provision(holder="RUS", issue="territory.recognition", stance="support",
    ...                      objects=["UA-14"], evidence=e))
    True
    >>> matches(g, Provision(holder="RUS", issue="territory.recognition", stance="support",
    ...                      objects=["UA-65"], evidence=e))
    False
    """
    if (gold.holder, gold.issue, gold.stance) != (
        predicted.holder.strip().upper(),
        predicted.issue,
        predicted.stance,
    ):
        return False
    if gold.issue.startswith("territory.") and gold.objects:
        return bool(set(gold.objects) & set(predicted.objects))
    return True


def _match(gold: Sequence[GoldProvision], predicted: Sequence[Provision]) -> dict[int, int]:
    """A maximum one-to-one matching, gold index → predicted index.

    Required gold provisions are matched first (Kuhn's augmenting paths), then optional ones;
    an augmenting path never unmatches a gold provision, so the number of required matches is
    the largest possible and the total is a maximum matching.
    """
    edges = [[j for j, p in enumerate(predicted) if matches(g, p)] for g in gold]
    owner: dict[int, int] = {}  # predicted index → gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    order = [i for i, g in enumerate(gold) if not g.optional]
    order += [i for i, g in enumerate(gold) if g.optional]
    for i in order:
        augment(i, set())
    return {i: j for j, i in owner.items()}


def score_document(
    gold: GoldDocument, predicted: Document | Sequence[Provision]
) -> tuple[DocumentReport, dict[str, Scores]]:
    """Score one document; also returns its scores per issue group."""
    preds = list(predicted.provisions if isinstance(predicted, Document) else predicted)
    pairing = _match(gold.provisions, preds)
    groups: dict[str, Scores] = {}

    def bump(issue: str, **kw: int) -> None:
        group = issue.split(".", 1)[0]
        groups[group] = groups.get(group, Scores()).add(Scores(**kw))

    matched, missed = [], []
    for i, g in enumerate(gold.provisions):
        if i in pairing:
            matched.append(Match(gold=g, predicted=preds[pairing[i]]))
            if not g.optional:
                bump(g.issue, tp=1)
        elif not g.optional:
            missed.append(g)
            bump(g.issue, fn=1)
    used = set(pairing.values())
    extra = [p for j, p in enumerate(preds) if j not in used]
    for p in extra:
        bump(p.issue, fp=1)
    tp = sum(1 for m in matched if not m.gold.optional)
    report = DocumentReport(
        name=gold.name,
        scores=Scores(tp=tp, fp=len(extra), fn=len(missed)),
        matched=matched,
        missed=missed,
        extra=extra,
    )
    return report, groups


def score(
    pairs: Iterable[tuple[GoldDocument, Document | Sequence[Provision]]],
    *,
    codebook: Codebook | None = None,
) -> EvalReport:
    """Score predictions against gold: ``pairs`` of (gold document, extracted document or list of
    provisions). Groups are listed in the codebook's order."""
    cb = codebook or load_codebook()
    documents: list[DocumentReport] = []
    totals: dict[str, Scores] = {}
    overall = Scores()
    for gold, predicted in pairs:
        report, groups = score_document(gold, predicted)
        documents.append(report)
        overall = overall.add(report.scores)
        for group, s in groups.items():
            totals[group] = totals.get(group, Scores()).add(s)
    order = list(cb.groups)
    ranked = sorted(totals, key=lambda g: (order.index(g) if g in order else len(order), g))
    return EvalReport(overall=overall, documents=documents, groups={g: totals[g] for g in ranked})


def _read(path: Path) -> tuple[str, DocumentMeta]:
    """The text and metadata the extractor sees: :func:`accord.read.read_document`'s."""
    from accord.read import read_document

    doc = read_document(path)
    return doc.text, doc.meta


def evaluate_dir(
    path: str | Path,
    extractor: Extractor | None = None,
    *,
    codebook: Codebook | None = None,
    on_document: Callable[[int, int, str], None] | None = None,
) -> EvalReport:
    """Run ``extractor`` (default :func:`accord.extract.extract`) on every text of a gold folder
    and score it.

    Gold files are all checked before anything is extracted. ``on_document(done, total, name)``
    is called after each document (a face can drive a progress bar with it).
    """
    if extractor is None:
        from accord.extract import extract as extractor
    cb = codebook or load_codebook()
    pairs = gold_pairs(path)
    golds = [load_gold(gold, codebook=cb) for _, gold in pairs]
    results = []
    for n, ((text_path, _), gold) in enumerate(zip(pairs, golds, strict=True), 1):
        text, meta = _read(text_path)
        results.append((gold, extractor(text, meta)))
        if on_document is not None:
            on_document(n, len(pairs), text_path.name)
    return score(results, codebook=cb)


__all__ = [
    "DocumentReport",
    "EvalReport",
    "GoldDocument",
    "GoldGaps",
    "GoldProvision",
    "Match",
    "Scores",
    "evaluate_dir",
    "gold_pairs",
    "load_gold",
    "matches",
    "parse_gold",
    "score",
    "score_document",
]
