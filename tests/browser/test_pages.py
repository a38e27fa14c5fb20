"""Every page of the built site, opened once in Chromium: it loads, logs no error, requests
nothing it cannot get or anything outside the machine, shows its images with meaningful alt
text, has one title and one h1, and axe-core finds no accessibility violation."""

from dataclasses import dataclass
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from claimbook.build.sitecheck import alt_text_problem, html_pages, redirect_target, relative

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = ("critical", "serious", "moderate", "minor")
"""Every violation axe-core reports blocks: the site has none."""
#: Loads every image (lazy ones too) and reports its natural width: 0 when it failed to load.
IMAGE_STATES = """async () => Promise.all([...document.images].map(async (image) => {
    image.loading = "eager";
    try { await image.decode(); } catch (error) {}
    return {src: image.getAttribute("src"), alt: image.getAttribute("alt"),
            naturalWidth: image.naturalWidth};
}))"""


@dataclass
class PageReport:
    """What the browser saw on one page; each list holds one line per problem."""

    page: str
    status: int | None
    console_errors: list[str]
    failed_requests: list[str]
    outside_requests: list[str]
    image_problems: list[str]
    title: str
    visible_h1: int
    visible_code: int
    accessibility: list[str]


@pytest.fixture(scope="module")
def reports(site_dir: Path, site_url: str, visitor) -> list[PageReport]:
    """Every page except redirects, visited once at desktop width."""
    axe = Axe()
    pages = [page for page in html_pages(site_dir) if redirect_target(page) is None]
    return [_report(relative(site_dir, page), site_url, visitor, axe) for page in pages]


def _report(page: str, site_url: str, visitor, axe: Axe) -> PageReport:
    with visitor.visit(site_url + page, wait_until="networkidle") as visit:
        report = PageReport(
            page=page,
            status=visit.status,
            console_errors=list(visit.console_errors),
            failed_requests=list(visit.failed_requests),
            outside_requests=list(visit.outside_requests),
            image_problems=_image_problems(visit.page.evaluate(IMAGE_STATES)),
            title=visit.page.title(),
            # The theme repeats the h1 in a print-only header that is hidden on screen.
            visible_h1=visit.page.locator("h1:visible").count(),
            visible_code=visit.page.locator(".cell_input:visible").count(),
            accessibility=[],
        )
        # axe runs after the page's requests are copied: it fetches the stylesheets itself and
        # resolves their @import against the page, a 404 (/basic.css) that is not the site's.
        report.accessibility = _blocking_violations(axe.run(visit.page).response)
        return report


def _image_problems(images: list[dict]) -> list[str]:
    problems = [
        f"image {image['src']!r} did not load" for image in images if image["naturalWidth"] == 0
    ]
    alt_problems = (alt_text_problem(image["alt"], image["src"]) for image in images)
    return problems + [problem for problem in alt_problems if problem]


def _blocking_violations(response: dict) -> list[str]:
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"])
        for violation in response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def _problems(reports: list[PageReport], attribute: str) -> str:
    return "\n".join(
        f"{report.page}: {problem}" for report in reports for problem in getattr(report, attribute)
    )


def test_every_page_loads_with_status_200(reports) -> None:
    assert reports, "the site has no page"
    assert [(r.page, r.status) for r in reports if r.status != 200] == []


def test_no_page_logs_a_console_error(reports) -> None:
    problems = _problems(reports, "console_errors")
    assert not problems, "console errors:\n" + problems


def test_no_request_fails(reports) -> None:
    problems = _problems(reports, "failed_requests")
    assert not problems, "failed requests:\n" + problems


def test_no_request_leaves_the_machine(reports) -> None:
    problems = _problems(reports, "outside_requests")
    assert not problems, f"requests to other hosts, blocked (must work offline):\n{problems}"


def test_every_image_loads_and_has_meaningful_alt_text(reports) -> None:
    problems = _problems(reports, "image_problems")
    assert not problems, "images:\n" + problems


def test_every_page_has_a_title_and_exactly_one_h1(reports) -> None:
    problems = [
        f"{r.page}: {r.visible_h1} visible h1 elements" for r in reports if r.visible_h1 != 1
    ]
    problems += [f"{r.page}: empty title" for r in reports if not r.title.strip()]
    assert not problems, "\n".join(problems)


def test_no_page_shows_code_before_a_reader_asks(reports) -> None:
    shown = [f"{r.page}: {r.visible_code} code cell(s) in view" for r in reports if r.visible_code]
    assert not shown, "\n".join(shown)


def test_no_page_has_an_accessibility_violation(reports) -> None:
    problems = _problems(reports, "accessibility")
    assert not problems, "axe-core violations:\n" + problems


def test_site_root_opens_the_introduction(site_dir: Path, site_url: str, visitor) -> None:
    target = redirect_target(site_dir / "index.html")
    assert target, "index.html does not redirect to the introduction"
    with visitor.visit(site_url) as visit:
        visit.page.wait_for_url(site_url + target)
        assert visit.page.locator("h1:visible").count() == 1
