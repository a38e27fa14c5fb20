"""The built site's files, read without a browser: every internal link and anchor resolves,
every image file exists and has alt text, external links are listed for review, and pages stay
light enough for a reader on a slow phone connection."""

from pathlib import Path

from claimbook.build.sitecheck import (
    check_images,
    check_links,
    content_pages,
    external_links,
    page_images,
    page_weight,
)

#: A chart as a PNG compresses to well under this at the report's figure sizes; more means an
#: oversized or photographic image that belongs in SVG or at a lower resolution.
PNG_LIMIT = 250_000
#: A page's own HTML and images: 1 MB loads in about 5 s on a slow 3G connection (1.6 Mbit/s),
#: and leaves room for the text, its tables and four charts at the PNG limit.
PAGE_BUDGET = 1_000_000


def test_every_internal_link_and_anchor_resolves(site_dir: Path) -> None:
    findings = check_links(site_dir)
    assert not findings, "broken links:\n" + "\n".join(map(str, findings))


def test_every_image_file_exists_and_has_alt_text(site_dir: Path) -> None:
    findings = check_images(site_dir)
    assert not findings, "images:\n" + "\n".join(map(str, findings))


def test_external_links_are_listed(site_dir: Path, artifacts: Path) -> None:
    """External links are not fetched (the tests run offline); they are written out for a
    person to review."""
    listing = "".join(
        f"{url}\t{', '.join(pages)}\n" for url, pages in external_links(site_dir).items()
    )
    (artifacts / "external-links.txt").write_text(listing, encoding="utf-8")
    print(f"external links (also in {artifacts / 'external-links.txt'}):\n{listing or 'none'}")


def test_chapter_figures_are_compressed(site_dir: Path) -> None:
    figures = {image for page in content_pages(site_dir) for image in page_images(page)}
    oversized = "\n".join(
        f"{figure.relative_to(site_dir)}: {figure.stat().st_size:,} bytes"
        for figure in sorted(figures)
        if figure.suffix.lower() != ".svg" and figure.stat().st_size > PNG_LIMIT
    )
    assert not oversized, f"figures over {PNG_LIMIT:,} bytes (SVG or fewer pixels):\n{oversized}"


def test_no_chapter_exceeds_the_page_budget(site_dir: Path) -> None:
    weights = [page_weight(site_dir, page) for page in content_pages(site_dir)]
    heavy = [
        f"{w.page}: HTML {w.html:,} + images {w.images:,} = {w.own:,} bytes"
        for w in weights
        if w.own > PAGE_BUDGET
    ]
    assert not heavy, f"pages over the budget of {PAGE_BUDGET:,} bytes:\n" + "\n".join(heavy)
