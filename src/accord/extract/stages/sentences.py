"""Stage ``accord.split_sentences.v1``: paragraphs, then sentences within each (sentencex).

Reads ``text``; writes ``sentences``. A paragraph is a line, or in a hard-wrapped text (no line
longer than :data:`WRAP_WIDTH`) a run of lines that wrapping split: a line of prose that fills
most of the width without final punctuation continues on the next line, unless that one is a
list item or a heading. A sentence never crosses a paragraph. A short line without final
punctuation is a heading; a line that starts with a number, letter or bullet marker ("1.", "(a)",
"Article 3", "-") is a list item.

>>> from accord.extract.analysis import Analysis
>>> from accord.model import DocumentMeta
>>> text = "Talks Resume\\nMr. Smith went to the U.S. today. He left."
>>> a = split_sentences(Analysis(text, DocumentMeta()))
>>> [(s.text, s.heading) for s in a.sentences]
[('Talks Resume', True), ('Mr. Smith went to the U.S. today.', False), ('He left.', False)]
>>> wrapped = "Moscow demands that Kyiv recognise the loss of Crimea\\nand pull out its troops."
>>> [s.text for s in split("Memorandum\\n" + wrapped)] == ["Memorandum", wrapped]
True
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
    if line.startswith("#") and re.match(r"#{1,6}\s", line):
        return 0 < len(words) <= 20  # a Markdown heading, whatever it ends with
    # a title in capitals may run longer: "AGREEMENT BETWEEN THE REPUBLIC OF ... ON ..."
    limit = 30 if line.isupper() else 14
    return (
        0 < len(words) <= limit and line.rstrip()[-1:] not in ".!?:;\"”'’)" and not ITEM.match(line)
    )


END = tuple(".!?:;\"”'’)")


def _is_prose(line: str) -> bool:
    """A line of running text, not a title: six words or more, three of them lower-case words
    longer than three letters (a title capitalises its verbs and nouns)."""
    words = line.split()
    return len(words) >= 6 and sum(w[:1].islower() and len(w) > 3 for w in words) >= 3


def _continues(line: str, following: str, width: int) -> bool:
    """Whether ``following`` continues the paragraph that wrapping at ``width`` broke after
    ``line``: a line of prose that fills most of the width and does not end a sentence."""
    line, following = line.strip(), following.strip()
    return (
        len(line) >= 0.6 * width
        and not line.endswith(END)
        and not line.startswith("#")
        and not following.startswith("#")
        and not ITEM.match(following)
        and _is_prose(line)
    )


#: A text whose lines are all at most this long may be hard-wrapped; longer lines mean that
#: each line is a paragraph.
WRAP_WIDTH = 120


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text``: lines, with hard-wrapped lines joined."""
    lines = [m for m in LINE.finditer(text) if m.group().strip()]
    width = max((len(m.group().rstrip()) for m in lines), default=0)
    wrapped = width <= WRAP_WIDTH
    spans: list[tuple[int, int]] = []
    for k, m in enumerate(lines):
        previous = lines[k - 1] if k > 1 else None  # the first line is the title
        if (
            wrapped
            and previous is not None
            and text[previous.end() : m.start()].strip(" \t\r") == "\n"
            and _continues(previous.group(), m.group(), width)
        ):
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return spans


def split(text: str, max_sentence: int = 2000) -> list[Sentence]:
    """The sentences of ``text``, each with its offsets; whitespace is trimmed off each span."""
    out: list[Sentence] = []
    for para, (base, stop) in enumerate(paragraphs(text)):
        line = text[base:stop]
        heading = "\n" not in line and _is_heading(line.strip())
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
