"""Draft a case from a gap table: the starting point a person then corrects.

One issue per contested (``conflict``) or ``one_sided`` row of the gap table; agreed issues
are settled and left out. Each issue gets three ordered options spanning the stances, from the
proposition in full to its rejection::

    yes: <proposition>  |  partly or with conditions  |  no

Each party's ideal follows its stance (``support`` → yes, ``oppose`` → no, ``mixed`` →
partly). Its weight (salience) follows the modality of what it said (a demand weighs 3, a
commitment or offer 2, a plain position 1) plus half a point for every further provision on the
issue (prominence). Comments above each entry quote the sentence it came from.

>>> from accord.model import Evidence, GapRow, GapTable, PartyPosition, Provision
>>> def prov(holder, stance, text):
...     return Provision(holder=holder, issue="alignment.neutrality", stance=stance,
...                      modality="demand", evidence=Evidence(start=0, end=len(text), text=text))
>>> table = GapTable(parties=["RUS", "UKR"], rows=[GapRow(
...     issue="alignment.neutrality", status="conflict", positions={
...         "RUS": PartyPosition(stance="support", modality="demand",
...                              provisions=[prov("RUS", "support", "Ukraine must be neutral.")]),
...         "UKR": PartyPosition(stance="oppose", modality="demand",
...                              provisions=[prov("UKR", "oppose", "We reject neutrality.")]),
...     })])
>>> from accord.cases import parse_case
>>> case = parse_case(draft_case_yaml(table))
>>> case.issues[0].options[-1], case.preferences["UKR"].ideal
('no', {'alignment.neutrality': 'no'})
"""

from __future__ import annotations

import json

from accord.model import GapRow, GapTable, PartyPosition

__all__ = ["MODALITY_WEIGHT", "draft_case_yaml"]

#: Weight (salience) of an issue to a party by the strongest modality it used on the issue.
MODALITY_WEIGHT = {"demand": 3.0, "commitment": 2.0, "offer": 2.0, "position": 1.0}

IDEAL = {"support": "yes", "oppose": "no", "mixed": "partly or with conditions"}


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, limit: int = 160) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _proposition(issue: str) -> str:
    try:
        from accord.codebook import load_codebook

        return load_codebook().issue(issue).proposition
    except Exception:  # a free issue name, or no codebook entry: use the name
        return issue


def _fill(proposition: str, row: GapRow) -> str:
    """Fill the ``{subject}`` and ``{object}`` slots from the row's provisions."""
    from collections import Counter

    provisions = [p for pos in row.positions.values() for p in pos.provisions]
    subjects = Counter(p.subject for p in provisions if p.subject)
    objects = list(dict.fromkeys(o for p in provisions for o in p.objects))
    text = proposition
    if "{subject}" in text:
        text = text.replace("{subject}", subjects.most_common(1)[0][0] if subjects else "a party")
    if "{object}" in text:
        text = text.replace("{object}", ", ".join(objects) if objects else "the areas concerned")
    return text


def _weight(position: PartyPosition) -> float:
    strongest = max(
        (MODALITY_WEIGHT.get(p.modality, 1.0) for p in position.provisions),
        default=MODALITY_WEIGHT.get(position.modality, 1.0),
    )
    return strongest + 0.5 * max(0, len(position.provisions) - 1)


def _rows(table: GapTable) -> list[GapRow]:
    return [r for r in table.rows if r.status in ("conflict", "one_sided")]


def draft_case_yaml(table: GapTable, name: str = "draft") -> str:
    """The YAML text of a draft case for ``table``, with comments citing the sentences.

    Raises nothing on an empty table: the draft then says there is nothing contested.
    """
    rows = _rows(table)
    out = [
        "# Draft case written by `accord case init` from the gaps between the parties' texts.",
        "# Every number here is a guess to correct: options, ideals, weights, reservations.",
        "# Comments quote the sentence each entry came from.",
        f"name: {_q(name)}",
        "parties:",
    ]
    for party in table.parties:
        out += [f"  - name: {_q(party)}", "    reservation: 0.0  # utility of no deal: set it"]
    if not rows:
        out += [
            "# No contested or one-sided issue was found: nothing to bargain over.",
            "issues: []",
        ]
        return "\n".join(out) + "\n"
    out.append("issues:")
    for row in rows:
        proposition = _fill(_proposition(row.issue), row)
        out += [
            f"  # {row.status}: {_comment(proposition)}",
            f"  - name: {_q(row.issue)}",
            f"    description: {_q(proposition)}",
            "    options:",
            f"      - {_q('yes')}",
            f"      - {_q(IDEAL['mixed'])}",
            f"      - {_q('no')}",
        ]
    out.append("preferences:")
    for party in table.parties:
        said = [(row, row.positions[party]) for row in rows if party in row.positions]
        out.append(f"  {_q(party)}:")
        if not said:
            out.append("    # said nothing on any contested issue: fill in its preferences")
            out.append("    {}")
            continue
        out.append("    weights:")
        for row, position in said:
            out.append(
                f"      {_q(row.issue)}: {_weight(position):g}  # {position.modality}, "
                f"{len(position.provisions)} provision(s)"
            )
        out.append("    ideal:")
        for row, position in said:
            for provision in position.provisions[:3]:
                out.append(f"      # {provision.stance}: {_q(_comment(provision.evidence.text))}")
            out.append(f"      {_q(row.issue)}: {_q(IDEAL[position.stance])}")
        silent = [row.issue for row in rows if party not in row.positions]
        if silent:
            out.append(f"    # silent on: {', '.join(silent)} (add an ideal if it cares)")
    return "\n".join(out) + "\n"


def draft_gaps(files, name: str = "draft") -> str:
    """Draft case YAML from gap tables (``.json``) or from texts (extracted and compared).

    Raises
    ------
    InputError
        A file cannot be read, or no file is given.
    """
    from pathlib import Path

    from pydantic import ValidationError

    from accord.errors import InputError

    paths = [Path(f) for f in files]
    if not paths:
        raise InputError(None, "no files given")
    if all(p.suffix.lower() == ".json" for p in paths):
        parties: list[str] = []
        rows: list[GapRow] = []
        for path in paths:
            try:
                table = GapTable.model_validate_json(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise InputError(str(path), "no such file") from None
            except ValidationError as exc:
                raise InputError(str(path), f"not a gap table: {exc.errors()[0]['msg']}") from None
            parties += [p for p in table.parties if p not in parties]
            rows += table.rows
        return draft_case_yaml(GapTable(parties=parties, rows=rows), name=name)
    from accord.pipeline import gaps_of_files  # the extract and gaps areas' pipeline

    return draft_case_yaml(gaps_of_files(paths), name=name)
