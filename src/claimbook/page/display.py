"""What a chapter's notebook cells call: open the chapter's selection of the data, glue its
findings for the prose, show its figures and tables. The only home of the notebook runtime
(myst_nb); everything these helpers show is computed under claimbook.chapters."""

import html
import io
import re
from dataclasses import dataclass
from urllib.parse import unquote

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display
from matplotlib.figure import Figure
from myst_nb import glue

from claimbook.chapters.prose import Mention, Sentence, count, number_of
from claimbook.data.cache import load
from claimbook.data.dataset import Dataset, select
from claimbook.page.links import article_href, claim_href, explorer_href

TABLE_ROWS = 100
"""The most rows a table shows on a page. A longer table (a corpus of thousands of articles)
shows its first rows and says how many it leaves out: pages of a hundred thousand rows help
no reader and take minutes to build."""


def open_chapter(
    data_dir: str,
    start: str | None = None,
    end: str | None = None,
    sides: list[str] | None = None,
    counted: list[str] | None = None,
) -> Dataset:
    """The chapter's selection of the validated data; glues its number of articles
    (`n_articles`) and that number with its noun (`articles_phrase`: '5 articles of the
    selection') for the captions."""
    data = select(load(data_dir), start, end, sides, counted)
    glue_all(
        {
            "n_articles": len(data.articles),
            "articles_phrase": f"{number_of(len(data.articles), 'article')} of the selection",
        }
    )
    return data


def glue_all(values: dict) -> None:
    """Glue every value under its key, shown nowhere else: numbers for {glue:text}; text also
    as Markdown and HTML, so that a whole sentence reads as the prose around it ({glue:md} in
    its chapter, {glue:any} from another page) rather than as a bold pasted value, its
    mentions (chapters.prose.Mention) linked to the claims they cite."""
    for key, value in values.items():
        glue(key, Prose(value) if isinstance(value, str) else value, display=False)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


@dataclass(frozen=True)
class Prose:
    """A glued text: the same words as plain text (a str's repr, as {glue:text} expects),
    escaped Markdown and escaped HTML; in the last two, every mention that cites claims is a
    link to them (mention_href)."""

    text: str

    def __repr__(self) -> str:
        return repr(str(self.text))

    def _repr_markdown_(self) -> str:
        return self._render(lambda words: _MARKDOWN_SPECIAL.sub(r"\\\1", words))

    def _repr_html_(self) -> str:
        return self._render(lambda words: html.escape(words, quote=False))

    def _render(self, escape) -> str:
        parts = self.text.parts if isinstance(self.text, Sentence) else (self.text,)
        return "".join(
            f'<a class="claimbook-count" href="{_escape(mention_href(part))}">'
            f"{escape(str(part))}</a>"
            if isinstance(part, Mention) and part.claims
            else escape(str(part))
            for part in parts
        )


def mention_href(mention: Mention) -> str:
    """Where a mention leads: the one claim it cites, highlighted on its source page; else the
    claim explorer listing its claims (or, for a set too long for an address, filtered by the
    mention's filters)."""
    if len(mention.claims) == 1:
        claim_id, article_id = mention.claims[0]
        return claim_href(article_id, claim_id)
    return explorer_href([claim_id for claim_id, _ in mention.claims], dict(mention.filters))


LINK_SUFFIX = "_link"


def glue_links(values: dict, counted: dict, claims: pd.DataFrame) -> None:
    """For every key of `counted` (key -> the ids of the claims the number counts; or a
    (ids, filters) pair), glue `<key>_link`: the value of `values[key]` as a link to those
    claims (a Mention): {glue:md}`<key>_link` in the chapter's own prose,
    {glue:any}`chapter.ipynb::<key>_link` on another page. The plain value stays glued under
    `key` (glue_all)."""
    articles_of = claims.set_index("claim_id")["article_id"]
    for key, ids in counted.items():
        ids, filters = ids if isinstance(ids, tuple) else (ids, None)
        value = values[key]
        text = count(value) if isinstance(value, int) else str(value)
        cited = [(claim_id, articles_of[claim_id]) for claim_id in ids]
        glue(key + LINK_SUFFIX, Prose(Mention(text, cited, filters)), display=False)


def show_figure(
    name: str,
    figure: Figure,
    reading: str | None = None,
    alt: str = "",
    narrow: Figure | None = None,
) -> None:
    """Glue a chart as `<name>_fig` for its {glue:figure} and close it; a reading of its marks
    (what one mark stands for) as `<name>_marks` for the caption. The chart reaches the page as
    inline SVG (text/html), so that the links of its marks to their claims stay live; `alt`
    (what the chart shows) is its accessible name. A `narrow` drawing of the same chart is
    shown instead on screens narrower than NARROW_SCREEN."""
    narrow_svg = None if narrow is None else figure_svg(narrow, f"{name}-narrow")
    glue(f"{name}_fig", Chart(figure_svg(figure, name), alt, narrow_svg), display=False)
    if reading is not None:
        glue(f"{name}_marks", Prose(reading), display=False)
    for drawn in (figure, narrow):
        if drawn is not None:
            plt.close(drawn)


CHART_MIN_WIDTH = 560
"""The narrowest a chart is drawn on a page (CSS pixels): on a narrower screen its box scrolls
sideways, so that its text stays readable rather than shrinking below 10 px."""

NARROW_SCREEN = 600
"""Screens up to this width (CSS pixels) get a chart's narrow drawing, where it has one."""

_SIZE = re.compile(r'<svg([^>]*?) width="[^"]*" height="[^"]*"')
_LINK = re.compile(r'<a xlink:href="([^"]*)"( target="_blank")?')


def figure_svg(figure: Figure, name: str) -> str:
    """The figure as SVG text that depends on the figure only: no date, ids salted with the
    chart's name (several charts share a page), no XML prolog, sized by its box; every link
    named after the claim or claims it leads to (with a plain href too, so that it has the
    role of a link) and opened in the same tab."""
    buffer = io.StringIO()
    with plt.rc_context({"svg.hashsalt": f"claimbook-{name}"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = _SIZE.sub(r"<svg\1", svg, count=1)
    return _LINK.sub(
        lambda match: (
            f'<a href="{match[1]}" xlink:href="{match[1]}" aria-label="{_link_name(match[1])}"'
        ),
        svg,
    )


def _link_name(href: str) -> str:
    """What a chart's link leads to, for its accessible name: 'claim <id>' for one claim's
    anchor, 'a list of N claims' for the explorer listing them, 'the claims' otherwise."""
    fragment = unquote(html.unescape(href).partition("#")[2])
    if fragment.startswith("claim-"):
        return html.escape(f"claim {fragment.removeprefix('claim-')}")
    if fragment.startswith("claims="):
        return f"a list of {number_of(len(fragment.split(',')), 'claim')}"
    return "the claims"


@dataclass(frozen=True)
class Chart:
    """A chart for a page: its SVG inline in a box that scrolls sideways on narrow screens,
    named by its alt text; the alt text alone for any other reader."""

    svg: str
    alt: str
    narrow: str | None = None

    def _repr_html_(self) -> str:
        label = html.escape(self.alt, quote=True)
        wide = self._box(self.svg, label, CHART_MIN_WIDTH, "claimbook-chart-wide")
        if self.narrow is None:
            return wide
        return (
            f"<style>.claimbook-chart-narrow{{display:none}}"
            f"@media (max-width:{NARROW_SCREEN}px){{.claimbook-chart-wide{{display:none}}"
            f".claimbook-chart-narrow{{display:block}}}}</style>"
            + wide
            + self._box(self.narrow, label, 0, "claimbook-chart-narrow")
        )

    @staticmethod
    def _box(svg: str, label: str, min_width: int, kind: str) -> str:
        svg = svg.replace(
            "<svg",
            f'<svg role="group" aria-label="{label}" '
            f'style="width:100%;min-width:{min_width}px;height:auto;display:block"',
            1,
        )
        return (
            f'<div class="claimbook-chart {kind}" role="region" aria-label="{label}" '
            f'tabindex="0" style="overflow-x:auto">{svg}</div>'
        )

    def __repr__(self) -> str:
        return self.alt


def show_table(frame: pd.DataFrame) -> None:
    """Show a table on the page, escaped and cut to TABLE_ROWS."""
    display(Table(frame))


CLAIM_COLUMN = "claim_id"
"""A column of claim ids: each shows as a link to the claim on its source page (the row's
`article_id` says which page). A cell may hold a list of ids, with a list of articles."""
ARTICLE_COLUMN = "article_id"
"""A column of article ids: each shows as a link to the article's source page."""
HEADERS = {CLAIM_COLUMN: "claim", ARTICLE_COLUMN: "article"}
LANGUAGES = {"quote": "de", "as written": "de", "markers": "de", "hedges": "de", "title": "de"}
"""Columns holding the articles' German words, marked lang="de" for readers and screen
readers; a column `quote_language` (not shown) gives each row's language instead."""
LANGUAGE_COLUMN = "quote_language"


@dataclass(frozen=True)
class Table:
    """A table for a page: HTML with every value escaped and no index, claim and article ids
    linked to their source pages (CLAIM_COLUMN, ARTICLE_COLUMN), German words marked, inside a
    box that scrolls on its own and, on a phone, shows each row as a card; the same rows as
    plain text for any other reader. Both forms depend on the data only."""

    frame: pd.DataFrame
    label: str | None = None
    """What the table shows, for screen readers (default: its first columns)."""

    def _repr_html_(self) -> str:
        shown = self._shown()
        if CLAIM_COLUMN in shown.columns and ARTICLE_COLUMN not in shown.columns:
            raise ValueError(f"a table with {CLAIM_COLUMN!r} needs {ARTICLE_COLUMN!r} to link it")
        columns = [c for c in shown.columns if c != LANGUAGE_COLUMN]
        headers = [_escape(HEADERS.get(str(c), str(c)) or "(unnamed)") for c in columns]
        head = "\n".join(f'<th scope="col">{header}</th>' for header in headers)
        rows = "\n".join(
            "<tr>"
            + "\n".join(
                f'<td data-label="{header}"{self._lang(row, column)}>{self._cell(row, column)}</td>'
                for column, header in zip(columns, headers, strict=True)
            )
            + "</tr>"
            for _, row in shown.iterrows()
        )
        label = _escape(self.label or "Table of " + ", ".join(headers[:3]))
        table = (
            f'<div class="claimbook-table-box" role="region" aria-label="{label}" tabindex="0">'
            f'<table class="claimbook-table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div>"
        )
        return table + (
            f'\n<p class="claimbook-table-note">{self._note()}</p>' if self._cut() else ""
        )

    def __repr__(self) -> str:
        shown = self._shown().drop(columns=[LANGUAGE_COLUMN], errors="ignore")
        text = shown.to_string(index=False, na_rep="")
        return text + (f"\n{self._note()}" if self._cut() else "")

    @staticmethod
    def _cell(row: pd.Series, column) -> str:
        value = row[column]
        if column == CLAIM_COLUMN:
            return ", ".join(
                f'<a href="{_escape(claim_href(article, claim))}">{_escape(claim)}</a>'
                for claim, article in zip(
                    _ids(value), _ids(row[ARTICLE_COLUMN], len(_ids(value))), strict=True
                )
            )
        if column == ARTICLE_COLUMN:
            return ", ".join(
                f'<a href="{_escape(article_href(article))}">{_escape(article)}</a>'
                for article in dict.fromkeys(_ids(value))
            )
        if isinstance(value, (list, tuple)):
            return _escape("; ".join(map(str, value)))
        return "" if _missing(value) else _escape(value)

    @staticmethod
    def _lang(row: pd.Series, column) -> str:
        if column not in LANGUAGES:
            return ""
        language = row.get(LANGUAGE_COLUMN, LANGUAGES[column])
        return f' lang="{_escape(language)}"'

    def _shown(self) -> pd.DataFrame:
        return self.frame.head(TABLE_ROWS)

    def _cut(self) -> bool:
        return len(self.frame) > TABLE_ROWS

    def _note(self) -> str:
        return (
            f"The first {count(TABLE_ROWS)} of {count(len(self.frame))} rows are shown; "
            "the data files hold them all."
        )


def _escape(value) -> str:
    return html.escape(str(value), quote=True)


def _missing(value) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _ids(value, repeat: int = 1) -> list[str]:
    """A cell of ids as a list: a list as it is, one id (repeated to pair with a list)."""
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value]
    return [] if _missing(value) else [str(value)] * repeat
