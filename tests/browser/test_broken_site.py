"""The checks catch what they claim to: a copy of the built site is broken on purpose, and the
check in charge reports the page and the problem."""

import os
import re
import shutil
from pathlib import Path

import pytest

from claimbook.build.sitecheck import (
    Finding,
    alt_text_problem,
    check_images,
    check_links,
    content_pages,
    page_images,
    relative,
)

PLANTED_SCRIPT = "<script>window.__pwned=1</script>"


@pytest.fixture
def site_copy(site_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the built site, free to break."""
    return Path(shutil.copytree(site_dir, tmp_path / "site"))


def first_page_with_images(site: Path) -> Path:
    """The first content page that shows an image file; the charts reach the pages as inline
    SVG, so where no page shows a file, one is planted in the first page."""
    pages = [page for page in content_pages(site) if page_images(page)]
    if pages:
        return pages[0]
    page = content_pages(site)[0]
    planted = site / "_images" / "planted.png"
    planted.parent.mkdir(exist_ok=True)
    planted.write_bytes(b"\x89PNG planted")
    src = Path(os.path.relpath(planted, page.parent)).as_posix()
    html = page.read_text(encoding="utf-8")
    page.write_text(
        html.replace("<main", f'<img src="{src}" alt="A chart of the claims"><main', 1),
        encoding="utf-8",
    )
    return page


def test_a_deleted_image_is_reported_with_its_page(site_copy: Path) -> None:
    page = first_page_with_images(site_copy)
    image = page_images(page)[0]
    image.unlink()
    src = Path(os.path.relpath(image, page.parent)).as_posix()
    findings = check_images(site_copy)
    assert Finding(relative(site_copy, page), f"image {src!r}: the file does not exist") in findings


@pytest.mark.parametrize("alt", [None, " ", "image", "Chart", "growth.png", "abc123.svg"])
def test_an_alt_text_that_says_nothing_is_reported(alt: str | None) -> None:
    assert alt_text_problem(alt, "../_images/abc123.svg")


def test_an_alt_text_that_describes_the_chart_passes() -> None:
    assert alt_text_problem("Claimed troop numbers rose from 1,500 to 12,000", "a.png") is None


def test_a_dead_anchor_is_reported_with_its_page(site_copy: Path) -> None:
    page = content_pages(site_copy)[0]
    html = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r'href="#[^"]+"', 'href="#nowhere"', html, count=1), encoding="utf-8")
    name = relative(site_copy, page)
    findings = check_links(site_copy)
    assert Finding(name, f"link '#nowhere': {name} has no element with id 'nowhere'") in findings


@pytest.mark.browser
def test_an_unescaped_script_is_caught_running(site_copy: Path, serve, visitor) -> None:
    broken, intact = (relative(site_copy, page) for page in content_pages(site_copy)[:2])
    html = (site_copy / broken).read_text(encoding="utf-8")
    (site_copy / broken).write_text(
        html.replace("</article>", f"{PLANTED_SCRIPT}</article>", 1), encoding="utf-8"
    )
    ran = visitor.pages_running_payloads(serve(site_copy), [broken, intact])
    assert ran == [f"{broken}: a planted script ran (dialogs: none)"]
