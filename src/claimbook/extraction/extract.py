"""From an article to candidate claim rows, one per head-count figure.

Each candidate is a row of claims.csv (same columns, same order) plus ``status`` and
``confidence``: the quote is the sentence holding the figure, with its offsets into the body,
so a reviewed row passes ``claimbook validate`` unchanged. What cannot be known offline or from
the text alone is left for the reviewer: the English translation (``quote_en`` stays empty,
and the validator refuses the row until it is filled) and the place.
"""

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd

from claimbook.data.schema import CLAIMS
from claimbook.extraction.attribution import INHERITED, OUTLET, Attributor
from claimbook.extraction.counted import CLAUSE, NOWHERE, SENTENCE, what_is_counted
from claimbook.extraction.dates import claim_date
from claimbook.extraction.figures import figures_in
from claimbook.extraction.hedges import hedges_in
from claimbook.extraction.people import BY_NOUN, counts_people
from claimbook.extraction.sentences import Sentence, quoted_spans, split_sentences
from claimbook.text.numbers import Figure
from claimbook.vocab import LANGUAGES

COLUMNS = [*CLAIMS.columns, "status", "confidence"]
# Sentences before a figure without noun that may name what it counts ("2500 von ihnen").
_LOOK_BACK = 2
STATUS = "candidate"

# How much each kind of evidence is trusted; a candidate's confidence is their product.
_PEOPLE_TRUST = {BY_NOUN: 1.0}
_PEOPLE_TRUST_DEFAULT = 0.6  # a figure without noun, taken as people from its context
_COUNTED_TRUST = {CLAUSE: 1.0, SENTENCE: 0.85, NOWHERE: 0.5}
_COUNTED_TRUST_DEFAULT = 0.7  # read from the sentence before
_CLAIMANT_TRUST = {INHERITED: 0.85, OUTLET: 0.7}
_CLAIMANT_TRUST_DEFAULT = 1.0


@dataclass(frozen=True)
class ArticleText:
    """What the extractor needs of an article."""

    id: str
    body: str
    published: dt.date
    language: str
    outlet: str


def article_text(meta: dict, body: str) -> ArticleText:
    """The extractor's view of an article from its front matter; ValueError when the id, the
    outlet, the language or the publication date cannot be used."""
    missing = [field for field in ("id", "outlet") if not meta.get(field)]
    if missing:
        raise ValueError(f"{' and '.join(missing)} missing from the front matter")
    language = meta.get("language")
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
    try:
        published = pd.Timestamp(meta.get("published")).date()
    except (TypeError, ValueError) as error:
        raise ValueError(f"published {meta.get('published')!r} is not a date") from error
    return ArticleText(str(meta.get("id")), body, published, language, str(meta.get("outlet")))


def extract_article(article: ArticleText) -> list[dict]:
    """The candidate rows of one article, in the order of the text."""
    sentences = split_sentences(article.body, article.language)
    attributor = Attributor(
        article.body, sentences, quoted_spans(article.body), article.language, article.outlet
    )
    rows = []
    for sentence in sentences:
        figures = figures_in(sentence.text, article.language)
        previous = _text_before(sentences, sentence) if figures else ""
        for figure in figures:
            people = counts_people(sentence.text, figure, previous, article.language)
            if people is not None:
                rows.append(_row(article, sentence, figure, people, previous, attributor))
    return [row | {"claim_id": f"{article.id}-c{number:02d}"} for number, row in enumerate(rows, 1)]


def _text_before(sentences: list[Sentence], sentence: Sentence) -> str:
    """The sentences a figure without noun may refer back to."""
    return " ".join(s.text for s in sentences[max(sentence.index - _LOOK_BACK, 0) : sentence.index])


def _row(
    article: ArticleText,
    sentence: Sentence,
    figure: Figure,
    people: str,
    previous: str,
    attributor: Attributor,
) -> dict:
    counted = what_is_counted(sentence.text, figure, None if people == BY_NOUN else previous)
    attribution = attributor.attribute(sentence, figure.start)
    when = claim_date(attribution.date_text, article.published, article.language)
    confidence = (
        _PEOPLE_TRUST.get(people, _PEOPLE_TRUST_DEFAULT)
        * _COUNTED_TRUST.get(counted.scope, _COUNTED_TRUST_DEFAULT)
        * _CLAIMANT_TRUST.get(attribution.how, _CLAIMANT_TRUST_DEFAULT)
    )
    return {
        "article_id": article.id,
        "start": sentence.start,
        "end": sentence.end,
        "quote": sentence.text,
        "quote_en": "",
        "claimant": attribution.claimant,
        "claimant_side": attribution.side or "other",
        "via": attribution.via or "",
        "claim_date": when.date.isoformat(),
        "claim_date_precision": when.precision,
        "claim_date_basis": when.basis,
        "kind": "figure",
        "counted": counted.category,
        "figure_low": figure.low,
        "figure_high": figure.high,
        "figure_qualifier": figure.qualifier,
        "figure_text": figure.text,
        "place": "",
        "stance": "",
        "hedges": ";".join(hedges_in(sentence.text)),
        "claim_group": _group(counted.category, figure),
        "status": STATUS,
        "confidence": round(confidence, 2),
    }


def _group(counted: str, figure: Figure) -> str:
    """A suggested claim_group: rows with the same category and bounds likely repeat one
    claim ("in-training-3000-open")."""
    bounds = [str(bound) if bound is not None else "open" for bound in (figure.low, figure.high)]
    return re.sub(r"[^a-z0-9]+", "-", f"{counted}-{'-'.join(bounds)}".lower())


def candidates_frame(rows: list[dict]) -> pd.DataFrame:
    """The rows as a table in claims.csv column order, sorted by article and offset."""
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame[["figure_low", "figure_high"]] = frame[["figure_low", "figure_high"]].astype("Int64")
    return frame.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
