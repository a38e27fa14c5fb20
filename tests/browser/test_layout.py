"""The introduction and every chapter at desktop and phone widths: a full-page screenshot of each
goes to test-artifacts/screenshots/ for review, and on a phone nothing overflows sideways and
every chart is shown whole, without scrolling sideways: on a phone, its narrow drawing."""

from pathlib import Path

import pytest

from claimbook.build.sitecheck import content_pages, relative

pytestmark = pytest.mark.browser

#: Images wider than the screen, with their rendered width (the +1 absorbs subpixel rounding).
OVERSIZED_IMAGES = """() => [...document.images]
    .filter((image) => image.getBoundingClientRect().right > window.innerWidth + 1)
    .map((image) => `image ${image.getAttribute("src")} is ${Math.round(
        image.getBoundingClientRect().width)} px wide, right edge beyond the screen`)"""
PAGE_WIDTH = "() => document.scrollingElement.scrollWidth"
#: Charts shown wider than the screen, or scrolling sideways in their box.
OVERSIZED_CHARTS = """() => [...document.querySelectorAll('.claimbook-chart')]
    .filter((chart) => chart.offsetParent !== null)
    .filter((chart) => chart.getBoundingClientRect().right > window.innerWidth + 1
                       || chart.scrollWidth > chart.clientWidth + 1)
    .map((chart) => `chart "${chart.getAttribute('aria-label').slice(0, 60)}" is `
                    + `${chart.scrollWidth} px wide in a box of ${chart.clientWidth} px`)"""


@pytest.fixture(scope="module")
def screenshots(artifacts: Path) -> Path:
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    return folder


def screenshot_name(page: str, width: int) -> str:
    """book/growth.html at 390 px -> book-growth-390.png"""
    return f"{page.removesuffix('.html').replace('/', '-')}-{width}.png"


def layout_problems(page, width: int) -> list[str]:
    """What does not fit a screen `width` pixels wide."""
    problems = page.evaluate(OVERSIZED_IMAGES) + page.evaluate(OVERSIZED_CHARTS)
    scroll_width = page.evaluate(PAGE_WIDTH)
    if scroll_width > width + 1:
        problems.append(f"the page is {scroll_width} px wide and scrolls sideways")
    return problems


def test_every_chapter_fits_the_screen(
    screen_width: int, site_dir: Path, site_url: str, visitor, screenshots: Path
) -> None:
    width, problems = screen_width, []
    for page in map(lambda path: relative(site_dir, path), content_pages(site_dir)):
        with visitor.visit(site_url + page, width=width) as visit:
            visit.page.screenshot(path=screenshots / screenshot_name(page, width), full_page=True)
            problems += [f"{page} at {width} px: {p}" for p in layout_problems(visit.page, width)]
    assert not problems, "\n".join(problems)
