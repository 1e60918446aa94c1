"""Documents, gap tables and the codebook as JSON-ready dicts, YAML, Markdown and rich tables.

The dicts follow the contracts of the command line (``accord extract --format json``,
``accord gaps --format json``); the CLI, the web app and the reports all render through here.

>>> from accord.model import Document, DocumentMeta, Evidence, Provision
>>> ev = Evidence(start=0, end=16, text="Russia demands x")
>>> doc = Document(meta=DocumentMeta(name="m.txt"), text="Russia demands x",
...     provisions=[Provision(holder="RUS", issue="alignment.neutrality", stance="support",
...                           subject="UKR", modality="demand", evidence=ev)])
>>> data = document_dict(doc)
>>> sorted(data)
['document', 'facts', 'provisions']
>>> data["provisions"][0]["evidence"]
{'start': 0, 'end': 16, 'text': 'Russia demands x'}
>>> print(document_markdown(doc).splitlines()[6])
| 1 | RUS | alignment.neutrality | support | UKR |  | demand |  | 0–16 | Russia demands x |
"""

from __future__ import annotations

from typing import Any

import yaml
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from accord.codebook import Codebook
from accord.model import Document, Evidence, Fact, GapTable, PartyPosition, Provision

#: Rich styles by stance and by status.
STANCE_STYLE = {"support": "green", "oppose": "red", "mixed": "yellow"}
STATUS_STYLE = {"conflict": "bold red", "agreement": "bold green", "one_sided": "yellow"}

_SNIPPET = 90


# --- dicts (JSON / YAML) ---------------------------------------------------------------------


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    """``{start, end, text}``, and ``document`` when the evidence names one."""
    data: dict[str, Any] = {"start": evidence.start, "end": evidence.end, "text": evidence.text}
    if evidence.document is not None:
        data = {"document": evidence.document, **data}
    return data


def provision_dict(provision: Provision, *, explain: bool = False) -> dict[str, Any]:
    """A provision as the JSON contract has it; ``explanation`` only when ``explain``."""
    data: dict[str, Any] = {
        "holder": provision.holder,
        "issue": provision.issue,
        "stance": provision.stance,
        "subject": provision.subject,
        "objects": list(provision.objects),
        "modality": provision.modality,
        "conditions": list(provision.conditions),
        "evidence": evidence_dict(provision.evidence),
    }
    if explain:
        data["explanation"] = (
            provision.explanation.model_dump(mode="json") if provision.explanation else None
        )
    return data


def fact_dict(fact: Fact) -> dict[str, Any]:
    """A fact: kind, text, parties, objects and evidence."""
    return {
        "kind": fact.kind,
        "text": fact.text,
        "parties": list(fact.parties),
        "objects": list(fact.objects),
        "evidence": evidence_dict(fact.evidence),
    }


def document_dict(doc: Document, *, explain: bool = False) -> dict[str, Any]:
    """``{"document": meta, "provisions": [...], "facts": [...]}`` (``accord extract``)."""
    meta = doc.meta.model_dump(mode="json")
    meta["chars"] = len(doc.text)
    return {
        "document": meta,
        "provisions": [provision_dict(p, explain=explain) for p in doc.provisions],
        "facts": [fact_dict(f) for f in doc.facts],
    }


def position_dict(position: PartyPosition) -> dict[str, Any]:
    """A party's position on an issue: stance, modality, subjects, objects and evidence."""
    subjects = list(dict.fromkeys(p.subject for p in position.provisions if p.subject))
    objects = list(dict.fromkeys(o for p in position.provisions for o in p.objects))
    return {
        "stance": position.stance,
        "modality": position.modality,
        "subjects": subjects,
        "objects": objects,
        "evidence": [evidence_dict(p.evidence) for p in position.provisions],
    }


def gaps_dict(table: GapTable) -> dict[str, Any]:
    """``{"parties": [...], "issues": [...], "tensions": [...]}`` (``accord gaps``)."""
    return {
        "parties": list(table.parties),
        "issues": [
            {
                "issue": row.issue,
                "status": row.status,
                "positions": {party: position_dict(pos) for party, pos in row.positions.items()},
            }
            for row in table.rows
        ],
        "tensions": [t.model_dump(mode="json") for t in table.tensions],
    }


def codebook_dict(codebook: Codebook) -> dict[str, Any]:
    """The codebook: version, groups, issues (code, group, proposition, PA-X codes), tensions."""
    return {
        "version": codebook.version,
        "groups": dict(codebook.groups),
        "issues": [
            {
                "code": i.code,
                "group": i.group,
                "proposition": i.proposition,
                "pax": list(i.pax),
                "cues": list(i.cues),
            }
            for i in codebook.issues
        ],
        "tensions": [t.model_dump(mode="json") for t in codebook.tensions],
    }


def to_yaml(data: Any) -> str:
    """Block-style YAML keeping key order and Unicode.

    >>> print(to_yaml({"b": 1, "a": ["é"]}), end="")
    b: 1
    a:
    - é
    """
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


# --- Markdown --------------------------------------------------------------------------------


def _md(text: object) -> str:
    """A table cell: pipes escaped, line breaks flattened."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _title(doc: Document) -> str:
    return doc.meta.title or doc.meta.name


def _meta_line(doc: Document) -> str:
    m = doc.meta
    parts = [f"`{m.name}`", m.format]
    for label, value in (("date", m.date), ("source", m.source), ("round", m.round)):
        if value:
            parts.append(f"{label} {value}")
    if m.author:
        parts.append(f"author {m.author}")
    return " · ".join(str(p) for p in parts)


def _explain_text(provision: Provision) -> str:
    e = provision.explanation
    if e is None:
        return ""
    cues = f" cues: {', '.join(e.cues)}" if e.cues else ""
    notes = f" ({'; '.join(e.notes)})" if e.notes else ""
    return f"{e.rule} score {e.score:.2f}{cues}{notes}"


def document_markdown(doc: Document, *, explain: bool = False) -> str:
    """The provisions (and facts) of a document as a Markdown section for reports."""
    lines = [f"## {_md(_title(doc))}", "", _meta_line(doc), ""]
    columns = ["#", "holder", "issue", "stance", "subject", "objects", "modality", "conditions"]
    columns += ["span", "evidence"] + (["why"] if explain else [])
    head = "| " + " | ".join(columns) + " |"
    rule = "|" + "---|" * len(columns)
    if doc.provisions:
        lines += [head, rule]
    for n, p in enumerate(doc.provisions, 1):
        cells = [
            n,
            p.holder,
            p.issue,
            p.stance,
            p.subject or "",
            ", ".join(p.objects),
            p.modality,
            ", ".join(p.conditions),
            f"{p.evidence.start}–{p.evidence.end}",
            p.evidence.text,
        ]
        if explain:
            cells.append(_explain_text(p))
        lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
    if not doc.provisions:
        lines.append("No provisions found.")
    if doc.facts:
        lines += ["", "**Facts**", ""]
        lines += [
            f"- {_md(f.text)} ({f.kind}, {f.evidence.start}–{f.evidence.end})" for f in doc.facts
        ]
    return "\n".join(lines) + "\n"


def _cell(position: PartyPosition | None) -> str:
    if position is None:
        return "—"
    return f"**{position.stance}** ({position.modality})"


def gaps_markdown(table: GapTable) -> str:
    """The gap table as Markdown: issues × parties, the tensions, then the evidence quoted."""
    if not table.rows:
        return "No provisions found, so no gaps.\n"
    lines = [
        "| issue | status | " + " | ".join(table.parties) + " |",
        "|---|---|" + "---|" * len(table.parties),
    ]
    for row in table.rows:
        cells = [f"`{row.issue}`", row.status.replace("_", "-")]
        cells += [_cell(row.positions.get(p)) for p in table.parties]
        lines.append("| " + " | ".join(cells) + " |")
    if table.tensions:
        lines += ["", "**Cross-issue tensions**", ""]
        for t in table.tensions:
            lines.append(
                f"- {t.a_party} {t.a_stance}s `{t.a_issue}`, {t.b_party} {t.b_stance}s "
                f"`{t.b_issue}`: {_md(t.why)}"
            )
    lines += ["", "**Evidence**", ""]
    for row in table.rows:
        for party, pos in row.positions.items():
            for prov in pos.provisions:
                ev = prov.evidence
                where = f"{ev.document} " if ev.document else ""
                lines.append(
                    f"- `{row.issue}` {party} {prov.stance} ({where}{ev.start}–{ev.end}): "
                    f"“{_md(ev.text)}”"
                )
    return "\n".join(lines) + "\n"


# --- rich tables -----------------------------------------------------------------------------


def _snippet(text: str, width: int = _SNIPPET) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _stance(stance: str, suffix: str = "") -> Text:
    return Text(stance + suffix, style=STANCE_STYLE.get(stance, ""))


def document_table(doc: Document, *, explain: bool = False) -> RenderableType:
    """The provisions and facts of a document as rich tables under a one-line header."""
    header = Text.assemble((_title(doc), "bold"), "  ", (_meta_line(doc).replace("`", ""), "dim"))
    table = Table(show_lines=True)
    table.add_column("#", no_wrap=True, justify="right")
    table.add_column("holder", no_wrap=True)
    table.add_column("issue", no_wrap=True)
    table.add_column("stance", no_wrap=True)
    table.add_column("evidence" + (" and why" if explain else ""))
    for n, p in enumerate(doc.provisions, 1):
        details = [f"subject {p.subject}"] if p.subject else []
        if p.objects:
            details.append(", ".join(p.objects))
        if p.conditions:
            details.append("if " + ", ".join(p.conditions))
        issue = Text(p.issue)
        for line in details:
            issue.append("\n" + line, style="dim")
        evidence = Text.assemble(
            (f"{p.evidence.start}–{p.evidence.end} ", "dim"), _snippet(p.evidence.text, 200)
        )
        if explain:
            evidence.append("\nwhy: " + (_explain_text(p) or "no explanation"), style="cyan")
        table.add_row(
            str(n),
            Text(p.holder, style="bold"),
            issue,
            Text.assemble((p.stance, STANCE_STYLE[p.stance]), ("\n" + p.modality, "dim")),
            evidence,
        )
    parts: list[RenderableType] = [header]
    parts.append(table if doc.provisions else Text("No provisions found.", style="yellow"))
    if doc.facts:
        facts = Table(title="Facts (not positions)", title_justify="left")
        facts.add_column("kind", no_wrap=True)
        facts.add_column("text", ratio=1)
        facts.add_column("span", no_wrap=True, style="dim")
        for f in doc.facts:
            facts.add_row(f.kind, _snippet(f.text, 140), f"{f.evidence.start}–{f.evidence.end}")
        parts.append(facts)
    return Group(*parts)


def _position_cell(position: PartyPosition | None) -> RenderableType:
    if position is None:
        return Text("—", style="dim")
    first = position.provisions[0].evidence
    more = len(position.provisions) - 1
    quote = _snippet(first.text, 60) + (f" (+{more})" if more else "")
    return Text.assemble(
        (position.stance, STANCE_STYLE[position.stance]),
        (f" · {position.modality}", ""),
        ("\n" + quote if quote else "", "dim"),
    )


def gaps_table(table: GapTable) -> RenderableType:
    """The gap table as rich tables: issues × parties colored by status and stance, tensions."""
    if not table.rows:
        return Text("No provisions found, so no gaps.", style="yellow")
    grid = Table(show_lines=True)
    grid.add_column("issue", no_wrap=True)
    grid.add_column("status", no_wrap=True)
    for party in table.parties:
        grid.add_column(party)
    for row in table.rows:
        grid.add_row(
            row.issue,
            Text(row.status.replace("_", "-"), style=STATUS_STYLE[row.status]),
            *[_position_cell(row.positions.get(p)) for p in table.parties],
        )
    counts = {s: sum(r.status == s for r in table.rows) for s in STATUS_STYLE}
    summary = Text.assemble(
        *[
            part
            for s, n in counts.items()
            for part in ((f"{n} {s.replace('_', '-')}", STATUS_STYLE[s]), "  ")
        ],
        (f"{len(table.tensions)} cross-issue tension(s)", "bold"),
    )
    parts: list[RenderableType] = [grid, summary]
    if table.tensions:
        parts.append(Text("Cross-issue tensions", style="bold"))
        for t in table.tensions:
            parts.append(
                Text.assemble(
                    "  ",
                    (t.a_party, "bold"),
                    " ",
                    (t.a_stance, STANCE_STYLE[t.a_stance]),
                    f" {t.a_issue}\n    vs ",
                    (t.b_party, "bold"),
                    " ",
                    (t.b_stance, STANCE_STYLE[t.b_stance]),
                    f" {t.b_issue}",
                    ("\n    " + t.why, "dim"),
                )
            )
    return Group(*parts)


def codebook_table(codebook: Codebook) -> RenderableType:
    """The issues of the codebook, grouped, with propositions and PA-X codes."""
    table = Table(title=f"Codebook version {codebook.version}", title_justify="left")
    table.add_column("issue", no_wrap=True, style="bold")
    table.add_column("proposition", ratio=1)
    table.add_column("PA-X", style="dim", max_width=18)
    for group, label in codebook.groups.items():
        issues = [i for i in codebook.issues if i.group == group]
        if not issues:
            continue
        table.add_section()
        table.add_row(Text(group, style="cyan"), Text(label, style="cyan"), "")
        for i in issues:
            table.add_row(i.code, i.proposition, ", ".join(i.pax))
    return table


__all__ = [
    "codebook_dict",
    "codebook_table",
    "document_dict",
    "document_markdown",
    "document_table",
    "evidence_dict",
    "gaps_dict",
    "gaps_markdown",
    "gaps_table",
    "position_dict",
    "provision_dict",
    "to_yaml",
]
