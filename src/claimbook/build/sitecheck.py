"""Checks of a built static site that need no browser: links and anchors, images and their alt
text, and the weight of each page.

Every check takes the site directory (e.g. `_build/html`) and returns findings that name the
page and the problem, so that a failing test or a script can print them as they are.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

#: Pages Sphinx generates around the content: they carry no chapter text.
GENERATED_PAGES = frozenset({"search.html", "genindex.html", "py-modindex.html"})
#: Alt texts that name the kind of thing instead of saying what it shows.
GENERIC_ALT_TEXTS = frozenset(
    {"image", "img", "figure", "fig", "picture", "chart", "graph", "plot", "photo", "icon"}
)
IMAGE_FILE = re.compile(r"\.(png|jpe?g|gif|svg|webp|avif)$", re.IGNORECASE)
REFRESH_TARGET = re.compile(r"url\s*=\s*(\S+)", re.IGNORECASE)
#: Attributes through which a page refers to another file, by tag.
REFERENCES = {
    "a": "href",
    "link": "href",
    "img": "src",
    "script": "src",
    "source": "src",
    "iframe": "src",
}


@dataclass(frozen=True, order=True)
class Finding:
    """One problem on one page; `page` is the path relative to the site directory."""

    page: str
    problem: str

    def __str__(self) -> str:
        return f"{self.page}: {self.problem}"


@dataclass(frozen=True)
class PageWeight:
    """Bytes a page costs a reader: its HTML and the local files it references directly
    (fonts and images pulled in by stylesheets are not counted)."""

    page: str
    html: int
    images: int
    scripts: int
    styles: int

    @property
    def own(self) -> int:
        """What the page itself adds: the HTML and its images, not the theme it shares."""
        return self.html + self.images

    @property
    def total(self) -> int:
        return self.html + self.images + self.scripts + self.styles


def html_pages(site_dir: Path) -> list[Path]:
    """Every HTML page of the site, skipping folders such as `_static` whose HTML files are
    theme templates, not pages."""
    site_dir = Path(site_dir)
    return sorted(
        page
        for page in site_dir.rglob("*.html")
        if not any(part.startswith("_") for part in page.relative_to(site_dir).parts[:-1])
    )


def redirect_target(page: Path) -> str | None:
    """Where a `<meta http-equiv="refresh">` page sends the reader, or None."""
    refresh = _soup(page).find("meta", attrs={"http-equiv": re.compile("refresh", re.I)})
    if refresh is None:
        return None
    match = REFRESH_TARGET.search(refresh.get("content", ""))
    return match.group(1).strip("'\"") if match else None


def content_pages(site_dir: Path) -> list[Path]:
    """The pages a reader reads: the introduction and the chapters, without redirects and the
    search and index pages Sphinx generates."""
    return [
        page
        for page in html_pages(site_dir)
        if page.name not in GENERATED_PAGES and redirect_target(page) is None
    ]


def relative(site_dir: Path, page: Path) -> str:
    """The page's path as the findings name it: relative to the site, with forward slashes."""
    return page.relative_to(site_dir).as_posix()


def check_links(site_dir: Path) -> list[Finding]:
    """Every internal reference (link, image, script, stylesheet, redirect) that does not lead
    to an existing file, or to an existing element for a `#fragment`; and every `javascript:`
    link, which no page of a report needs."""
    site_dir = Path(site_dir).resolve()
    findings = []
    for page in html_pages(site_dir):
        for url in _references(page):
            problem = _link_problem(site_dir, page, url)
            if problem:
                findings.append(Finding(relative(site_dir, page), problem))
    return sorted(findings)


def external_links(site_dir: Path) -> dict[str, list[str]]:
    """Every reference that leaves the site (http, https, mailto...), with the pages it stands
    on; these are listed for review, never fetched."""
    site_dir = Path(site_dir).resolve()
    found: dict[str, list[str]] = {}
    for page in html_pages(site_dir):
        for url in sorted(set(_references(page))):
            if _is_external(url):
                found.setdefault(url, []).append(relative(site_dir, page))
    return dict(sorted(found.items()))


def check_images(site_dir: Path) -> list[Finding]:
    """Every `<img>` whose file is missing or whose alt text says nothing about the image."""
    site_dir = Path(site_dir).resolve()
    findings = []
    for page in html_pages(site_dir):
        for image in _soup(page).find_all("img"):
            src = image.get("src", "")
            problems = [alt_text_problem(image.get("alt"), src)]
            if not src.startswith("data:") and _target_file(page, src) is None:
                problems.append(f"image {src!r}: the file does not exist")
            findings += [Finding(relative(site_dir, page), p) for p in problems if p]
    return sorted(findings)


def alt_text_problem(alt: str | None, src: str) -> str | None:
    """Why an image's alt text fails a reader who cannot see the image, or None if it is fine."""
    text = (alt or "").strip()
    if not text:
        return f"image {src!r} has no alt text"
    name = Path(urlsplit(src).path).name
    if IMAGE_FILE.search(text) or text == name:
        return f"image {src!r} has a file name as alt text: {text!r}"
    if text.lower() in GENERIC_ALT_TEXTS:
        return f"image {src!r} has a generic alt text: {text!r}"
    return None


def page_weight(site_dir: Path, page: Path) -> PageWeight:
    """What one page weighs; each referenced file is counted once."""
    soup = _soup(page)
    images = {image.get("src") for image in soup.find_all("img")}
    scripts = {script.get("src") for script in soup.find_all("script")}
    styles = {link.get("href") for link in soup.find_all("link", rel="stylesheet")}
    return PageWeight(
        page=relative(site_dir, page),
        html=page.stat().st_size,
        images=_bytes_of(page, images),
        scripts=_bytes_of(page, scripts),
        styles=_bytes_of(page, styles),
    )


def page_weights(site_dir: Path) -> list[PageWeight]:
    """The weight of every page of the site, in page order."""
    site_dir = Path(site_dir).resolve()
    return [page_weight(site_dir, page) for page in html_pages(site_dir)]


def page_images(page: Path) -> list[Path]:
    """The local image files a page shows."""
    sources = (image.get("src", "") for image in _soup(page).find_all("img"))
    return sorted({f for f in (_target_file(page, src) for src in sources) if f is not None})


def _bytes_of(page: Path, urls: set[str | None]) -> int:
    files = {_target_file(page, url) for url in urls if url and not _is_external(url)}
    return sum(file.stat().st_size for file in files if file is not None)


def _soup(page: Path) -> BeautifulSoup:
    """The parsed page, parsed again whenever the file changed."""
    status = page.stat()
    return _parse(page, status.st_mtime_ns, status.st_size)


@cache
def _parse(page: Path, _mtime_ns: int, _size: int) -> BeautifulSoup:
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def _references(page: Path) -> Iterator[str]:
    soup = _soup(page)
    for tag, attribute in REFERENCES.items():
        for element in soup.find_all(tag):
            if element.get(attribute) is not None:
                yield element[attribute].strip()
    target = redirect_target(page)
    if target:
        yield target


def _is_external(url: str) -> bool:
    scheme = urlsplit(url).scheme.lower()
    return bool(scheme) and scheme not in ("javascript", "data")


def _link_problem(site_dir: Path, page: Path, url: str) -> str | None:
    scheme = urlsplit(url).scheme.lower()
    if scheme == "javascript":
        return f"link {url!r} runs a script"
    if scheme:
        return None
    target = _target_file(page, url)
    if target is None:
        return f"link {url!r} leads to no file of the site"
    if not target.is_relative_to(site_dir):
        return f"link {url!r} leads out of the site directory"
    fragment = unquote(urlsplit(url).fragment)
    # A fragment of name=value pairs is a state for the page's script (the claim explorer's
    # filters), not an element id.
    is_state = "=" in fragment
    if fragment and not is_state and target.suffix == ".html" and fragment not in _anchors(target):
        return f"link {url!r}: {relative(site_dir, target)} has no element with id {fragment!r}"
    return None


def _target_file(page: Path, url: str) -> Path | None:
    """The file a relative URL on the page leads to, or None if there is none."""
    path = unquote(urlsplit(url).path)
    if not path:
        return page
    target = (page.parent / path).resolve()
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def _anchors(page: Path) -> set[str]:
    soup = _soup(page)
    ids = {element["id"] for element in soup.find_all(id=True)}
    return ids | {element["name"] for element in soup.find_all("a", attrs={"name": True})}
