"""A synthetic corpus of any size in the real data formats, for measuring scale and speed.

The articles are about 600 words of German built from sentence templates: claim sentences
carrying figures, claimants, relays and hedging markers, padded with filler sentences whose
dates, ages and durations are numbers an extractor must not take for head counts. Each claim
quotes its sentence at its code-point offsets, so the corpus passes `claimbook validate`.
Everything random is drawn from one `numpy.random.default_rng(seed)`: the same seed writes
byte-identical files.
"""

import csv
import datetime
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

from claimbook import vocab
from claimbook.data.layout import ARTICLE_DIR, CLAIMANTS_FILE, CLAIMS_FILE, MAPS_DIR, PLACES_FILE
from claimbook.data.schema import CLAIMANTS as CLAIMANTS_SCHEMA
from claimbook.data.schema import CLAIMS
from claimbook.extraction.dates import NO_DATE_BASIS
from claimbook.synthetic.material import (
    AUTHORS,
    CLAIMANTS,
    COUNTED_PHRASES,
    FIGURE_TEMPLATES,
    FILLERS,
    HEADLINES,
    LOCATION_TEMPLATES,
    OTHER_TEMPLATES,
    OUTLETS,
    PLACE_PHRASES,
    POSITION_TEMPLATES,
    VIAS,
    figure_pool,
)

WORDS_PER_ARTICLE = 600
FIRST_PUBLISHED = datetime.date(2024, 10, 11)
LAST_PUBLISHED = datetime.date(2025, 12, 31)
MAX_DAYS_BEFORE = 10
"""Claims dated by the text were made up to this many days before publication, so that with
FIRST_PUBLISHED every claim date falls in 2024-10..2025-12."""
KIND_WEIGHTS = {"figure": 0.55, "position": 0.2, "location": 0.15, "other": 0.1}


@dataclass(frozen=True)
class Corpus:
    """What was written: the data directory and how many articles and claims it holds."""

    data_dir: Path
    articles: int
    claims: int


def slug(*parts: object) -> str:
    """A lowercase slug of the parts, as claim ids and groups need: 'south_korea', 3000 ->
    'south-korea-3000'."""
    text = "-".join("x" if part is None else str(part) for part in parts)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _capitalised(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


class ClaimDraws(NamedTuple):
    """The random choices of every claim, drawn at once so that generation stays fast."""

    kind: np.ndarray
    choice: np.ndarray  # one column of uniform integers per choice, taken modulo its range
    days_before: np.ndarray
    dated: np.ndarray


def draw_claims(rng: np.random.Generator, count: int) -> ClaimDraws:
    kinds = list(KIND_WEIGHTS)
    return ClaimDraws(
        kind=rng.choice(len(kinds), size=count, p=list(KIND_WEIGHTS.values())),
        choice=rng.integers(0, 2**31, size=(count, 5)),
        days_before=rng.integers(1, MAX_DAYS_BEFORE + 1, size=count),
        dated=rng.random(count) < 0.6,
    )


@dataclass(frozen=True)
class ArticleInfo:
    """An article's front-matter values that its claims depend on."""

    id: str
    outlet: str
    outlet_id: str
    agency: str | None
    published: datetime.date


def claim_sentence(
    draws: ClaimDraws, index: int, places: list[str], article: ArticleInfo
) -> tuple[str, dict]:
    """The German sentence of one claim and its row fields except ids, offsets and dates; the
    outlet's own voice is the article's outlet."""
    kind = list(KIND_WEIGHTS)[draws.kind[index]]
    pick = draws.choice[index]
    claimant = CLAIMANTS[pick[0] % len(CLAIMANTS)]
    fill_de = {"nom": claimant.nominative, "dat": claimant.dative}
    fill_en = {"who": claimant.english}
    fields = {
        "claimant": claimant.name if claimant.id else f"the outlet ({article.outlet})",
        "claimant_id": claimant.id or article.outlet_id,
        "claimant_side": claimant.side,
        "kind": kind,
    }
    if kind == "figure":
        template = FIGURE_TEMPLATES[pick[1] % len(FIGURE_TEMPLATES)]
        figure = figure_pool()[pick[2] % len(figure_pool())]
        counted = vocab.COUNTED[pick[3] % len(vocab.COUNTED)]
        fill_de |= {"fig": figure.german, "pred": COUNTED_PHRASES[counted][0]}
        fill_en |= {"fig": figure.english, "pred": COUNTED_PHRASES[counted][1]}
        fields |= {
            "counted": counted,
            "figure_low": figure.low,
            "figure_high": figure.high,
            "figure_qualifier": figure.qualifier,
            "figure_text": figure.german,
        }
        group = slug(claimant.side, counted, figure.low, figure.high)
    elif kind == "position":
        stance = vocab.STANCES[pick[1] % len(vocab.STANCES)]
        template = POSITION_TEMPLATES[stance]
        fields["stance"] = stance
        group = slug(claimant.side, stance, pick[0] % len(CLAIMANTS))
    elif kind == "location":
        template = LOCATION_TEMPLATES[pick[1] % len(LOCATION_TEMPLATES)]
        place = places[pick[2] % len(places)]
        german, english = PLACE_PHRASES.get(place, (f"in {place}", f"in {place}"))
        fill_de["place"], fill_en["place"] = german, english
        fields["place"] = place
        group = slug(claimant.side, "at", place)
    else:
        template = OTHER_TEMPLATES[pick[1] % len(OTHER_TEMPLATES)]
        group = slug(claimant.side, "other", pick[1] % len(OTHER_TEMPLATES))
    fields |= {
        "quote_en": _capitalised(template.english.format(**fill_en)),
        "via": VIAS[pick[4] % len(VIAS)],
        "distancing": template.distancing,
        "uncertainty": template.uncertainty,
        "condition": template.condition,
        "claim_group": group,
    }
    return _capitalised(template.german.format(**fill_de)), fields


def claim_dating(draws: ClaimDraws, index: int, published: datetime.date) -> dict:
    """When a claim was made: some days before publication, or the publication date standing
    in as the latest possible one."""
    if not draws.dated[index]:
        return {
            "claim_date": published.isoformat(),
            "claim_date_precision": "publication",
            "claim_date_basis": NO_DATE_BASIS,
        }
    days = int(draws.days_before[index])
    made = published - datetime.timedelta(days=days)
    return {
        "claim_date": made.isoformat(),
        "claim_date_precision": "day",
        "claim_date_basis": f"synthetic: {days} day(s) before publication",
    }


def article_body(
    rng: np.random.Generator, headline: str, claims: list[str]
) -> tuple[str, list[int]]:
    """The body: headline, then the claim sentences among filler sentences up to about
    WORDS_PER_ARTICLE words, in paragraphs; and where each claim sentence starts."""
    words = sum(len(sentence.split()) for sentence in claims)
    sentences = list(claims)
    for filler in rng.integers(0, len(FILLERS), size=WORDS_PER_ARTICLE // 8):
        if words >= WORDS_PER_ARTICLE:
            break
        sentences.append(FILLERS[filler])
        words += len(FILLERS[filler].split())
    order = rng.permutation(len(sentences))
    breaks = set(np.cumsum(rng.integers(3, 6, size=len(sentences))).tolist())
    parts, starts, position = [headline, "\n"], [0] * len(claims), len(headline) + 1
    for rank, sentence_index in enumerate(order.tolist()):
        if sentence_index < len(claims):
            starts[sentence_index] = position
        sentence = sentences[sentence_index]
        separator = "\n" if rank + 1 in breaks or rank + 1 == len(order) else " "
        parts += [sentence, separator]
        position += len(sentence) + 1
    return "".join(parts), starts


def front_matter(rng: np.random.Generator, article: ArticleInfo, headline: str) -> str:
    """The YAML front matter; strings are written as JSON, which YAML reads as they are."""
    authors = sorted(rng.choice(len(AUTHORS), size=rng.integers(0, 3), replace=False).tolist())
    fields = {
        "id": article.id,
        "title": json.dumps(headline, ensure_ascii=False),
        "outlet": json.dumps(article.outlet, ensure_ascii=False),
        "agency": json.dumps(article.agency),
        "authors": json.dumps([AUTHORS[i] for i in authors], ensure_ascii=False),
        "published": article.published.isoformat(),
        "published_precision": "day",
        "published_basis": '"synthetic: the generator drew this date"',
        "language": "de",
        "url": json.dumps(f"https://example.org/{article.id}"),
        "source_file": "null",
    }
    return "---\n" + "".join(f"{key}: {value}\n" for key, value in fields.items()) + "---\n"


def _claims_per_article(articles: int, claims: int) -> list[int]:
    """Claims spread evenly: every article gets claims // articles, the first ones one more."""
    share, rest = divmod(claims, articles)
    return [share + (index < rest) for index in range(articles)]


def _article_info(rng: np.random.Generator, index: int, width: int) -> ArticleInfo:
    span = (LAST_PUBLISHED - FIRST_PUBLISHED).days
    published = FIRST_PUBLISHED + datetime.timedelta(days=int(rng.integers(0, span + 1)))
    outlet, outlet_slug, agency = OUTLETS[rng.integers(0, len(OUTLETS))]
    return ArticleInfo(
        f"{published.isoformat()}-{outlet_slug}-{index:0{width}d}",
        outlet,
        outlet_slug,
        agency,
        published,
    )


def write_article(
    rng: np.random.Generator,
    article: ArticleInfo,
    draws: ClaimDraws,
    claim_indices: range,
    places: list[str],
    articles_dir: Path,
) -> list[dict]:
    """Write one article file; its claims rows, in the order they stand in the body."""
    sentences, rows = [], []
    for index in claim_indices:
        sentence, fields = claim_sentence(draws, index, places, article)
        sentences.append(sentence)
        rows.append(fields | claim_dating(draws, index, article.published))
    headline = HEADLINES[rng.integers(0, len(HEADLINES))].format(where=article.outlet)
    body, starts = article_body(rng, headline, sentences)
    text = front_matter(rng, article, headline) + body
    (articles_dir / f"{article.id}.md").write_text(text, encoding="utf-8", newline="\n")
    located = sorted(zip(starts, sentences, rows, strict=True), key=lambda item: item[0])
    width = max(2, len(str(len(rows))))
    return [
        row
        | {
            "claim_id": f"{article.id}-{number:0{width}d}",
            "article_id": article.id,
            "start": start,
            "end": start + len(sentence),
            "quote": sentence,
        }
        for number, (start, sentence, row) in enumerate(located, 1)
    ]


def _copy_reference(reference_dir: Path, data_dir: Path) -> list[str]:
    """Copy places.csv (and the map the places chapter draws) from the real data; the names of
    the places, which location claims choose from."""
    shutil.copyfile(reference_dir / PLACES_FILE, data_dir / PLACES_FILE)
    if (reference_dir / MAPS_DIR).is_dir():
        shutil.copytree(reference_dir / MAPS_DIR, data_dir / MAPS_DIR)
    with (data_dir / PLACES_FILE).open(encoding="utf-8", newline="") as places:
        return [row["place"] for row in csv.DictReader(places)]


def _claimant_rows() -> list[dict]:
    """claimants.csv: every claimant of the material and every outlet (side media)."""
    people = [
        {"claimant_id": c.id, "name": c.name, "side": c.side, "role": c.role, "aliases": c.aliases}
        for c in CLAIMANTS
        if c.id
    ]
    outlets = [
        {"claimant_id": slug_, "name": name, "side": "media", "role": None, "aliases": None}
        for name, slug_, _ in OUTLETS
    ]
    return sorted(people + outlets, key=lambda row: row["claimant_id"])


def _write_table(path: Path, rows: list[dict], columns: list[str] | None = None) -> None:
    columns = columns or list(CLAIMS.columns)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if row.get(c) is None else row[c] for c in columns] for row in rows])


def write_corpus(
    out_dir: Path, articles: int, claims: int, seed: int, reference_dir: Path = Path("data")
) -> Corpus:
    """Write a data directory of `articles` articles and `claims` claims into out_dir, which
    must not exist or be empty; places.csv and maps/ are copied from reference_dir, and
    claimants.csv lists the claimants of the material and the outlets."""
    out_dir = Path(out_dir)
    if articles < 1 or claims < 0:
        raise ValueError("a corpus needs at least one article and no negative claim count")
    if out_dir.exists() and any(out_dir.iterdir()):
        raise FileExistsError(f"{out_dir} is not empty; choose a new directory")
    articles_dir = out_dir / ARTICLE_DIR
    articles_dir.mkdir(parents=True)
    places = _copy_reference(Path(reference_dir), out_dir)
    rng = np.random.default_rng(seed)
    draws = draw_claims(rng, claims)
    width = max(3, len(str(articles - 1)))
    rows, first = [], 0
    for index, count in enumerate(_claims_per_article(articles, claims)):
        article = _article_info(rng, index, width)
        indices = range(first, first + count)
        rows += write_article(rng, article, draws, indices, places, articles_dir)
        first += count
    _write_table(out_dir / CLAIMS_FILE, rows)
    _write_table(out_dir / CLAIMANTS_FILE, _claimant_rows(), list(CLAIMANTS_SCHEMA.columns))
    return Corpus(out_dir, articles, claims)
