"""Every number one click from the words it rests on, on the built site in Chromium at desktop
and phone widths: links from prose numbers, table rows and chart marks lead to the claim,
highlighted and in view on its article's source page (a prose number that counts several
claims reaches each in two clicks, through the claim explorer); every claim has its anchor and
its schema.org record; every figure and position a chapter shows is linked from it; tables fit
the text column, pages stay light, no page logs an error, and German words are marked."""

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from claimbook.build.sitecheck import content_pages, relative
from claimbook.build.sources import SourceSettings
from claimbook.data.validate import load_data
from claimbook.page.links import SOURCES_DIR, claim_anchor

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
PAGE_LIMIT = 1_500_000
"""The most bytes a page may load, everything included (HTML, scripts, styles, fonts,
images): about 8 s on a slow 3G connection."""
CLAIM_LINKS = {
    "table": "table.claimbook-table a[href*='#claim-']",
    "prose": "a.claimbook-count",
    "chart": "svg a",
}
#: The claim a page's address points at, and how it looks: in view, highlighted, its language.
TARGET_STATE = """(id) => {
    const mark = document.getElementById(id);
    if (!mark) return null;
    const box = mark.getBoundingClientRect();
    const style = getComputedStyle(mark);
    return {tag: mark.tagName.toLowerCase(), target: mark.matches(':target'),
            inView: box.bottom > 0 && box.top < window.innerHeight && box.width > 0,
            outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
            lang: (mark.closest('[lang]') || document.documentElement).getAttribute('lang')};
}"""
#: Tables wider than the text column (the article element), with their widths.
WIDE_TABLES = """() => {
    const column = document.querySelector('article');
    const right = column.getBoundingClientRect().right;
    return [...column.querySelectorAll('table')]
        .filter((table) => table.getBoundingClientRect().right > right + 1)
        .map((table) => `a table ${Math.round(table.getBoundingClientRect().width)} px wide in a `
                        + `column of ${Math.round(column.getBoundingClientRect().width)} px`);
}"""
#: Bytes the page loaded: the document and every resource it fetched.
LOADED_BYTES = """() => performance.getEntriesByType('navigation')
    .concat(performance.getEntriesByType('resource'))
    .reduce((sum, entry) => sum + (entry.decodedBodySize || entry.transferSize || 0), 0)"""
#: Text of the article that holds one of the given German passages outside an element marked
#: lang="de".
UNMARKED_GERMAN = """(probes) => {
    const article = document.querySelector('article') || document.body;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.replace(/\\s+/g, ' ');
        const probe = probes.find((p) => text.includes(p));
        if (!probe || node.parentElement.closest('script, style')) continue;
        const marked = node.parentElement.closest('[lang]');
        if (!marked || !marked.getAttribute('lang').startsWith('de')) found.push(probe);
    }
    return found;
}"""


@pytest.fixture(scope="module")
def data(site_dir: Path):
    """The data the site was built from: the project's data (a variant's own data is not
    known here, so the claim checks need the published site)."""
    return load_data(REPO / "data")


@pytest.fixture(scope="module")
def settings() -> SourceSettings:
    return SourceSettings.from_config(yaml.safe_load((REPO / "_config.yml").read_text()))


@pytest.fixture(scope="module")
def chapters(site_dir: Path) -> list[str]:
    """The report's own pages (introduction and chapters), not the Sources part."""
    return [
        relative(site_dir, page)
        for page in content_pages(site_dir)
        if f"/{SOURCES_DIR}/" not in f"/{relative(site_dir, page)}"
    ]


@pytest.fixture(scope="module")
def german_probes(data) -> list[str]:
    """The opening words of each German quote, long enough to be the quote's own."""
    languages = data.claims["article_id"].map(data.articles.set_index("id")["language"])
    quotes = data.claims.loc[languages == "de", "quote"]
    return sorted({" ".join(q.split())[:40] for q in quotes if len(" ".join(q.split())) >= 40})


def source_page(site_dir: Path, article_id: str) -> Path:
    return site_dir / "book" / SOURCES_DIR / f"{article_id}.html"


def test_every_claim_has_its_anchor_and_its_claim_record(site_dir: Path, data, settings) -> None:
    pages = sorted(data.articles["id"])
    if len(pages) > settings.page_limit:
        pages = [a for a in pages if source_page(site_dir, a).is_file()]
    missing = []
    for article_id in pages:
        page = BeautifulSoup(source_page(site_dir, article_id).read_text(), "html.parser")
        records = {
            json.loads(script.string)["identifier"]: json.loads(script.string)
            for script in page.find_all("script", type="application/ld+json")
        }
        for claim in data.claims[data.claims["article_id"] == article_id].itertuples():
            mark = page.find(id=claim_anchor(claim.claim_id))
            if mark is None or mark.name != "mark":
                missing.append(f"{claim.claim_id}: no highlighted anchor")
            record = records.get(claim.claim_id)
            if record is None or record["text"] != claim.quote or record["@type"] != "Claim":
                missing.append(f"{claim.claim_id}: no Claim record with its quote")
    assert not missing, "\n".join(missing)


def linked_claims(page: Path) -> set[str]:
    """The claim ids a page links to, directly or through the claim explorer's list."""
    found = set()
    for link in BeautifulSoup(page.read_text(), "html.parser").find_all("a", href=True):
        _, _, fragment = link["href"].partition("#")
        if fragment.startswith("claim-"):
            found.add(fragment.removeprefix("claim-"))
        elif fragment.startswith("claims="):
            found |= set(fragment.removeprefix("claims=").split(","))
    return found


@pytest.mark.parametrize(("chapter", "kind"), [("growth", "figure"), ("positions", "position")])
def test_every_figure_and_position_a_chapter_shows_is_linked_from_it(
    site_dir: Path, data, chapter: str, kind: str
) -> None:
    """Each claim of the kind is linked from its chapter, or one of its claim group is (the
    group's source note then links every appearance): at most two clicks."""
    page = site_dir / "book" / f"{chapter}.html"
    linked = linked_claims(page)
    groups = data.claims.set_index("claim_id")["claim_group"]
    reached = {groups[c] for c in linked if c in groups.index}
    shown = data.claims[data.claims["kind"] == kind]
    unlinked = sorted(shown.loc[~shown["claim_group"].isin(reached), "claim_id"])
    assert not unlinked, f"{chapter} shows {kind}s it does not link: {unlinked}"


def arrive(visit, href: str) -> list[str]:
    """What is wrong with the claim the page now shows, after following href."""
    anchor = href.partition("#")[2]
    visit.page.wait_for_load_state()
    state = visit.page.evaluate(TARGET_STATE, anchor)
    if state is None:
        return [f"{href}: no element #{anchor}"]
    problems = []
    if state["tag"] != "mark" or not state["target"]:
        problems.append(f"{href}: the claim is not the page's highlighted target")
    if not state["inView"]:
        problems.append(f"{href}: the claim is out of view")
    if not state["outlined"]:
        problems.append(f"{href}: the claim is not outlined")
    return problems


def test_prose_table_and_chart_links_lead_to_the_highlighted_claim(
    site_url: str, chapters: list[str], visitor, screen_width: int
) -> None:
    problems, followed = [], {kind: 0 for kind in CLAIM_LINKS}
    for chapter in chapters:
        with visitor.visit(site_url + chapter, width=screen_width) as visit:
            for kind, selector in CLAIM_LINKS.items():
                hrefs = visit.page.eval_on_selector_all(
                    selector,
                    "links => links.map(a => a.getAttribute('href') || "
                    "a.getAttribute('xlink:href'))",
                )
                targets = [h for h in dict.fromkeys(hrefs) if h and "#claim-" in h]
                # A reader's click on the first link of each kind; charts: every mark.
                chosen = targets if kind == "chart" else targets[:1]
                for href in chosen:
                    url = urljoin(site_url + chapter, href)
                    if kind == "chart":
                        visit.page.goto(url)
                    else:
                        visit.page.locator(f"{selector}[href='{href}']").first.click()
                        visit.page.wait_for_url(url)
                    problems += [f"{chapter} ({kind}): {p}" for p in arrive(visit, href)]
                    followed[kind] += 1
                    visit.page.goto(site_url + chapter)
            problems += [f"{chapter}: {e}" for e in visit.console_errors]
    assert followed["table"], "no chapter table links a claim"
    assert not problems, "\n".join(problems)


def test_a_number_counting_claims_lists_them_and_each_is_one_click_further(
    site_url: str, chapters: list[str], visitor, screen_width: int
) -> None:
    tried = 0
    for chapter in chapters:
        with visitor.visit(site_url + chapter, width=screen_width) as visit:
            links = visit.page.locator("a.claimbook-count[href*='#claims=']")
            if not links.count():
                continue
            href = links.first.get_attribute("href")
            listed = href.partition("#claims=")[2].split(",")
            links.first.click()
            visit.page.wait_for_url(urljoin(site_url + chapter, href))
            rows = visit.page.locator("#claimbook-explorer tbody tr:visible")
            shown = rows.evaluate_all("rows => rows.map(r => r.dataset.id)")
            assert sorted(shown) == sorted(listed), f"{chapter}: the explorer lists other claims"
            first = rows.first.locator("a").first
            target = first.get_attribute("href")
            first.click()
            assert not arrive(visit, target), arrive(visit, target)
            tried += 1
    assert tried, "no prose number links to the claims it counts"


PROSE_PAGES = ["intro", "growth", "positions", "places", "travel", "hedging"]
"""The pages whose prose glues counts of claims: the introduction and the chapters."""


def follow(visit, link, page_url: str) -> list[str]:
    """Click the link and say what is wrong with where it leads: the highlighted claim of its
    anchor, or the claim explorer listing exactly the claims of its `#claims=` address."""
    href = link.get_attribute("href") or link.get_attribute("xlink:href")
    link.click()
    visit.page.wait_for_url(urljoin(page_url, href))
    if "#claims=" not in href:
        return arrive(visit, href)
    listed = sorted(href.partition("#claims=")[2].split(","))
    rows = visit.page.locator("#claimbook-explorer tbody tr:visible")
    rows.first.wait_for()
    shown = sorted(rows.evaluate_all("rows => rows.map(r => r.dataset.id)"))
    return [] if shown == listed else [f"{href}: the explorer lists {len(shown)} other claims"]


@pytest.mark.parametrize("name", PROSE_PAGES)
def test_a_prose_number_of_every_page_leads_to_the_claims_it_counts(
    site_url: str, visitor, screen_width: int, name: str
) -> None:
    """The first linked number of the introduction and of each chapter, clicked as a reader
    would, shows its claim highlighted or the explorer listing its claims; so does a number
    that counts several claims, where the page has one."""
    page_url = f"{site_url}book/{name}.html"
    problems, tried = [], 0
    for selector in ("a.claimbook-count", "a.claimbook-count[href*='#claims=']"):
        with visitor.visit(page_url, width=screen_width) as visit:
            links = visit.page.locator(f"article {selector}")
            if selector == "a.claimbook-count":
                assert links.count(), f"{name}: no number of the prose links its claims"
            if links.count():
                problems += [f"{name}: {p}" for p in follow(visit, links.first, page_url)]
                tried += 1
    assert tried and not problems, "\n".join(problems)


def test_a_band_of_the_travel_chart_lists_the_claims_it_sums(
    site_url: str, visitor, screen_width: int
) -> None:
    """The chart shown at the width (wide, or narrow on a phone) fits the screen, and a click
    on one of its bands or bars shows the explorer listing the claims it sums."""
    page_url = f"{site_url}book/travel.html"
    with visitor.visit(page_url, width=screen_width) as visit:
        chart = visit.page.locator(".claimbook-chart:visible").filter(
            has=visit.page.locator("svg a[href*='#claims=']")
        )
        assert chart.count() == 1, "one drawing of the travel chart shows at a width"
        box = chart.first.bounding_box()
        assert box["width"] <= screen_width, "the travel chart is wider than the screen"
        overflow = chart.first.evaluate("box => box.scrollWidth - box.clientWidth")
        assert overflow <= 1, f"the travel chart scrolls {overflow} px sideways"
        links = chart.first.locator("svg a[href*='#claims=']")
        clickable = next(
            (links.nth(index) for index in range(links.count()) if _clickable(links.nth(index))),
            None,
        )
        assert clickable is not None, "no mark of the travel chart can be clicked"
        problems = follow(visit, clickable, page_url)
    assert not problems, "\n".join(problems)


def _clickable(link) -> bool:
    """Whether a click at the middle of the link reaches it (no other mark on top)."""
    try:
        link.scroll_into_view_if_needed(timeout=1000)
        link.click(trial=True, timeout=500)
    except PlaywrightError:
        return False
    return True


def test_the_explorer_filters_and_searches(site_url: str, data, visitor) -> None:
    with visitor.visit(f"{site_url}book/{SOURCES_DIR}/claims.html#kind=figure") as visit:
        rows = visit.page.locator("#claimbook-explorer tbody tr:visible")
        expect(rows).to_have_count(int((data.claims["kind"] == "figure").sum()))
        visit.page.locator("button[type=reset]").click()
        expect(rows).to_have_count(len(data.claims))
        word = data.claims["claimant"].iloc[0]
        visit.page.locator("input[data-filter=text]").fill(word)
        split = visit.page.eval_on_selector_all(
            "#claimbook-explorer tbody tr",
            """(rows, word) => rows.map(r => [!r.hidden,
                r.textContent.toLowerCase().includes(word.toLowerCase())])""",
            word,
        )
        assert any(shown for shown, _ in split), f"searching {word!r} shows nothing"
        assert all(shown == has for shown, has in split), "search shows rows without the words"


@pytest.fixture(scope="module")
def pages_at(site_dir: Path, site_url: str, visitor, german_probes):
    """pages_at(width): every page visited once at that width, with what went wrong: console
    errors, tables wider than the text column, too many bytes, German words not marked."""
    cache: dict[int, dict[str, list[str]]] = {}

    def report(width: int) -> dict[str, list[str]]:
        if width not in cache:
            cache[width] = {"console": [], "tables": [], "weight": [], "german": []}
            for path in content_pages(site_dir):
                page = relative(site_dir, path)
                with visitor.visit(site_url + page, width=width, wait_until="networkidle") as v:
                    found = cache[width]
                    found["console"] += [f"{page}: {e}" for e in v.console_errors]
                    found["tables"] += [f"{page}: {t}" for t in v.page.evaluate(WIDE_TABLES)]
                    loaded = v.page.evaluate(LOADED_BYTES)
                    if loaded > PAGE_LIMIT:
                        found["weight"].append(f"{page}: {loaded:,} bytes")
                    unmarked = v.page.evaluate(UNMARKED_GERMAN, german_probes)
                    found["german"] += [f"{page}: {text!r}" for text in sorted(set(unmarked))]
        return cache[width]

    return report


def test_no_table_is_wider_than_the_text_column(pages_at, screen_width: int) -> None:
    wide = pages_at(screen_width)["tables"]
    assert not wide, "\n".join(wide)


def test_no_page_loads_more_than_the_limit(pages_at, screen_width: int) -> None:
    heavy = pages_at(screen_width)["weight"]
    assert not heavy, f"pages over {PAGE_LIMIT:,} bytes:\n" + "\n".join(heavy)


def test_no_page_logs_an_error_at_either_width(pages_at, screen_width: int) -> None:
    errors = pages_at(screen_width)["console"]
    assert not errors, "\n".join(errors)


def test_german_words_are_marked_german(pages_at, screen_width: int) -> None:
    unmarked = pages_at(screen_width)["german"]
    assert not unmarked, 'German quotes outside lang="de":\n' + "\n".join(unmarked)
