"""The Sources part, generated from the data: every claim has its anchor and its JSON-LD on its
article's page, highlighted where its offsets say, in its context unless full texts are
published; text from the data shows as written; the scale rule holds."""

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from claimbook.build import markup, sources
from claimbook.build.sources import SourceSettings
from claimbook.data.validate import load_data
from claimbook.page.links import claim_anchor, explorer_href

FIXTURES = Path(__file__).parent / "fixtures"
DATA_DIRS = [Path(__file__).parents[1] / "data", FIXTURES / "minimal", FIXTURES / "hostile"]
RAW = re.compile(r"```\{raw\} html\n(.*?)\n```\n", re.DOTALL)


def raw_html(page: str) -> BeautifulSoup:
    """The HTML of a generated page's raw block, parsed."""
    (block,) = RAW.findall(page)
    return BeautifulSoup(block, "html.parser")


def heading(page: str) -> str:
    """The page title as a Markdown renderer shows it (backslash escapes resolved)."""
    first = page.removeprefix(sources.ORPHAN).split("\n", 1)[0].removeprefix("# ")
    return BeautifulSoup(MarkdownIt().renderInline(first), "html.parser").get_text()


@pytest.fixture(scope="module", params=DATA_DIRS, ids=lambda path: path.name)
def generated(request):
    dataset = load_data(request.param)
    return dataset, sources.pages(dataset, SourceSettings(), set())


def test_every_claim_has_its_anchor_highlighting_its_quote(generated) -> None:
    dataset, pages = generated
    for claim in dataset.claims.itertuples():
        page = raw_html(pages[f"sources/{claim.article_id}.md"])
        (mark,) = page.find_all(id=claim_anchor(claim.claim_id))
        assert mark.name == "mark"
        shown = "".join(
            m.get_text() for m in page.find_all("mark", attrs={"data-claim": claim.claim_id})
        )
        assert shown.replace("\n", "") == claim.quote.replace("\n", "")


def test_every_claim_has_its_json_ld(generated) -> None:
    dataset, pages = generated
    for claim in dataset.claims.itertuples():
        page = raw_html(pages[f"sources/{claim.article_id}.md"])
        records = [
            json.loads(script.string)
            for script in page.find_all("script", type="application/ld+json")
        ]
        (record,) = [r for r in records if r["identifier"] == claim.claim_id]
        assert record["@type"] == "Claim"
        assert record["@id"] == f"{claim.article_id}.html#{claim_anchor(claim.claim_id)}"
        assert record["text"] == claim.quote
        assert record["author"]["name"] == claim.claimant
        assert record["appearance"]["@type"] == "NewsArticle"
        assert "reviewRating" not in json.dumps(record)


def test_a_repeated_claim_names_its_first_appearance() -> None:
    dataset = load_data(DATA_DIRS[0])
    pages = sources.pages(dataset, SourceSettings(), set())
    groups = dataset.claims.groupby("claim_group")["claim_id"].transform("size")
    repeated = dataset.claims[groups > 1]
    if repeated.empty:
        pytest.skip("the data repeats no claim")
    records = {}
    for article_id in repeated["article_id"].unique():
        for script in raw_html(pages[f"sources/{article_id}.md"]).find_all("script"):
            record = json.loads(script.string)
            records[record["identifier"]] = record
    for _, group in repeated.groupby("claim_group"):
        firsts = [records[c].get("firstAppearance") for c in group["claim_id"]]
        assert firsts.count(None) == 1, "exactly one row of a group is its first appearance"
        assert len({json.dumps(f) for f in firsts if f}) == 1


def test_hostile_text_shows_as_written_and_is_no_markup() -> None:
    dataset = load_data(FIXTURES / "hostile")
    pages = sources.pages(dataset, SourceSettings(full_texts=True), set())
    for article in dataset.articles.itertuples():
        page = pages[f"sources/{article.id}.md"]
        html = raw_html(page)
        assert html.find("script", type=lambda kind: kind != "application/ld+json") is None
        assert html.find("img") is None and html.find("svg") is None
        assert not [a for a in html.find_all("a") if a["href"].startswith("javascript")]
        assert html.find(class_="claimbook-headline").get_text() == article.title
        assert article.outlet in html.get_text()
        assert heading(page).startswith(" ".join(article.outlet.split()))
        passage = "".join(p.get_text() for p in html.find_all(class_="claimbook-passage"))
        assert passage.replace("\n", "") == article.body.rstrip("\n").replace("\n", "")
    for claim in dataset.claims.itertuples():
        html = raw_html(pages[f"sources/{claim.article_id}.md"])
        (record,) = [
            json.loads(s.string)
            for s in html.find_all("script")
            if json.loads(s.string)["identifier"] == claim.claim_id
        ]
        assert (record["text"], record["author"]["name"]) == (claim.quote, claim.claimant)


def test_json_in_a_script_cannot_close_it() -> None:
    text = markup.json_script({"text": "</script><script>alert(1)</script>`"})
    assert "</" not in text and "`" not in text
    assert json.loads(text) == {"text": "</script><script>alert(1)</script>`"}


def test_markdown_escaping_leaves_literal_text() -> None:
    hostile = "{script}`x` [klick](javascript:1) <b>*bold*</b> $x$ \\ # :::"
    rendered = MarkdownIt().renderInline(markup.markdown(hostile))
    assert BeautifulSoup(rendered, "html.parser").get_text() == hostile


def test_context_by_default_full_text_when_set() -> None:
    dataset = load_data(FIXTURES / "minimal")
    article = dataset.articles.iloc[0]
    claims = dataset.claims[dataset.claims["article_id"] == article["id"]]
    windows = sources.context_windows(article["body"], article["language"], claims)
    for claim in claims.itertuples():
        assert any(start <= claim.start and claim.end <= end for start, end in windows)
    full = sources.pages(dataset, SourceSettings(full_texts=True), set())
    shown = raw_html(full[f"sources/{article['id']}.md"]).find(class_="claimbook-passage")
    assert shown.get_text().replace("\n", "") == article["body"].rstrip("\n").replace("\n", "")


def test_context_leaves_out_what_is_far_from_every_claim() -> None:
    body = "Eins ist hier. Zwei ist da. Drei ist dort. Vier ist fern. Fünf ist weit. Sechs."
    start = body.index("Fünf")
    claims = pd.DataFrame({"start": [start], "end": [start + len("Fünf ist weit.")]})
    (window,) = sources.context_windows(body, "de", claims)
    shown = body[window[0] : window[1]]
    assert "Vier ist fern." in shown and "Sechs." in shown and "Drei" not in shown


def test_overlapping_claims_nest_or_split_and_keep_one_anchor_each() -> None:
    body = "abcdefghij"
    claims = pd.DataFrame(
        {
            "start": [0, 0, 2, 5],
            "end": [10, 4, 7, 9],
            "claim_id": ["all", "head", "cross", "tail"],
            "kind": ["figure", "position", "other", "location"],
        }
    )
    html = BeautifulSoup(sources.highlighted(body, 0, 10, claims), "html.parser")
    assert html.get_text() == body
    for claim in claims.itertuples():
        assert len(html.find_all(id=f"claim-{claim.claim_id}")) == 1
        marks = html.find_all("mark", attrs={"data-claim": claim.claim_id})
        text = "".join(
            m.get_text() for m in marks if not m.find_parent(attrs={"data-claim": claim.claim_id})
        )
        assert text == body[claim.start : claim.end]


def test_beyond_the_page_limit_only_the_articles_of_cited_claims_have_pages() -> None:
    dataset = load_data(DATA_DIRS[0])
    ids = sorted(dataset.articles["id"])
    everything = sources.articles_with_pages(dataset, SourceSettings(page_limit=len(ids)), set())
    assert everything == ids
    first, second = (
        dataset.claims[dataset.claims["article_id"] == article_id].iloc[0] for article_id in ids[:2]
    )
    chapter = (
        f'<a href="sources/{first.article_id}.html#claim-{first.claim_id}">1</a>'
        f'<a href="sources/claims.html#claims={second.claim_id}">2</a>'
    )
    cited = sources.cited_claims([chapter.encode()])
    assert cited == {first.claim_id, second.claim_id}
    settings = SourceSettings(page_limit=0)
    assert sources.articles_with_pages(dataset, settings, cited) == ids[:2]
    pages = sources.pages(dataset, settings, cited)
    assert {name for name in pages if name.count("-") > 1} == {f"sources/{i}.md" for i in ids[:2]}
    explorer = BeautifulSoup(pages["sources/claims.md"], "html.parser")
    assert {row["data-id"] for row in explorer.select("tbody tr")} == cited
    assert f"of {len(dataset.claims)}" in explorer.get_text()


def test_article_pages_stand_outside_the_table_of_contents(generated) -> None:
    """The sidebar would list every article on every page (see build.sources)."""
    part = sources.toc_part("book")
    assert [chapter["file"] for chapter in part["chapters"]] == [
        "book/sources/index",
        "book/sources/claims",
    ]
    dataset, pages = generated
    article_pages = [f"sources/{article_id}.md" for article_id in dataset.articles["id"]]
    assert all(pages[name].startswith(sources.ORPHAN) for name in article_pages)
    index = BeautifulSoup(pages["sources/index.md"], "html.parser")
    listed = {a["href"] for a in index.select("tbody a")}
    assert listed == {f"{article_id}.html" for article_id in dataset.articles["id"]}


@pytest.mark.parametrize(
    "config",
    [
        {"claimbook": {"full_texts": "yes"}},
        {"claimbook": {"page_limit": -1}},
        {"claimbook": {"pages": 3}},
    ],
)
def test_bad_settings_are_refused_with_one_message(config) -> None:
    with pytest.raises(ValueError, match=r"_config\.yml"):
        SourceSettings.from_config(config)


def test_the_published_settings_are_read() -> None:
    import yaml

    config = yaml.safe_load((Path(__file__).parents[1] / "_config.yml").read_text())
    assert SourceSettings.from_config(config) == SourceSettings(
        config["claimbook"]["full_texts"], config["claimbook"]["page_limit"]
    )


def test_the_explorer_lists_every_claim_with_its_filters(generated) -> None:
    dataset, pages = generated
    html = raw_html(pages["sources/claims.md"])
    rows = html.find("table", id="claimbook-explorer").tbody.find_all("tr")
    assert sorted(row["data-id"] for row in rows) == sorted(dataset.claims["claim_id"])
    filters = {select["data-filter"] for select in html.find_all("select")}
    assert {"side", "kind", "counted", "outlet", "marker"} <= filters


def test_explorer_links_list_ids_or_filters() -> None:
    assert explorer_href(["b", "a"]) == "sources/claims.html#claims=a,b"
    many = [f"c{i}" for i in range(1000)]
    assert explorer_href(many, {"kind": "figure"}) == "sources/claims.html#kind=figure"
    with pytest.raises(ValueError, match="unknown explorer filter"):
        explorer_href(many, {"colour": "red"})


def test_a_note_links_only_appearances_that_have_a_page_and_counts_the_rest() -> None:
    dataset = load_data(DATA_DIRS[0])
    sizes = dataset.claims.groupby("claim_group")["article_id"].nunique()
    group = dataset.claims[dataset.claims["claim_group"] == sizes.idxmax()]
    cited = group.iloc[0]
    pages = sources.pages(dataset, SourceSettings(page_limit=0), {cited.claim_id})
    (note,) = [
        li
        for li in raw_html(pages[f"sources/{cited.article_id}.md"]).select("li.claimbook-note")
        if li.select_one(".claimbook-note-head a").get_text() == cited.claim_id
    ]
    linked = {a["href"].partition(".html")[0] for a in note.select("dd a")}
    assert linked <= {cited.article_id}, "links to articles without a page"
    on_page = (group["article_id"] == cited.article_id).sum()
    assert f"{len(group) - on_page} more in the data files" in note.get_text()
