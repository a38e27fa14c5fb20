"""The Sources part of the book, generated at build time from the data: one page per article,
with every claim highlighted in its place in the text under its permanent anchor, a note per
claim (translation, claimant, relay chain, date, what a figure counts and its bounds, markers,
the other appearances of the same claim) and its schema.org Claim record; the list of articles;
and the claim explorer, which sorts, searches and filters every claim.

Rights: the texts belong to their publishers. By default a page shows each claim in its context
(its sentence and the one before and after), not the whole article; the setting `full_texts`
publishes whole texts for a corpus whose rights allow it.

Scale: up to `page_limit` articles each has its page, and the explorer lists every claim.
Beyond it, only the articles of the claims a chapter cites (a table row, a prose number or a
chart mark, by its anchor or in a listed link) get one, and the explorer lists the cited
claims, so the site stays buildable for a corpus of any size and every claim the site shows
keeps its anchor. The article pages are reached from the list of articles and from every
link, not from the sidebar: a sidebar listing thousands of pages is rendered on every page,
which makes the build time grow with the square of their number.

Both settings are read from the `claimbook:` section of _config.yml.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote

import pandas as pd

from claimbook import vocab
from claimbook.build import markup
from claimbook.build.jsonld import claim_records
from claimbook.chapters.prose import count, day, marker_lists, side_label
from claimbook.data.dataset import Dataset
from claimbook.data.schema import markers_of
from claimbook.extraction.sentences import split_sentences
from claimbook.page.links import (
    EXPLORER,
    SOURCES_DIR,
    SOURCES_INDEX,
    article_href,
    claim_anchor,
    claim_href,
    explorer_href,
)

SETTINGS_KEY = "claimbook"
CONTEXT_SENTENCES = 1
"""Sentences shown before and after the sentence(s) of a claim."""
GAP = " [\u2026] "
ORPHAN = "---\norphan: true\n---\n"
"""The front matter of a page outside the table of contents (see the module's rule)."""
LANGUAGE_NAMES = {"de": "German", "en": "English"}
KIND_LABELS = {
    "figure": "figure (a head count)",
    "position": "position (a stance)",
    "location": "location",
    "other": "other",
}
_IN_LINK = r"[^\s\"'&<\\]+"
"""Characters of ids in a link, as a page or a notebook's JSON (which escapes quotes) holds it."""
_CITED_CLAIM = re.compile(
    rf"{SOURCES_DIR}/[^\s\"'#]+\.html#{re.escape(claim_anchor(''))}({_IN_LINK})"
)
_LISTED_CLAIMS = re.compile(rf"{SOURCES_DIR}/{EXPLORER}\.html#claims=({_IN_LINK})")


@dataclass(frozen=True)
class SourceSettings:
    """How the Sources part is published (the `claimbook:` section of _config.yml)."""

    full_texts: bool = False
    """Publish each article's whole text rather than each claim in its context."""
    page_limit: int = 1000
    """Beyond this many articles, only the articles the chapters link to get a page."""

    @classmethod
    def from_config(cls, config: dict | None) -> "SourceSettings":
        section = (config or {}).get(SETTINGS_KEY) or {}
        unknown = sorted(set(section) - {"full_texts", "page_limit"})
        if unknown:
            raise ValueError(
                f"_config.yml: unknown setting(s) {unknown} under {SETTINGS_KEY}:; "
                "expected full_texts, page_limit"
            )
        full_texts = section.get("full_texts", cls.full_texts)
        page_limit = section.get("page_limit", cls.page_limit)
        if not isinstance(full_texts, bool):
            raise ValueError(
                f"_config.yml: {SETTINGS_KEY}.full_texts is {full_texts!r}; expected true or false"
            )
        if not isinstance(page_limit, int) or isinstance(page_limit, bool) or page_limit < 0:
            raise ValueError(
                f"_config.yml: {SETTINGS_KEY}.page_limit is {page_limit!r}; "
                "expected a whole number >= 0"
            )
        return cls(full_texts, page_limit)


def cited_claims(pages: Iterable[bytes | str]) -> set[str]:
    """The claim ids the given pages (executed chapters, narrative pages) link to, by a
    claim's anchor or in a link listing claims in the explorer."""
    found = set()
    for page in pages:
        text = page.decode("utf-8", "replace") if isinstance(page, bytes) else page
        found |= {unquote(claim_id) for claim_id in _CITED_CLAIM.findall(text)}
        for listed in _LISTED_CLAIMS.findall(text):
            found |= {unquote(claim_id) for claim_id in listed.split(",")}
    return found


def beyond_limit(dataset: Dataset, settings: SourceSettings) -> bool:
    """Whether the corpus has more articles than get a page each."""
    return len(dataset.articles) > settings.page_limit


def shown_claims(dataset: Dataset, settings: SourceSettings, cited: set[str]) -> pd.DataFrame:
    """The claims the Sources part shows in its explorer: every claim, or beyond the page
    limit the cited ones."""
    claims = dataset.claims
    if beyond_limit(dataset, settings):
        claims = claims[claims["claim_id"].isin(cited)]
    return claims


def articles_with_pages(dataset: Dataset, settings: SourceSettings, cited: set[str]) -> list[str]:
    """The ids of the articles that get a source page, in id order (see the module's rule)."""
    if not beyond_limit(dataset, settings):
        return sorted(dataset.articles["id"])
    return sorted(set(shown_claims(dataset, settings, cited)["article_id"]))


def pages(dataset: Dataset, settings: SourceSettings, cited: set[str]) -> dict[str, str]:
    """Every page of the Sources part as MyST text, keyed by its path in the book folder
    (`sources/<article_id>.md`, `sources/index.md`, `sources/claims.md`)."""
    published = articles_with_pages(dataset, settings, cited)
    articles = dataset.articles.set_index("id", drop=False).rename_axis(None)
    claims = dataset.claims[dataset.claims["article_id"].isin(published)]
    claims = _as_objects(claims.sort_values(["article_id", "start", "claim_id"]))
    shown_ids = claims["claim_id"]
    records = dict(
        zip(shown_ids, claim_records(shown_ids, dataset.claims, dataset.articles), strict=True)
    )
    by_article = dict(tuple(claims.groupby("article_id", sort=False)))
    appearances = _appearances(claims, dataset.claims["claim_group"].value_counts())
    found = {
        f"{SOURCES_DIR}/{article_id}.md": article_page(
            articles.loc[article_id],
            by_article.get(article_id, claims.iloc[:0]),
            appearances,
            records,
            settings,
        )
        for article_id in published
    }
    found[f"{SOURCES_DIR}/{SOURCES_INDEX}.md"] = index_page(
        articles.loc[published], claims, dataset, settings
    )
    found[f"{SOURCES_DIR}/{EXPLORER}.md"] = explorer_page(
        shown_claims(dataset, settings, cited), articles, len(dataset.claims)
    )
    return found


def _as_objects(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims with text columns as Python strings: the pages take apart a small frame per
    article, which costs many times more with Arrow-backed columns."""
    text = [c for c in claims.columns if pd.api.types.is_string_dtype(claims[c])]
    return claims.astype(dict.fromkeys(text, object))


def toc_part(book_dir: str) -> dict:
    """The Sources part of the table of contents: the list of articles, then the claim
    explorer (the article pages are reached from the list; see the module's rule)."""
    folder = f"{book_dir}/{SOURCES_DIR}"
    return {
        "caption": "Sources",
        "chapters": [{"file": f"{folder}/{SOURCES_INDEX}"}, {"file": f"{folder}/{EXPLORER}"}],
    }


# --- one article -------------------------------------------------------------------------


def page_title(article: pd.Series) -> str:
    """A source page's title: the outlet and the publication date (the headline follows in
    the article's language)."""
    return f"{article['outlet']}, {day(article['published'])}"


APPEARANCES_LISTED = 12
"""The most other appearances of a claim group a claim's note links to; it counts the rest."""


@dataclass(frozen=True)
class Appearances:
    """A claim group's appearances: (claim id, article id) of those on a source page, by
    claim date and id, and how many the corpus holds."""

    on_pages: list[tuple[str, str]]
    in_corpus: int


def _appearances(on_pages: pd.DataFrame, group_sizes: pd.Series) -> dict[str, Appearances]:
    """The appearances of the claim groups of the claims on source pages (see Appearances);
    group_sizes: how many claims each group has in the corpus."""
    ordered = on_pages.sort_values(["claim_date", "claim_id"])
    return {
        group: Appearances(
            list(zip(rows["claim_id"], rows["article_id"], strict=True)), int(group_sizes[group])
        )
        for group, rows in ordered.groupby("claim_group", sort=False)
    }


def article_page(
    article: pd.Series,
    claims: pd.DataFrame,
    appearances: dict[str, Appearances],
    records: dict[str, dict],
    settings: SourceSettings,
) -> str:
    """The source page of one article: its claims (rows of claims), the appearances of every
    claim group and the Claim record of every claim."""
    language = article["language"]
    parts = [
        '<div class="claimbook-source">',
        f'<p class="claimbook-headline" lang="{markup.text(language)}">'
        f"{markup.text(article['title'])}</p>",
        _metadata(article, claims),
        _rights_note(settings.full_texts),
        _legend(),
    ]
    if settings.full_texts:
        windows = [(0, len(article["body"]))]
    else:
        windows = context_windows(article["body"], language, claims)
    parts.append('<section class="claimbook-text" aria-label="The claims in the text">')
    for start, end in windows:
        inside = claims[(claims["start"] >= start) & (claims["end"] <= end)]
        parts.append(_passage(article["body"], start, end, inside, language, settings))
        parts.append(_notes(inside, appearances))
    parts.append("</section>")
    parts += [_json_ld(records[claim_id]) for claim_id in claims["claim_id"]]
    parts.append("</div>")
    return f"{ORPHAN}# {markup.markdown(page_title(article))}\n\n" + markup.raw_block(
        "\n".join(parts)
    )


def context_windows(body: str, language: str, claims: pd.DataFrame) -> list[tuple[int, int]]:
    """The stretches of the body shown on a page that does not publish the full text: each
    claim's sentence(s) with CONTEXT_SENTENCES before and after, overlapping or adjacent
    stretches joined, in order."""
    sentences = split_sentences(body, language)
    if not sentences:
        return [(0, len(body))] if len(claims) else []
    windows = []
    for start, end in zip(claims["start"], claims["end"], strict=True):
        touched = [s.index for s in sentences if s.start < max(end, start + 1) and s.end > start]
        if not touched:  # a quote between sentences (whitespace only): its nearest sentence
            touched = [min(sentences, key=lambda s: abs(s.start - start)).index]
        first = max(0, touched[0] - CONTEXT_SENTENCES)
        last = min(len(sentences) - 1, touched[-1] + CONTEXT_SENTENCES)
        windows.append(
            (min(sentences[first].start, start), max(sentences[last].end, end), first, last)
        )
    windows.sort()
    joined: list[list[int]] = []
    for start, end, first, last in windows:
        if joined and first <= joined[-1][3] + 1:
            joined[-1][1] = max(joined[-1][1], end)
            joined[-1][3] = max(joined[-1][3], last)
        else:
            joined.append([start, end, first, last])
    return [(start, end) for start, end, _, _ in joined]


def _metadata(article: pd.Series, claims: pd.DataFrame) -> str:
    language = article["language"]
    authors = "; ".join(article["authors"]) or "not named in the text"
    url = article["url"]
    original = (
        f'<a href="{markup.text(url)}">{markup.text(url)}</a>'
        if isinstance(url, str)
        else "not known"
    )
    captured = article["source_file"]
    rows = [
        ("Outlet", markup.text(article["outlet"])),
        ("Authors", markup.text(authors)),
        (
            "Published",
            f"{markup.text(article['published'].strftime('%Y-%m-%d'))} "
            f"(precision: {markup.text(article['published_precision'])}); "
            f"{markup.with_german_quotes(article['published_basis'])}",
        ),
        ("Language", markup.text(LANGUAGE_NAMES.get(language, language))),
        ("Original", original),
        (
            "Captured from",
            markup.text(captured) if isinstance(captured, str) else "the text as published",
        ),
        ("Article id", f"<code>{markup.text(article['id'])}</code>"),
        (
            "Claims",
            f'<a href="{markup.text(explorer_href(claims["claim_id"], from_source=True))}">'
            f"{count(len(claims))} coded</a>",
        ),
    ]
    return (
        '<dl class="claimbook-meta">'
        + "\n".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
        + "</dl>"
    )


def _rights_note(full_texts: bool) -> str:
    if full_texts:
        words = "The whole text of the article is shown, as the rights of this corpus allow."
    else:
        words = (
            "The text belongs to its publisher: this page shows each claim in its context "
            "(its sentence and the one before and after), not the whole article; "
            "[\u2026] marks what is left out."
        )
    return f'<p class="claimbook-rights">{words}</p>'


def _legend() -> str:
    items = "\n".join(
        f'<li><mark class="claimbook-claim kind-{kind}">{markup.text(label)}</mark></li>'
        for kind, label in KIND_LABELS.items()
    )
    return (
        '<div class="claimbook-legend"><p>Claims are highlighted by kind; the underline '
        f'tells them apart without colour:</p><ul aria-label="Kinds of claim">{items}</ul></div>'
    )


def _passage(
    body: str,
    start: int,
    end: int,
    claims: pd.DataFrame,
    language: str,
    settings: SourceSettings,
) -> str:
    before = "" if settings.full_texts or start == 0 else GAP.lstrip()
    after = "" if settings.full_texts or end >= len(body.rstrip("\n")) else GAP.rstrip()
    return (
        f'<blockquote class="claimbook-passage" lang="{markup.text(language)}"><p>'
        + markup.text(before)
        + highlighted(body, start, end, claims)
        + markup.text(after)
        + "</p></blockquote>"
    )


def highlighted(body: str, start: int, end: int, claims: pd.DataFrame) -> str:
    """body[start:end] as escaped HTML with each claim inside a <mark>; the first mark of a
    claim carries its anchor. Claims sharing words nest; a claim that crosses another's end
    is closed and reopened there (the reopened part without the anchor)."""
    spans = sorted(
        zip(claims["start"], claims["end"], claims["claim_id"], claims["kind"], strict=True),
        key=lambda span: (span[0], -span[1], span[2]),
    )
    points = sorted({start, end, *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    opened: set[str] = set()
    stack: list[tuple] = []
    out: list[str] = []

    def open_mark(span: tuple) -> None:
        claim_id, kind = span[2], span[3]
        anchor = (
            f' id="{markup.text(claim_anchor(claim_id))}" tabindex="-1"'
            if claim_id not in opened
            else ""
        )
        opened.add(claim_id)
        out.append(
            f'<mark class="claimbook-claim kind-{markup.text(kind)}"{anchor} '
            f'data-claim="{markup.text(claim_id)}">'
        )
        stack.append(span)

    for here, following in zip(points, [*points[1:], None], strict=True):
        if any(span[1] <= here for span in stack):
            kept = []
            while any(span[1] <= here for span in stack):
                span = stack.pop()
                out.append("</mark>")
                if span[1] > here:
                    kept.append(span)
            for span in reversed(kept):
                open_mark(span)
        for span in spans:
            if span[0] == here and span[1] > here:
                open_mark(span)
            elif span[0] == here and span[2] not in opened:  # an empty quote: a bare anchor
                open_mark(span)
                stack.pop()
                out.append("</mark>")
        if following is not None:
            out.append(markup.text(body[here:following]).replace("\n", "<br>\n"))
    out += ["</mark>"] * len(stack)
    return "".join(out)


def _notes(claims: pd.DataFrame, appearances: dict) -> str:
    if claims.empty:
        return ""
    return (
        '<ol class="claimbook-notes" aria-label="Notes on these claims">'
        + "\n".join(_note(claim, appearances) for claim in claims.itertuples())
        + "</ol>"
    )


def _note(claim, appearances: dict) -> str:
    rows = [
        ("Translation", f"<q>{markup.text(claim.quote_en)}</q>"),
        ("Claimant", markup.text(f"{claim.claimant} ({side_label(claim.claimant_side)})")),
        (
            "Reached the article via",
            markup.text(claim.via) if isinstance(claim.via, str) else "reported directly",
        ),
        (
            "Claim date",
            f"{markup.text(claim.claim_date.strftime('%Y-%m-%d'))} "
            f"(precision: {markup.text(claim.claim_date_precision)}); "
            f"{markup.with_german_quotes(claim.claim_date_basis)}",
        ),
    ]
    if claim.kind == "figure":
        rows += [
            ("Counts", markup.text(vocab.COUNTED_LABELS.get(claim.counted, claim.counted))),
            ("Bounds", markup.text(_bounds(claim.figure_low, claim.figure_high))),
        ]
        if isinstance(claim.figure_text, str):
            rows.append(("As written", f'<span lang="de">{markup.text(claim.figure_text)}</span>'))
    if isinstance(claim.stance, str):
        rows.append(("Stance", markup.text(claim.stance)))
    if isinstance(claim.place, str):
        rows.append(("Place", markup.text(claim.place)))
    for column in vocab.MARKER_COLUMNS:
        markers = markers_of(getattr(claim, column))
        if markers or column == "distancing":
            rows.append((f"{column.capitalize()} markers", _marker_list(markers)))
    group = appearances[claim.claim_group]
    if group.in_corpus > 1:
        rows.append(("Same claim also in", _other_appearances(claim.claim_id, group)))
    anchor = markup.text(claim_anchor(claim.claim_id))
    return (
        f'<li class="claimbook-note kind-{markup.text(claim.kind)}">'
        f'<p class="claimbook-note-head"><a href="#{anchor}">{markup.text(claim.claim_id)}</a>'
        f" \u00b7 {markup.text(claim.kind)}</p><dl>"
        + "\n".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
        + "</dl></li>"
    )


def _other_appearances(claim_id: str, group: Appearances) -> str:
    """Links to the other appearances of a claim's group on source pages, up to
    APPEARANCES_LISTED, and how many more the data files hold."""
    others = [(c, a) for c, a in group.on_pages if c != claim_id][:APPEARANCES_LISTED]
    links = [
        f'<a href="{markup.text(claim_href(article_id, other, True))}">{markup.text(other)}</a>'
        for other, article_id in others
    ]
    unlisted = group.in_corpus - 1 - len(others)
    if unlisted:
        links.append(f"{count(unlisted)} more in the data files")
    return ", ".join(links)


def _marker_list(markers: list[tuple[str, str]]) -> str:
    """Markers as the note lists them, each with the form the quote uses when it differs."""
    shown = [marker if form in ("", marker) else f"{marker} ({form})" for marker, form in markers]
    return ", ".join(f'<span lang="de">{markup.text(m)}</span>' for m in shown) or "none"


def _bounds(low, high) -> str:
    shown_low = "open" if pd.isna(low) else count(low)
    shown_high = "open" if pd.isna(high) else count(high)
    return shown_low if shown_low == shown_high else f"{shown_low} to {shown_high}"


def _json_ld(record: dict) -> str:
    return f'<script type="application/ld+json">{markup.json_script(record)}</script>'


# --- the list of articles and the explorer -----------------------------------------------


def index_page(
    articles: pd.DataFrame, claims: pd.DataFrame, dataset: Dataset, settings: SourceSettings
) -> str:
    """The opening page of the Sources part: what it holds and the list of articles."""
    left_out = len(dataset.articles) - len(articles)
    scale = (
        f" The corpus holds more than {count(settings.page_limit)} articles, so only the "
        f"{count(len(articles))} articles of the claims the chapters cite have a page here; "
        f"the data files hold the other {count(left_out)}."
        if left_out
        else ""
    )
    rows = "\n".join(
        "<tr>"
        f'<td data-label="article"><a href="{markup.text(article_href(a.id, True))}">'
        f"{markup.text(a.id)}</a></td>\n"
        f'<td data-label="outlet">{markup.text(a.outlet)}</td>\n'
        f'<td data-label="published">{markup.text(a.published.strftime("%Y-%m-%d"))}</td>\n'
        f'<td data-label="headline" lang="{markup.text(a.language)}">{markup.text(a.title)}</td>\n'
        f'<td data-label="claims">{count((claims["article_id"] == a.id).sum())}</td>\n'
        "</tr>"
        for a in articles.sort_values(["published", "id"]).itertuples()
    )
    explorer = markup.text(f"{EXPLORER}.html")
    body = (
        "<p>Every article the report rests on, with its claims highlighted in the text. "
        f'The <a href="{explorer}">claim explorer</a> lists every claim, to sort, search and '
        f"filter.{scale}</p>"
        f"{_rights_note(settings.full_texts)}"
        '<div class="claimbook-table-box" role="region" aria-label="Articles" tabindex="0">'
        '<table class="claimbook-table"><thead><tr>'
        + "\n".join(
            f'<th scope="col">{name}</th>'
            for name in ("article", "outlet", "published", "headline", "claims")
        )
        + f"</tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return "# Articles\n\n" + markup.raw_block(body)


EXPLORER_COLUMNS = (
    ("claim", "id"),
    ("claim date", "date"),
    ("claimant", "claimant"),
    ("kind", "kind"),
    ("counts", "counted"),
    ("figure", "figure"),
    ("quote", "quote"),
    ("translation", "translation"),
    ("outlet", "outlet"),
    ("markers", "marker"),
)


def explorer_page(claims: pd.DataFrame, articles: pd.DataFrame, in_corpus: int) -> str:
    """The claim explorer: one row per claim with its link, and controls to search, sort and
    filter (by side, kind, what is counted, outlet, marker) that work offline; a link's
    fragment (`#claims=id,id` or `#kind=figure&side=usa`) sets them. `in_corpus`: how many
    claims the corpus holds, which the explorer names when it lists fewer."""
    outlets = claims["article_id"].map(articles["outlet"])
    language = claims["article_id"].map(articles["language"])
    markers = marker_lists(claims, "distancing").map(";".join)
    filters = {
        "side": [(s, side_label(s)) for s in vocab.SIDES if s in set(claims["claimant_side"])],
        "kind": [(k, k) for k in vocab.KINDS if k in set(claims["kind"])],
        "counted": [
            (c, vocab.COUNTED_LABELS[c]) for c in vocab.COUNTED if c in set(claims["counted"])
        ],
        "outlet": [(o, o) for o in sorted(set(outlets))],
        "marker": [(m, m) for m in vocab.DISTANCING if any(m in ms.split(";") for ms in markers)],
        "stance": [(s, s) for s in vocab.STANCES if s in set(claims["stance"])],
    }
    controls = "".join(
        f'<label>{name}<select data-filter="{name}"><option value="">any</option>'
        + "".join(
            f'<option value="{markup.text(value)}">{markup.text(label)}</option>'
            for value, label in options
        )
        + "</select></label>"
        for name, options in filters.items()
    )
    rows = []
    for claim, outlet, lang, marker in zip(
        claims.sort_values(["claim_date", "claim_id"]).itertuples(),
        outlets[claims.sort_values(["claim_date", "claim_id"]).index],
        language[claims.sort_values(["claim_date", "claim_id"]).index],
        markers[claims.sort_values(["claim_date", "claim_id"]).index],
        strict=True,
    ):
        figure = _bounds(claim.figure_low, claim.figure_high) if claim.kind == "figure" else ""
        attributes = {
            "id": claim.claim_id,
            "side": claim.claimant_side,
            "kind": claim.kind,
            "counted": claim.counted if isinstance(claim.counted, str) else "",
            "outlet": outlet,
            "marker": marker,
            "stance": claim.stance if isinstance(claim.stance, str) else "",
        }
        data = "".join(f' data-{k}="{markup.text(v)}"' for k, v in attributes.items())
        href = markup.text(claim_href(claim.article_id, claim.claim_id, True))
        cells = [
            f'<a href="{href}">{markup.text(claim.claim_id)}</a>',
            markup.text(claim.claim_date.strftime("%Y-%m-%d")),
            markup.text(f"{claim.claimant} ({side_label(claim.claimant_side)})"),
            markup.text(claim.kind),
            markup.text(vocab.COUNTED_LABELS.get(claim.counted, ""))
            if isinstance(claim.counted, str)
            else "",
            markup.text(figure),
            f'<span lang="{markup.text(lang)}">{markup.text(claim.quote)}</span>',
            markup.text(claim.quote_en),
            markup.text(outlet),
            f'<span lang="de">{markup.text(marker.replace(";", ", "))}</span>' if marker else "",
        ]
        rows.append(
            f"<tr{data}>"
            + "\n".join(
                f'<td data-label="{label}">{cell}</td>'
                for (label, _), cell in zip(EXPLORER_COLUMNS, cells, strict=True)
            )
            + "</tr>"
        )
    head = "\n".join(
        f'<th scope="col" data-sort="{key}">{label}</th>' for label, key in EXPLORER_COLUMNS
    )
    body = (
        "<p>Every claim of the sources, newest last. Search the quotes, translations and "
        "claimants, filter by side, kind, what a figure counts, outlet and distancing marker, "
        "and sort by any column; each claim links to its place in the text."
        f"{_cited_only(len(claims), in_corpus)}</p>"
        '<form class="claimbook-explorer-controls" role="search" aria-label="Filter the claims">'
        '<label>search<input type="search" data-filter="text"></label>'
        f'{controls}<button type="reset">show all</button></form>'
        '<p class="claimbook-explorer-status" role="status" aria-live="polite">'
        f"{count(len(claims))} claims</p>"
        '<div class="claimbook-table-box" role="region" aria-label="Claims" tabindex="0">'
        f'<table class="claimbook-table claimbook-explorer" id="claimbook-explorer">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
    return "# Claim explorer\n\n" + markup.raw_block(body)


def _cited_only(listed: int, in_corpus: int) -> str:
    """The explorer's note when it lists only the claims the chapters cite."""
    if listed == in_corpus:
        return ""
    return (
        f" The corpus is too large to list here: these are the {count(listed)} claims the "
        f"chapters cite, of {count(in_corpus)}; a filter shows those of them it matches, and "
        "the data files (claims.csv) hold them all."
    )
