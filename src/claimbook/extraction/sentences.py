"""Splitting an article body into paragraphs, sentences, clauses and quoted speech.

All spans are code-point offsets into the body, so that ``body[start:end]`` is the text a
candidate quotes. Sentences come from spaCy's rule-based sentencizer on a blank pipeline (no
trained model is available offline); each line of the body is one paragraph and is split on
its own, because headlines and captions end without a full stop.
"""

import re
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language

# Clause boundaries: commas (not inside "1,4"), semicolons, colons, dashes and brackets.
_CLAUSE_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[;:\u2013\u2014()]|\s-\s")
# A relative pronoun opening the next clause: "die/der/das" followed by neither a noun nor an
# adjective (then it is an article: "die ersten 1000"), or English "who/which/that".
_RELATIVE_START = re.compile(
    r"\s*(?:(?:die|der|das|denen|deren|dessen|welche[rsnm]?)\s+(?![A-ZÄÖÜ]|\w+(?:e|en|er|es|em)\b)"
    r"|(?:who|which|that)\b)"
)
# German opening quotation marks, which spaCy's sentencizer leaves at the end of the sentence
# before the one they open.
_OPENING_MARKS = "\u201e\u201a"  # double and single low-9 marks
# Quoted speech: German „…“ and »…«, English “…”, straight "…". An opened quote that is not
# closed runs to the end of the paragraph.
_QUOTE = re.compile(r"„[^“”\"]*(?:[“”\"]|$)|»[^«]*(?:«|$)|“[^”„]*(?:”|$)|\"[^\"]*(?:\"|$)")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the body, with the paragraph (line) it stands in."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int  # position among the article's sentences


@cache
def _pipeline(language: str) -> Language:
    """A blank spaCy pipeline with the sentencizer, built once per language."""
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return nlp


def _paragraphs(body: str) -> list[tuple[int, str]]:
    """(offset, text) of every non-empty line."""
    paragraphs, offset = [], 0
    for line in body.split("\n"):
        if line.strip():
            paragraphs.append((offset, line))
        offset += len(line) + 1
    return paragraphs


def split_sentences(body: str, language: str) -> list[Sentence]:
    """Every sentence of the body, in order."""
    paragraphs = _paragraphs(body)
    docs = _pipeline(language).pipe(text for _, text in paragraphs)
    sentences: list[Sentence] = []
    for number, ((offset, _), doc) in enumerate(zip(paragraphs, docs, strict=True)):
        carried = None  # where the sentence before left an opening quotation mark
        for span in doc.sents:
            start = offset + span.start_char if carried is None else carried
            text = body[start : offset + span.end_char].rstrip()
            kept = text.rstrip(_OPENING_MARKS)
            carried = start + len(kept) if len(kept) < len(text) else None
            end = start + len(kept.rstrip())
            if body[start:end].strip():
                sentences.append(Sentence(start, end, body[start:end], number, len(sentences)))
    return sentences


def quoted_spans(body: str) -> list[tuple[int, int]]:
    """Spans of quoted speech, quotation marks included, found paragraph by paragraph."""
    return [
        (offset + match.start(), offset + match.end())
        for offset, text in _paragraphs(body)
        for match in _QUOTE.finditer(text)
    ]


def mask(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """The text (starting at ``offset`` in the body) with every span blanked out, same length,
    so that patterns searched in it keep their offsets."""
    chars = list(text)
    for start, end in spans:
        for position in range(max(start - offset, 0), min(end - offset, len(text))):
            chars[position] = " "
    return "".join(chars)


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` holding ``text[start:end]``, extended by a relative clause right
    after it ("12.000 Soldaten, die entsandt werden sollen": the relative clause says what
    happens to the counted soldiers)."""
    left = clause_start(text, start)
    after = _CLAUSE_BOUNDARY.search(text, end)
    right = after.start() if after else len(text)
    if after and _RELATIVE_START.match(text, after.end()):
        following = _CLAUSE_BOUNDARY.search(text, after.end())
        right = following.start() if following else len(text)
    return left, right


def clause_start(text: str, position: int) -> int:
    """Where the clause containing ``position`` begins."""
    return max((m.end() for m in _CLAUSE_BOUNDARY.finditer(text, 0, position)), default=0)
