"""From an article to candidate claim rows: one per head-count figure and one per position.

Each candidate is a row of claims.csv (same columns, same order; ``claimant_id`` too while the
schema lacks it) plus ``review`` and ``confidence``: the quote is the sentence holding the
claim, with its offsets into the body, so a reviewed row passes ``claimbook validate``
unchanged. ``review`` lists what the reviewer must check (``REVIEW_NOTES``); ``confidence``
ranks figures read from their own noun, cue and named claimant above doubtful ones. What
cannot be known offline is left for the reviewer: the English translation (``quote_en`` stays
empty, and the validator refuses the row until it is filled).

An agency credit in a dateline ("Seoul (dpa) -", "KYIV, Nov 5 (Reuters) -") belongs to the
article's front matter (``agency``), not to ``via``, which holds only the relays a claim's own
text names: every row of such an article says so in its review notes.
"""

import datetime as dt
import re
from dataclasses import dataclass, field, replace

import pandas as pd

from claimbook.data.schema import CLAIMS
from claimbook.extraction.attribution import (
    INHERITED,
    OUTLET,
    STATED,
    Attribution,
    Attributor,
    side_of,
)
from claimbook.extraction.claimants import Claimants, clean_name
from claimbook.extraction.counted import CLAUSE, NOWHERE, SENTENCE, what_is_counted
from claimbook.extraction.dates import claim_date
from claimbook.extraction.figures import figures_in
from claimbook.extraction.hedges import markers_in
from claimbook.extraction.people import BY_NOUN, counts_people
from claimbook.extraction.places import Gazetteer
from claimbook.extraction.positions import stance_of
from claimbook.extraction.sentences import Sentence, quoted_spans, split_sentences
from claimbook.text.numbers import Figure
from claimbook.vocab import LANGUAGES

# Columns a candidate has besides those of the schema; a reviewer removes them.
REVIEW_COLUMNS = [
    *(["claimant_id"] if "claimant_id" not in CLAIMS.columns else []),
    "review",
    "confidence",
]
COLUMNS = [*CLAIMS.columns, *REVIEW_COLUMNS]
# Sentences before a figure without noun that may name what it counts ("2500 von ihnen").
_LOOK_BACK = 2

# What a reviewer must check, as the review column says it.
NEW_CLAIMANT = "new claimant"
CLAIMANT_FROM_OUTLET = "claimant: no source named, the outlet stands in"
CLAIMANT_INHERITED = "claimant taken from an earlier sentence"
COUNTED_FROM_CONTEXT = "counted from context only"
PEOPLE_FROM_CONTEXT = "head count read from context (no noun of its own)"
VAGUE_BOUNDS = "bounds from a vague word"
NEW_PLACE = "new place"
AGENCY_CREDIT = "the dateline credits an agency: the article's agency, not via"
STANCE_CUE = "stance read from a cue word"
TRANSLATE = "translate the quote"
REVIEW_NOTES = (
    NEW_CLAIMANT, CLAIMANT_FROM_OUTLET, CLAIMANT_INHERITED, COUNTED_FROM_CONTEXT,
    PEOPLE_FROM_CONTEXT, VAGUE_BOUNDS, NEW_PLACE, AGENCY_CREDIT, STANCE_CUE, TRANSLATE,
)  # fmt: skip
_AND = re.compile(r"\s+(?:und|and|sowie)\s+")
_DATELINE = re.compile(
    r"^[A-ZÄÖÜ][\w.,/ ]{0,40}\((?P<agency>[A-Za-z][\w/ ]{0,20})\)\s*[-\u2013\u2014]"
)

# How much each kind of evidence is trusted; a candidate's confidence is their product.
_PEOPLE_TRUST = {BY_NOUN: 1.0}
_PEOPLE_TRUST_DEFAULT = 0.6  # a figure without noun, taken as people from its context
_COUNTED_TRUST = {CLAUSE: 1.0, SENTENCE: 0.85, NOWHERE: 0.5}
_COUNTED_TRUST_DEFAULT = 0.7  # read from the sentence before
_CLAIMANT_TRUST = {INHERITED: 0.85, OUTLET: 0.7}
_CLAIMANT_TRUST_DEFAULT = 1.0
_VAGUE_TRUST = 0.8
_NEW_CLAIMANT_TRUST = 0.9
_POSITION_TRUST = 0.7  # a stance is read from one cue word


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


@dataclass(frozen=True)
class Known:
    """What the project already knows: its claimants and its places."""

    claimants: Claimants = field(default_factory=lambda: Claimants([]))
    places: Gazetteer | None = None


def extract_article(article: ArticleText, known: Known | None = None) -> list[dict]:
    """The candidate rows of one article, in the order of the text."""
    known = known or Known()
    sentences = split_sentences(article.body, article.language)
    attributor = Attributor(
        article.body, sentences, quoted_spans(article.body), article.language, article.outlet
    )
    credit = _agency_credit(article.body)
    rows = []
    for sentence in sentences:
        figures = figures_in(sentence.text, article.language)
        previous = _text_before(sentences, sentence)
        for number, figure in enumerate(figures):
            people = counts_people(sentence.text, figure, previous, article.language)
            if people is not None:
                neighbours = (
                    figures[number - 1].end if number else 0,
                    figures[number + 1].start if number + 1 < len(figures) else len(sentence.text),
                )
                rows.append(
                    _figure_row(article, sentence, figure, people, previous, attributor, neighbours)
                )
        stance = stance_of(sentence, previous)
        if stance is not None:
            attribution = attributor.attribute_verb(sentence, (stance.start, stance.end))
            for each in _each_claimant(attribution):
                rows.append(_position_row(article, sentence, stance.stance, each))
    rows = [_resolved(row, known, credit, article.language) for row in rows]
    return [row | {"claim_id": f"{article.id}-{number:02d}"} for number, row in enumerate(rows, 1)]


def _each_claimant(attribution: Attribution) -> list[Attribution]:
    """One attribution per claimant of a coordinated subject whose parts each have a side
    ("Die USA und die Nato haben ... bestätigt", "Russia and North Korea acknowledged"): each
    takes its own position."""
    if attribution.how != STATED:
        return [attribution]
    parts = [part.strip() for part in _AND.split(attribution.claimant)]
    sides = [side_of(part) for part in parts]
    if len(parts) < 2 or not all(sides) or len(set(sides)) < len(sides):
        return [attribution]
    return [
        replace(attribution, claimant=part, side=side)
        for part, side in zip(parts, sides, strict=True)
    ]


def _agency_credit(body: str) -> str | None:
    """The agency a dateline credits, if the first paragraphs open with one."""
    for line in body.split("\n")[:4]:
        match = _DATELINE.match(line)
        if match:
            return match["agency"].strip()
    return None


def _text_before(sentences: list[Sentence], sentence: Sentence) -> str:
    """The sentences a figure without noun may refer back to."""
    return " ".join(s.text for s in sentences[max(sentence.index - _LOOK_BACK, 0) : sentence.index])


def _common(article: ArticleText, sentence: Sentence, attribution: Attribution) -> dict:
    when = claim_date(attribution.date_text, article.published, article.language)
    notes = [TRANSLATE]
    if attribution.how == OUTLET:
        notes.append(CLAIMANT_FROM_OUTLET)
    elif attribution.how == INHERITED:
        notes.append(CLAIMANT_INHERITED)
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
        "place": "",
        **markers_in(sentence.text),
        "_how": attribution.how,
        "_notes": notes,
    }


def _figure_row(
    article: ArticleText,
    sentence: Sentence,
    figure: Figure,
    people: str,
    previous: str,
    attributor: Attributor,
    neighbours: tuple[int, int] | None = None,
) -> dict:
    counted = what_is_counted(
        sentence.text,
        figure,
        previous,
        neighbours,
        own_noun=people == BY_NOUN,
        language=article.language,
    )
    attribution = attributor.attribute(sentence, figure.start)
    row = _common(article, sentence, attribution)
    confidence = (
        _PEOPLE_TRUST.get(people, _PEOPLE_TRUST_DEFAULT)
        * _COUNTED_TRUST.get(counted.scope, _COUNTED_TRUST_DEFAULT)
        * _CLAIMANT_TRUST.get(attribution.how, _CLAIMANT_TRUST_DEFAULT)
        * (_VAGUE_TRUST if figure.qualifier == "vague" else 1.0)
    )
    if people != BY_NOUN:
        row["_notes"].append(PEOPLE_FROM_CONTEXT)
    if counted.scope not in (CLAUSE, SENTENCE):
        row["_notes"].append(COUNTED_FROM_CONTEXT)
    if figure.qualifier == "vague":
        row["_notes"].append(VAGUE_BOUNDS)
    return row | {
        "kind": "figure",
        "counted": counted.category,
        "figure_low": figure.low,
        "figure_high": figure.high,
        "figure_qualifier": figure.qualifier,
        "figure_text": figure.text,
        "stance": "",
        "claim_group": _group(counted.category, figure),
        "confidence": confidence,
    }


def _position_row(
    article: ArticleText, sentence: Sentence, stance: str, attribution: Attribution
) -> dict:
    row = _common(article, sentence, attribution)
    row["_notes"].append(STANCE_CUE)
    confidence = _POSITION_TRUST * _CLAIMANT_TRUST.get(attribution.how, _CLAIMANT_TRUST_DEFAULT)
    return row | {
        "kind": "position",
        "counted": "",
        "figure_low": None,
        "figure_high": None,
        "figure_qualifier": "",
        "figure_text": "",
        "stance": stance,
        "claim_group": "",
        "confidence": confidence,
    }


def _resolved(row: dict, known: Known, credit: str | None, language: str) -> dict:
    """The row with its claimant resolved, its place, its group and its review notes written
    out (a dateline's agency credit among them)."""
    row = dict(row)
    notes = row.pop("_notes")
    how = row.pop("_how")
    entry = known.claimants.resolve(row["claimant"]) if how != OUTLET else None
    if entry is not None:
        row.update(claimant=entry.name, claimant_side=entry.side, claimant_id=entry.claimant_id)
    else:
        row["claimant_id"] = ""
        if how != OUTLET:
            row["claimant"] = clean_name(row["claimant"])
            notes.append(NEW_CLAIMANT)
            row["confidence"] *= _NEW_CLAIMANT_TRUST
    if credit:
        notes.append(AGENCY_CREDIT)
    if known.places is not None:
        place, new = known.places.place_in(row["quote"], language)
        row["place"] = place or ""
        if new:
            notes.append(NEW_PLACE)
    if row["kind"] == "position":
        row["claim_group"] = _slug(f"{row['claimant_side']}-{row['stance']}")
    row["review"] = "; ".join(note for note in REVIEW_NOTES if note in notes)
    row["confidence"] = round(row["confidence"], 2)
    return row


def _group(counted: str, figure: Figure) -> str:
    """A suggested claim_group: rows with the same category and bounds likely repeat one
    claim ("in-training-3000-open")."""
    bounds = [str(bound) if bound is not None else "open" for bound in (figure.low, figure.high)]
    return _slug(f"{counted}-{'-'.join(bounds)}")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def candidates_frame(rows: list[dict]) -> pd.DataFrame:
    """The rows as a table in claims.csv column order, sorted by article and offset."""
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame[["figure_low", "figure_high"]] = frame[["figure_low", "figure_high"]].astype("Int64")
    return frame.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
