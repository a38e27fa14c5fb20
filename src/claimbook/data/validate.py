"""Validation of a whole data directory: each file against its schema, then the claims against
the article texts they quote and the claimants they name.

Errors keep the data from being used; warnings point at something a reader should look at
(a claimant not yet resolved to claimants.csv, a written figure the parser cannot read) while
the data stands as coded. Each cause is reported once: a broken article file is reported where
it is broken, not again for every claim that quotes it.
"""

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from claimbook import vocab
from claimbook.data.articles import article_paths, articles_frame, read_corpus
from claimbook.data.claimants import alias_index, claimant_problems, resolve
from claimbook.data.dataset import Dataset
from claimbook.data.files import read_table, typed
from claimbook.data.layout import CLAIMANTS_FILE, CLAIMS_FILE, PLACES_FILE
from claimbook.data.problems import WARNING, DataError, Problem, shorten
from claimbook.data.schema import ARTICLES, CLAIMANTS, CLAIMS, PLACES, markers_of
from claimbook.text.numbers import Figure, parse_figure

FIGURE_FIELDS = ("counted", "figure_low", "figure_high", "figure_qualifier", "figure_text")
WINDOW = 20
"""Characters of each text shown either side of the first difference between quote and body."""


@dataclass(frozen=True)
class Report:
    """What validation found: errors (the data cannot be used) and warnings (it can)."""

    errors: list[Problem]
    warnings: list[Problem]


@dataclass(frozen=True)
class _Row:
    """One claims row as read, with where it stands, for the cross-checks."""

    cells: dict
    file: str
    line: int

    def get(self, field: str) -> str | None:
        return self.cells.get(field)  # empty cells are None (see _records)

    def problem(self, field: str, found: str, expected: str, severity: str = "error") -> Problem:
        return Problem(self.file, self.line, field, found, expected, severity)


@dataclass(frozen=True)
class _Context:
    """What the rows are checked against."""

    bodies: dict[str, str]
    published: dict[str, str]
    languages: dict[str, str]
    broken: set[str]
    places: set[str]
    claimant_sides: dict[str, str] | None


def check_data_dir(data_dir: Path) -> list[Problem]:
    """Every error in the data directory, sorted by file and line; empty when it can be used
    (warnings are in inspect_data_dir)."""
    return inspect_data_dir(data_dir).errors


def inspect_data_dir(data_dir: Path) -> Report:
    """Every error and every warning in the data directory, each sorted by file and line."""
    _, report = _read(Path(data_dir))
    return report


def load_data(data_dir: Path) -> Dataset:
    """The data directory, validated and typed; DataError listing every error otherwise."""
    dataset, report = _read(Path(data_dir))
    if report.errors:
        raise DataError(report.errors)
    return dataset


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.field or "", p.found))


def _read(data_dir: Path) -> tuple[Dataset | None, Report]:
    if not data_dir.is_dir():
        missing = Problem(str(data_dir), None, None, "no such directory", "a data directory")
        return None, Report([missing], [])
    articles, problems = read_corpus(data_dir)
    shown = f"{data_dir.name}/"
    claims, lines, found = read_table(data_dir / CLAIMS_FILE, CLAIMS, shown + CLAIMS_FILE)
    problems += found
    if claims is not None and not found and claims.empty:
        problems.append(
            Problem(
                shown + CLAIMS_FILE,
                None,
                None,
                "a header and no claim rows",
                "at least one claim row (a report of no claims reports nothing)",
            )
        )
    places, _, places_found = read_table(data_dir / PLACES_FILE, PLACES, shown + PLACES_FILE)
    problems += places_found
    claimants, claimant_lines, claimants_found = read_table(
        data_dir / CLAIMANTS_FILE, CLAIMANTS, shown + CLAIMANTS_FILE
    )
    problems += claimants_found
    usable_claimants = claimants is not None and not claimants_found
    if usable_claimants:
        problems += claimant_problems(claimants, claimant_lines, shown + CLAIMANTS_FILE)
        problems += _outlet_problems(articles, claimants, data_dir)
    if claims is not None and places is not None and not places_found:
        context = _Context(
            bodies={article.meta["id"]: article.body for article in articles},
            published={
                article.meta["id"]: str(article.meta.get("published")) for article in articles
            },
            languages={
                article.meta["id"]: article.meta.get("language")
                for article in articles
                if article.meta.get("language") in vocab.LANGUAGES
            },
            broken={path.stem for path in article_paths(data_dir)}
            - {article.meta["id"] for article in articles},
            places=set(places["place"]),
            claimant_sides=dict(zip(claimants["claimant_id"], claimants["side"], strict=True))
            if usable_claimants
            else None,
        )
        problems += _claims_problems(claims, lines, context, shown + CLAIMS_FILE)
    errors = _sorted([p for p in problems if p.severity != WARNING])
    warnings = _sorted([p for p in problems if p.severity == WARNING])
    if errors:
        return None, Report(errors, warnings)
    return typed_dataset(articles_frame(articles), claims, places, claimants), Report([], warnings)


def _claims_problems(
    claims: pd.DataFrame, lines: list[int], context: _Context, shown: str
) -> list[Problem]:
    """The problems of every claims row against the articles, places and claimants. The rows
    are first screened column by column (_suspects); only a row that may have a problem is
    read as a whole and explained, which keeps a million sound rows to seconds."""
    suspects = claims[_suspects(claims, context)]
    problems = []
    for position, cells in zip(suspects.index, _records(suspects), strict=True):
        problems += _row_problems(_Row(cells, shown, lines[position]), context)
    return problems


def _records(table: pd.DataFrame) -> list[dict]:
    """The rows of a table of text cells as dicts, an empty cell as None: built column by
    column, which is many times faster than row by row."""
    columns = {name: _cells(table[name]) for name in table.columns}
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def _cells(column: pd.Series) -> list:
    return [None if isinstance(value, float) else value for value in column.tolist()]


def _suspects(claims: pd.DataFrame, context: _Context) -> pd.Series:
    """For each claims row, whether _row_problems may find something in it: False only where
    every check of _row_problems is known to pass (a cheap, column-wise screen that may let
    through rows with no problem, never the other way round)."""
    article = claims["article_id"]
    sound = article.isin(context.bodies.keys()) & _quotes_stand(claims, context.bodies)
    is_figure, kind = claims["kind"] == "figure", claims["kind"]
    figure_fields = claims[list(FIGURE_FIELDS)]
    read = _figures_read(claims[is_figure], context.languages)
    sound &= read.reindex(claims.index, fill_value=True)
    sound &= is_figure | figure_fields.isna().all(axis=1)
    sound &= (kind == "position") == claims["stance"].notna()
    sound &= _markers_stand(claims)
    if context.claimant_sides is not None:
        own_side = claims["claimant_id"].map(context.claimant_sides)
        side = claims["claimant_side"]
        sound &= own_side.notna() & (~side.isin(vocab.SIDES) | (side == own_side))
    sound &= claims["place"].isna() | claims["place"].isin(context.places)
    sound &= (claims["claim_date_precision"] != "publication") | (
        claims["claim_date"] == article.map(context.published)
    )
    return ~sound & ~article.isin(context.broken)


def _quotes_stand(claims: pd.DataFrame, bodies: dict[str, str]) -> pd.Series:
    """Whether body[start:end] is the quote, with readable offsets within the body."""
    starts = pd.to_numeric(claims["start"], errors="coerce")
    ends = pd.to_numeric(claims["end"], errors="coerce")
    return pd.Series(
        [
            isinstance(body, str)
            and start <= end <= len(body)
            and body[int(start) : int(end)] == quote
            for body, start, end, quote in zip(
                map(bodies.get, _cells(claims["article_id"])),
                starts,
                ends,
                _cells(claims["quote"]),
                strict=True,
            )
        ],
        index=claims.index,
    )


def _figures_read(figures: pd.DataFrame, languages: dict[str, str]) -> pd.Series:
    """Whether each figure row's words stand in its quote and read, in its article's language,
    as the bounds and qualifier it states."""
    language = [languages.get(article) or "de" for article in _cells(figures["article_id"])]
    rows = zip(
        *(_cells(figures[name]) for name in ("figure_text", "quote", "figure_low", "figure_high")),
        _cells(figures["figure_qualifier"]),
        _cells(figures["counted"]),
        language,
        strict=True,
    )
    return pd.Series(
        [
            None not in (text, quote, qualifier, counted)
            and text in quote
            and (figure := _parsed(text, lang)) is not None
            and (figure.low, figure.high, figure.qualifier)
            == (_as_int(low), _as_int(high), qualifier)
            for text, quote, low, high, qualifier, counted, lang in rows
        ],
        index=figures.index,
        dtype=bool,
    )


def _markers_stand(claims: pd.DataFrame) -> pd.Series:
    """Whether every known marker of the three marker columns stands in its row's quote."""
    sound = pd.Series(True, index=claims.index)
    for column, known in vocab.MARKER_COLUMNS.items():
        marked = claims[claims[column].notna()]
        stands = [
            all(
                marker not in known or _stands_in(form, quote or "")
                for marker, form in markers_of(cell)
            )
            for cell, quote in zip(_cells(marked[column]), _cells(marked["quote"]), strict=True)
        ]
        sound &= pd.Series(stands, index=marked.index, dtype=bool).reindex(
            claims.index, fill_value=True
        )
    return sound


@functools.lru_cache(maxsize=1 << 16)
def _parsed(text: str, language: str) -> Figure | None:
    """parse_figure, remembered: a large corpus writes the same few figures many times."""
    return parse_figure(text, language)


def _outlet_problems(articles: list, claimants: pd.DataFrame, data_dir: Path) -> list[Problem]:
    """A warning for each article whose outlet is not a media claimant: its own claims could not
    be told from those of other media."""
    index = alias_index(claimants)
    sides = dict(zip(claimants["claimant_id"], claimants["side"], strict=True))
    problems = []
    for article in articles:
        outlet = article.meta.get("outlet")
        found = resolve(outlet, index)
        if found is None or sides.get(found) != "media":
            problems.append(
                Problem(
                    str(Path(data_dir.name) / article.path.relative_to(data_dir)),
                    article.field_line("outlet"),
                    "outlet",
                    shorten(outlet)
                    + ("" if found is None else f", claimant {found!r} of side {sides[found]}"),
                    f"the name or an alias of a claimant of side media in {CLAIMANTS_FILE}, so "
                    "that the outlet's own claims can be told from other media",
                    WARNING,
                )
            )
    return problems


def typed_dataset(
    articles: pd.DataFrame,
    claims: pd.DataFrame,
    places: pd.DataFrame,
    claimants: pd.DataFrame | None = None,
) -> Dataset:
    """The Dataset of tables that passed their checks, with the schema's types applied: the
    articles (with their bodies and the claimant id of their outlet, `outlet_id`) indexed by
    id, the claims, the places and the claimants. Without a claimants table, each claimant
    named in the claims is its own row."""
    if claimants is None:
        claimants = _claimants_of(claims)
    claimants = typed(claimants, CLAIMANTS).reset_index(drop=True)
    index = alias_index(claimants)
    return Dataset(
        articles=ARTICLES.validate(articles.drop(columns=["body"]))
        .assign(
            body=articles["body"],
            outlet_id=articles["outlet"].map(lambda outlet: resolve(outlet, index)),
        )
        .set_index("id", drop=False)
        .rename_axis(None)
        .sort_index(),
        claims=typed(claims, CLAIMS),
        places=typed(places, PLACES),
        claimants=claimants,
    )


def _claimants_of(claims: pd.DataFrame) -> pd.DataFrame:
    """A claimants table made of the claims themselves: one row per claimant_id, named as the
    first row with that id names it."""
    named = claims.dropna(subset=["claimant_id"]).drop_duplicates("claimant_id")
    return pd.DataFrame(
        {
            "claimant_id": named["claimant_id"],
            "name": named["claimant"],
            "side": named["claimant_side"],
            "role": None,
            "aliases": None,
        }
    )


def _row_problems(row: _Row, context: _Context) -> list[Problem]:
    article_id = row.get("article_id")
    if article_id in context.broken:
        return []  # the article file's own problems say what is wrong with it
    if article_id not in context.bodies:
        return [
            row.problem(
                "article_id",
                shorten(article_id),
                f"the id of an article in articles/ (known: {_some(sorted(context.bodies))})",
            )
        ]
    problems = _quote_problems(row, context.bodies[article_id])
    problems += _kind_problems(row, context.languages.get(row.get("article_id")) or "de")
    problems += _marker_problems(row)
    problems += _claimant_problems(row, context.claimant_sides)
    place = row.get("place")
    if place is not None and place not in context.places:
        problems.append(row.problem("place", shorten(place), f"a place listed in {PLACES_FILE}"))
    if (
        row.get("claim_date_precision") == "publication"
        and row.get("claim_date") != context.published[article_id]
    ):
        problems.append(
            row.problem(
                "claim_date",
                shorten(row.get("claim_date")),
                f"the article's publication date {context.published[article_id]} when "
                "precision is 'publication'",
            )
        )
    return problems


def _claimant_problems(row: _Row, sides: dict[str, str] | None) -> list[Problem]:
    """The claimant_id names a claimant of claimants.csv, whose side is the row's side."""
    claimant_id = row.get("claimant_id")
    if sides is None:
        return []  # claimants.csv itself is reported
    if claimant_id is None:
        return [
            row.problem(
                "claimant_id",
                f"no claimant_id for {shorten(row.get('claimant'))}",
                f"the id of the claimant's row in {CLAIMANTS_FILE} (add a row if it has none)",
                WARNING,
            )
        ]
    if claimant_id not in sides:
        return [
            row.problem(
                "claimant_id",
                shorten(claimant_id),
                f"the claimant_id of a row of {CLAIMANTS_FILE}",
            )
        ]
    side = row.get("claimant_side")
    if side in vocab.SIDES and side != sides[claimant_id]:
        return [
            row.problem(
                "claimant_side",
                shorten(side),
                f"{sides[claimant_id]!r}, the side of {claimant_id!r} in {CLAIMANTS_FILE}",
            )
        ]
    return []


def _marker_problems(row: _Row) -> list[Problem]:
    """Every marker of the three marker columns stands in the quote, as its form."""
    quote = row.get("quote") or ""
    problems = []
    for column, known in vocab.MARKER_COLUMNS.items():
        for marker, form in markers_of(row.get(column)):
            if marker not in known:
                continue  # the schema reports unknown markers
            if not _stands_in(form, quote):
                problems.append(
                    row.problem(
                        column,
                        f"{shorten(form)}, which is not in the quote {shorten(quote)}",
                        "a marker that stands in the quote; write 'marker (form)' with the "
                        "form the quote uses, e.g. 'Konjunktiv I (seien)', 'sollen (soll)'",
                    )
                )
    return problems


def _stands_in(form: str, quote: str) -> bool:
    """Whether the words stand in the quote as whole words (case aside)."""
    return _whole_words(form).search(quote) is not None


@functools.lru_cache(maxsize=4096)
def _whole_words(form: str) -> re.Pattern:
    """The pattern of a marker's form as whole words; forms repeat, so each is compiled once."""
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)


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
    if start is None or end is None or start > end:
        return []  # the schema reports unreadable or reversed offsets
    if end > len(body):
        return [
            row.problem(
                "end",
                str(end),
                f"at most {len(body)}, the length of the body of {row.get('article_id')}",
            )
        ]
    found = body[start:end]
    if found == quote:
        return []
    elsewhere = body.find(quote) if quote else -1
    hint = f"; the quote stands at {elsewhere}..{elsewhere + len(quote)}" if elsewhere >= 0 else ""
    return [
        row.problem(
            "quote",
            f"body[{start}:{end}] differing from the quote {first_difference(found, quote)}",
            f"body[start:end] == quote{hint}",
        )
    ]


def first_difference(body_text: str, quote: str, window: int = WINDOW) -> str:
    """Where two texts first differ, with a short window of each around that position:
    "at character 12: body '…Soldaten sind in…', quote '…Soldaten seien in…'"."""
    position = next(
        (i for i, (a, b) in enumerate(zip(body_text, quote, strict=False)) if a != b),
        min(len(body_text), len(quote)),
    )

    def around(text: str) -> str:
        start = max(0, position - window)
        piece = text[start : position + window]
        return repr(("…" if start else "") + piece + ("…" if position + window < len(text) else ""))

    return f"at character {position}: body {around(body_text)}, quote {around(quote)}"


def _kind_problems(row: _Row, language: str) -> list[Problem]:
    kind = row.get("kind")
    problems = []
    if kind == "figure":
        problems += _figure_problems(row, language)
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


def _figure_problems(row: _Row, language: str) -> list[Problem]:
    """The figure's bounds against what the parser reads from its words, in the article's
    language."""
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
    figure = _parsed(text, language)
    if figure is None:
        return [
            row.problem(
                "figure_text",
                f"{shorten(text)}, a written form the figure parser cannot read",
                "a form it reads (e.g. '12.000', 'zehn', '1,4 Millionen', 'mindestens 3000', "
                "'Hunderte'); the bounds stand as coded",
                WARNING,
            )
        ]
    stated = (
        _as_int(row.get("figure_low")),
        _as_int(row.get("figure_high")),
        row.get("figure_qualifier"),
    )
    low, high = stated[0], stated[1]
    if low is not None and high is not None and low > high:
        return []  # the schema reports reversed bounds
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
