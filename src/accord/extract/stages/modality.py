"""Stage ``accord.detect_modality.v1``: demand, offer, commitment or position.

Reads ``hits``, ``sentences``, ``agreement``; writes ``Hit.modality``. The nearest attitude cue
before the issue cue in its sentence decides ("calls for" → demand, "openness to" → offer,
"agreed" → commitment, "right to" → position), else the first one after it. What the signatories
hold together (``JOINT``) is a commitment; a line with no cue in a document with an author is a
demand.

>>> from accord.extract.lexicon import default_lexicon
>>> s = "Kyiv advocates using frozen assets, while signaling openness to lifting sanctions."
>>> modality_at(default_lexicon(), s, s.index("lifting"))
('offer', 'openness')
"""

from __future__ import annotations

from accord.extract.analysis import Analysis
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages
from accord.model import JOINT


def modality_at(
    lex: Lexicon, sentence: str, pos: int, skip: list[tuple[int, int]] | None = None
) -> tuple[str | None, str]:
    """The modality of a cue at ``pos`` in ``sentence`` and the word that signals it.

    Attitude words inside the spans ``skip`` (other issue cues: "claims for damages") do not count.
    """
    rx = lex.cue("modality")
    spans = skip or []

    def free(m) -> bool:
        return not any(a <= m.start() < b for a, b in spans)

    before = [m for m in rx.finditer(sentence, 0, pos) if free(m)]
    after = (m for m in rx.finditer(sentence, pos) if free(m))
    last = before[-1] if before else next(after, None)
    if last is None:
        return None, ""
    return last.lastgroup, last.group()


def _intro_modality(lex: Lexicon, a: Analysis, i: int) -> tuple[str | None, str]:
    """The modality of the line that introduces the list item ``i`` ("The government demanded
    the following:" → demand), or None when the item is not in a list with an introduction."""
    j = i
    while j > 0 and a.sentences[j].item:
        j -= 1
    intro = a.sentences[j]
    if j == i or intro.item or intro.heading or not intro.text.rstrip(" *_").endswith(":"):
        return None, ""
    return modality_at(lex, intro.text, len(intro.text))


@stages.register(
    "accord.detect_modality.v1", requires=("hits", "sentences"), assigns=("hits.modality",)
)
def make_detect_modality(
    lexicon: Lexicon, default: str = "position", authored_default: str = "demand"
):
    """Set each hit's modality from the nearest attitude cue."""

    def modality_stage(a: Analysis) -> Analysis:
        spans: dict[int, list[tuple[int, int]]] = {}
        for h in a.hits:
            s = a.sentences[h.sentence]
            spans.setdefault(h.sentence, []).append((h.start - s.start, h.end - s.start))
        for h in a.hits:
            s = a.sentences[h.sentence]
            mod, cue = modality_at(lexicon, s.text, h.start - s.start, spans[h.sentence])
            if h.holder == JOINT or (
                a.agreement and h.holder_rule in ("agreement-text", "context")
            ):
                mod = "commitment"
            elif mod is None and a.sentences[h.sentence].item:
                # "The AU panel proposes that: (a) ...": an item says what its introduction does
                mod, cue = _intro_modality(lexicon, a, h.sentence)
            if mod is None:
                mod = authored_default if a.meta.author else default
            h.modality, h.modality_cue = mod, cue
        return a

    return modality_stage
