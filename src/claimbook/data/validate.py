"""Validation of a whole data directory: each file against its schema, then the claims against
the article texts they quote."""

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from claimbook.data.articles import articles_frame, read_corpus
from claimbook.data.dataset import Dataset
from claimbook.data.files import read_table, typed
from claimbook.data.layout import CLAIMS_FILE, PLACES_FILE
from claimbook.data.problems import DataError, Problem, shorten
from claimbook.data.schema import ARTICLES, CLAIMS, PLACES
from claimbook.text.numbers import parse_figure

FIGURE_FIELDS = ("counted", "figure_low", "figure_high", "figure_qualifier", "figure_text")


@dataclass(frozen=True)
class _Row:
    """One claims row as read, with where it stands, for the cross-checks."""

    cells: dict
    file: str
    line: int

    def get(self, field: str) -> str | None:
        value = self.cells.get(field)
        return None if pd.isna(value) else value

    def problem(self, field: str, found: str, expected: str) -> Problem:
        return Problem(self.file, self.line, field, found, expected)


def check_data_dir(data_dir: Path) -> list[Problem]:
    """Every problem in the data directory, sorted by file and line; empty when all is well."""
    return _read(Path(data_dir))[1]


def load_data(data_dir: Path) -> Dataset:
    """The data directory, validated and typed; DataError listing every problem otherwise."""
    dataset, problems = _read(Path(data_dir))
    if problems:
        raise DataError(problems)
    return dataset


def _read(data_dir: Path) -> tuple[Dataset | None, list[Problem]]:
    if not data_dir.is_dir():
        return None, [Problem(str(data_dir), None, None, "no such directory", "a data directory")]
    articles, problems = read_corpus(data_dir)
    shown = f"{data_dir.name}/"
    claims, lines, found = read_table(data_dir / CLAIMS_FILE, CLAIMS, shown + CLAIMS_FILE)
    problems += found
    places, _, found = read_table(data_dir / PLACES_FILE, PLACES, shown + PLACES_FILE)
    problems += found
    if claims is not None and places is not None and not found:
        bodies = {article.meta["id"]: article.body for article in articles}
        published = {article.meta["id"]: str(article.meta.get("published")) for article in articles}
        known_places = set(places["place"])
        for cells, line in zip(claims.to_dict("records"), lines, strict=True):
            row = _Row(cells, shown + CLAIMS_FILE, line)
            problems += _row_problems(row, bodies, published, known_places)
    if problems:
        return None, sorted(problems, key=lambda p: (p.file, p.line or 0, p.field or ""))
    return typed_dataset(articles_frame(articles), claims, places), []


def typed_dataset(articles: pd.DataFrame, claims: pd.DataFrame, places: pd.DataFrame) -> Dataset:
    """The Dataset of tables that passed their checks, with the schema's types applied: the
    articles (with their bodies) indexed by id, the claims and the places."""
    return Dataset(
        articles=ARTICLES.validate(articles.drop(columns=["body"]))
        .assign(body=articles["body"])
        .set_index("id", drop=False)
        .rename_axis(None)
        .sort_index(),
        claims=typed(claims, CLAIMS),
        places=typed(places, PLACES),
    )


def _row_problems(
    row: _Row, bodies: dict[str, str], published: dict[str, str], places: set[str]
) -> list[Problem]:
    article_id = row.get("article_id")
    if article_id not in bodies:
        return [
            row.problem(
                "article_id",
                shorten(article_id),
                f"the id of an article in articles/ (known: {_some(sorted(bodies))})",
            )
        ]
    problems = _quote_problems(row, bodies[article_id])
    problems += _kind_problems(row)
    place = row.get("place")
    if place is not None and place not in places:
        problems.append(row.problem("place", shorten(place), f"a place listed in {PLACES_FILE}"))
    if (
        row.get("claim_date_precision") == "publication"
        and row.get("claim_date") != published[article_id]
    ):
        problems.append(
            row.problem(
                "claim_date",
                shorten(row.get("claim_date")),
                f"the article's publication date {published[article_id]} when precision is "
                "'publication'",
            )
        )
    return problems


def _some(names: list[str], shown: int = 5) -> str:
    """The first few names and how many more, so that a message stays short in a big corpus."""
    more = f" and {len(names) - shown:,} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more if names else "none"


def _as_int(text: str | None) -> int | None:
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


def _quote_problems(row: _Row, body: str) -> list[Problem]:
    start, end, quote = _as_int(row.get("start")), _as_int(row.get("end")), row.get("quote") or ""
    if start is None or end is None:
        return []
    if end > len(body):
        return [
            row.problem(
                "end",
                str(end),
                f"at most {len(body)}, the length of the body of {row.get('article_id')}",
            )
        ]
    if body[start:end] == quote:
        return []
    elsewhere = body.find(quote) if quote else -1
    hint = f" (the quote stands at {elsewhere}..{elsewhere + len(quote)})" if elsewhere >= 0 else ""
    return [
        row.problem(
            "quote",
            f"body[{start}:{end}] = {shorten(body[start:end])}",
            f"the quote {shorten(quote)}{hint}",
        )
    ]


def _kind_problems(row: _Row) -> list[Problem]:
    kind = row.get("kind")
    problems = []
    if kind == "figure":
        problems += _figure_problems(row)
    else:
        problems += [
            row.problem(field, shorten(row.get(field)), "empty: only figures have it")
            for field in FIGURE_FIELDS
            if row.get(field) is not None
        ]
    if kind == "position" and row.get("stance") is None:
        problems.append(row.problem("stance", "an empty value", "the stance of the position"))
    if kind != "position" and row.get("stance") is not None:
        problems.append(
            row.problem("stance", shorten(row.get("stance")), "empty: only positions have a stance")
        )
    return problems


def _figure_problems(row: _Row) -> list[Problem]:
    missing = [
        field for field in ("counted", "figure_text", "figure_qualifier") if row.get(field) is None
    ]
    if missing:
        return [row.problem(field, "an empty value", "a value for a figure") for field in missing]
    text, quote = row.get("figure_text"), row.get("quote") or ""
    if text not in quote:
        return [
            row.problem(
                "figure_text", shorten(text), f"words that stand in the quote {shorten(quote)}"
            )
        ]
    figure = parse_figure(text)
    if figure is None:
        return [
            row.problem(
                "figure_text",
                shorten(text),
                "a head count in a German written form (e.g. '12.000', 'zehn', "
                "'1,4 Millionen', 'mindestens 3000', 'Hunderte')",
            )
        ]
    stated = (
        _as_int(row.get("figure_low")),
        _as_int(row.get("figure_high")),
        row.get("figure_qualifier"),
    )
    parsed = (figure.low, figure.high, figure.qualifier)
    if stated == parsed:
        return []
    return [
        row.problem(
            "figure_low/figure_high/figure_qualifier",
            _bounds(*stated),
            f"{_bounds(*parsed)}, as {shorten(text)} reads",
        )
    ]


def _bounds(low: int | None, high: int | None, qualifier: str | None) -> str:
    def show(value: int | None) -> str:
        return "open" if value is None else str(value)

    return f"{show(low)}..{show(high)} ({qualifier or 'no qualifier'})"
