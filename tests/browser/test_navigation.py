"""Finding one's way: the sidebar reaches every chapter and the Sources part, the list of
articles reaches every article page, previous/next links walk the book from the first page to
the last and back, and the built-in search finds names to the chapters that mention them."""

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page, expect

from claimbook.build.sitecheck import content_pages, redirect_target, relative
from claimbook.page.links import EXPLORER, SOURCES_DIR, SOURCES_INDEX

pytestmark = pytest.mark.browser

SIDEBAR = "nav.bd-docs-nav"
NEXT_LINK = "a.right-next"
PREVIOUS_LINK = "a.left-prev"
#: Names the report must let a reader find (the region of the deployment, the US spokesman).
SEARCHED_WORDS = ("Kursk", "Kirby")


@pytest.fixture(scope="module")
def first_page(site_dir: Path, site_url: str) -> str:
    """URL of the page the site opens with."""
    return urljoin(site_url, redirect_target(site_dir / "index.html"))


def is_article_page(url: str) -> bool:
    """Whether the URL is an article's source page (listed by the Articles page, not by the
    sidebar: see build.sources)."""
    folder, _, name = urlsplit(url).path.rpartition("/")
    return folder.endswith(f"/{SOURCES_DIR}") and name not in {
        f"{SOURCES_INDEX}.html",
        f"{EXPLORER}.html",
    }


@pytest.fixture(scope="module")
def content_urls(site_dir: Path, site_url: str) -> set[str]:
    return {site_url + relative(site_dir, page) for page in content_pages(site_dir)}


@pytest.fixture(scope="module")
def chapter_urls(content_urls: set[str], first_page: str) -> set[str]:
    """URLs of the content pages after the opening page, but for the article pages."""
    return {url for url in content_urls if not is_article_page(url)} - {first_page}


def without_query(url: str) -> str:
    return urlsplit(url)._replace(query="", fragment="").geturl()


def open_sidebar(page: Page) -> None:
    """Unfold every part of the sidebar's contents (the source pages sit under Sources)."""
    page.evaluate(f"document.querySelectorAll('{SIDEBAR} details').forEach(d => d.open = true)")


def sidebar_entries(page: Page, first_page: str) -> list[tuple[str, str]]:
    """(link text, page URL) of the chapters in the sidebar's table of contents, in order;
    the opening page is left out (the theme lists it only on the other pages)."""
    open_sidebar(page)
    links = page.locator(f"{SIDEBAR} a.reference.internal")
    entries = [
        (link.inner_text().strip(), without_query(link.evaluate("a => a.href")))
        for link in links.all()
    ]
    return [(title, url) for title, url in entries if url != first_page]


def test_sidebar_reaches_every_chapter(first_page: str, chapter_urls: set[str], visitor) -> None:
    with visitor.visit(first_page) as visit:
        entries = sidebar_entries(visit.page, first_page)
        assert {url for _, url in entries} == chapter_urls, "sidebar entries vs chapter pages"
        for title, url in entries:
            open_sidebar(visit.page)
            sidebar = visit.page.locator(SIDEBAR)
            sidebar.get_by_role("link", name=title, exact=True).first.click()
            expect(visit.page).to_have_url(re.compile(re.escape(url) + r"(#.*)?$"))


def test_the_list_of_articles_reaches_every_article_page(
    content_urls: set[str], site_url: str, visitor
) -> None:
    article_pages = {url for url in content_urls if is_article_page(url)}
    assert article_pages, "no article page on the site"
    with visitor.visit(f"{site_url}book/{SOURCES_DIR}/{SOURCES_INDEX}.html") as visit:
        links = visit.page.locator("article tbody a")
        listed = {without_query(link.evaluate("a => a.href")) for link in links.all()}
        assert listed == article_pages, "articles listed vs article pages"
        first = links.first.evaluate("a => a.href")
        links.first.click()
        expect(visit.page).to_have_url(first)


def follow(page: Page, selector: str) -> list[str]:
    """The URLs reached by clicking the link matching selector until a page has none."""
    reached = []
    while page.locator(selector).count():
        page.locator(selector).first.click()
        page.wait_for_load_state()
        reached.append(without_query(page.url))
    return reached


def test_previous_and_next_links_walk_the_book_in_order(first_page: str, visitor) -> None:
    with visitor.visit(first_page) as visit:
        reading_order = [first_page] + [url for _, url in sidebar_entries(visit.page, first_page)]
        forward = follow(visit.page, NEXT_LINK)
        assert [first_page, *forward] == reading_order, "pages reached by 'next'"
        backward = follow(visit.page, PREVIOUS_LINK)
        assert backward == reading_order[-2::-1], "pages reached by 'previous'"


def pages_mentioning(site_dir: Path, word: str) -> set[str]:
    """Content pages whose article text contains the word: what the search must find."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    return {
        relative(site_dir, page)
        for page in content_pages(site_dir)
        if pattern.search(_article_text(page))
    }


def _article_text(page: Path) -> str:
    article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("article")
    return article.get_text(" ") if article else ""


@pytest.mark.parametrize("word", SEARCHED_WORDS)
def test_search_finds_the_chapters_mentioning(
    word: str, site_dir: Path, site_url: str, visitor
) -> None:
    expected = pages_mentioning(site_dir, word)
    assert expected, f"no page of the site mentions {word!r}"
    with visitor.visit(f"{site_url}search.html?q={word}") as visit:
        expect(visit.page.locator("#search-results h2")).to_have_text("Search Results")
        hrefs = visit.page.locator("#search-results ul.search li > a").evaluate_all(
            "links => links.map(a => a.href)"
        )
    found = {without_query(href).removeprefix(site_url) for href in hrefs}
    assert expected <= found, f"search for {word!r} misses {sorted(expected - found)}"
    mentioning = {
        relative(site_dir, page)
        for page in content_pages(site_dir)
        if word.lower() in _article_text(page).lower()
    }
    assert found <= mentioning, f"search for {word!r} lists pages without it: {found - mentioning}"
