"""Stage ``accord.split_sentences.v1``: lines, then sentences within each line (sentencex).

Reads ``text``; writes ``sentences``. A line is a paragraph: a sentence never crosses a line
break. A short line without final punctuation is a heading; a line that starts with a number,
letter or bullet marker ("1.", "(a)", "Article 3", "-") is a list item.

>>> from accord.extract.analysis import Analysis
>>> from accord.model import DocumentMeta
>>> text = "Talks Resume\\nMr. Smith went to the U.S. today. He left."
>>> a = split_sentences(Analysis(text, DocumentMeta()))
>>> [(s.text, s.heading) for s in a.sentences]
[('Talks Resume', True), ('Mr. Smith went to the U.S. today.', False), ('He left.', False)]
"""

from __future__ import annotations

import re

from sentencex import get_sentence_boundaries

from accord.extract.analysis import Analysis, Sentence
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages

ITEM = re.compile(
    r"^\s*(?:[*_#>]+\s*)?(?:(?:Part|Section|Chapter)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b[.:]?|\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z][.)]|\([ivx]+\)|[-•*–·]|Article\s+\d+|Point\s+\d+)\s*",
    re.I,
)
LINE = re.compile(r"[^\n]+")
LABEL = re.compile(
    r"[*_#>\s]*(?:Article|Art\.|Point|Section|Chapter|Annex|Part|Clause|Paragraph)\s+"
    r"(?:[\dIVXivx]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[.:)]?[*_\s]*",
    re.I,
)


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 14 and line.rstrip()[-1:] not in ".!?:;\"”'’)" and not ITEM.match(line)


def split(text: str, max_sentence: int = 2000) -> list[Sentence]:
    """The sentences of ``text``, each with its offsets; whitespace is trimmed off each span."""
    out: list[Sentence] = []
    for para, line_match in enumerate(LINE.finditer(text)):
        line = line_match.group()
        base = line_match.start()
        if not line.strip():
            continue
        heading = _is_heading(line.strip())
        item = bool(ITEM.match(line))
        if heading:
            bounds = [(0, len(line))]
        else:
            bounds = [
                (b["start_index"], b["end_index"]) for b in get_sentence_boundaries("en", line)
            ]
            if not bounds:
                bounds = [(0, len(line))]
        for a, b in bounds:
            # very long "sentences" (tables, lists without punctuation) are cut into pieces
            for lo in range(a, b, max_sentence):
                hi = min(b, lo + max_sentence)
                chunk = line[lo:hi]
                stripped = chunk.strip()
                if not stripped:
                    continue
                start = base + lo + (len(chunk) - len(chunk.lstrip()))
                end = start + len(stripped)
                # a bare label such as "**Article 5." opens its line: no position of its own
                short = bool(LABEL.fullmatch(stripped))
                out.append(Sentence(start, end, text[start:end], para, heading or short, item))
    return out


@stages.register("accord.split_sentences.v1", requires=("text",), assigns=("sentences",))
def make_split_sentences(lexicon: Lexicon, max_sentence: int = 2000):
    """Split the text into lines and sentences."""

    def split_stage(a: Analysis) -> Analysis:
        a.sentences = split(a.text, max_sentence)
        return a

    return split_stage


def split_sentences(a: Analysis) -> Analysis:
    """Run the stage with default settings (for examples and tests)."""
    a.sentences = split(a.text)
    return a
