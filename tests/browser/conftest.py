"""Fixtures of the browser tests: the built site, a local web server for it, and one headless
Chromium (Debian's, launched offline) shared by the whole session.

A visit opens a page in a fresh browser context that lets only requests to 127.0.0.1 through;
everything else is aborted and recorded, so the tests prove the site works offline.
"""

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Dialog,
    Page,
    Request,
    Response,
    Route,
    sync_playwright,
)

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_HOST = "127.0.0.1"
DESKTOP_WIDTH = 1280
PHONE_WIDTH = 390
VIEWPORT_HEIGHT = 900
#: The global a hostile payload sets when it runs (see tests/fixtures/hostile).
PAYLOAD_FLAG = "__pwned"
SITE_VARIABLE = "CLAIMBOOK_SITE"


@dataclass
class Visit:
    """One page opened in the browser, with everything that went wrong while it loaded."""

    page: Page
    status: int | None = None
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def payload_ran(self) -> bool:
        """Whether a script planted in the data ran: it set the flag or opened a dialog."""
        flag_set = self.page.evaluate(f"() => window.{PAYLOAD_FLAG} !== undefined")
        return flag_set or bool(self.dialogs)

    def record_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            source = message.location.get("url", "")
            self.console_errors.append(f"{message.text} [{source}]" if source else message.text)

    def record_response(self, response: Response) -> None:
        if response.status >= 400:
            self.failed_requests.append(f"{response.url}: HTTP {response.status}")

    def record_failure(self, request: Request) -> None:
        if _is_local(request.url):
            self.failed_requests.append(f"{request.url}: {request.failure}")


class Visitor:
    """Opens pages of a site in the shared browser, one fresh context per visit."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser

    @contextmanager
    def visit(
        self, url: str, width: int = DESKTOP_WIDTH, wait_until: str = "load"
    ) -> Iterator[Visit]:
        """Open url; wait_until="networkidle" also waits for late requests (half a second
        more per page), for checks that must see everything a page does."""
        context = self.browser.new_context(viewport={"width": width, "height": VIEWPORT_HEIGHT})
        try:
            page = context.new_page()
            visit = Visit(page)
            context.route("**/*", functools.partial(_let_only_local_through, visit))
            page.on("console", visit.record_console)
            page.on("response", visit.record_response)
            page.on("requestfailed", visit.record_failure)
            page.on("dialog", lambda dialog: _dismiss(visit, dialog))
            response = page.goto(url, wait_until=wait_until)
            visit.status = response.status if response else None
            yield visit
        finally:
            context.close()

    def pages_running_payloads(self, site_url: str, pages: list[str]) -> list[str]:
        """One line per page, of those given, on which a script planted in the data ran."""
        ran = []
        for page in pages:
            with self.visit(site_url + page) as visit:
                if visit.payload_ran():
                    ran.append(f"{page}: a planted script ran (dialogs: {visit.dialogs or 'none'})")
        return ran


def _let_only_local_through(visit: Visit, route: Route) -> None:
    if _is_local(route.request.url):
        route.continue_()
    else:
        visit.outside_requests.append(route.request.url)
        route.abort()


def _dismiss(visit: Visit, dialog: Dialog) -> None:
    visit.dialogs.append(f"{dialog.type}: {dialog.message}")
    dialog.dismiss()


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob") or parts.hostname == LOCAL_HOST


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        """Keep the test output free of one line per request."""


@contextmanager
def _serving(directory: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer((LOCAL_HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL_HOST}:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """serve(directory) starts a web server for the directory on a free port and returns its
    base URL; every server stops at the end of the session."""
    with ExitStack() as servers:
        yield lambda directory: servers.enter_context(_serving(directory))


@pytest.fixture(scope="session")
def claimbook() -> Callable[..., None]:
    """claimbook(*arguments) runs the project's command line from the repository root, as a
    reader would, and fails the test with its output if it fails."""
    command = Path(sys.executable).with_name("claimbook")

    def run(*arguments: str) -> None:
        done = subprocess.run(
            [str(command), *arguments], cwd=REPO, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            pytest.fail(f"claimbook {' '.join(arguments)} failed:\n{done.stdout}\n{done.stderr}")

    return run


@pytest.fixture(scope="session")
def site_dir(claimbook) -> Path:
    """The published site, `_build/html`, built with `claimbook build` if it is missing; or the
    site named by the environment variable CLAIMBOOK_SITE (e.g. a variant's _build/html)."""
    if os.environ.get(SITE_VARIABLE):
        return Path(os.environ[SITE_VARIABLE]).resolve()
    html = REPO / "_build" / "html"
    if not (html / "index.html").is_file():
        claimbook("build")
    return html


@pytest.fixture(scope="session")
def site_url(serve, site_dir: Path) -> str:
    return serve(site_dir)


@pytest.fixture(scope="session")
def visitor() -> Iterator[Visitor]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield Visitor(browser)
        browser.close()


@pytest.fixture(params=[DESKTOP_WIDTH, PHONE_WIDTH], ids=["desktop", "phone"])
def screen_width(request: pytest.FixtureRequest) -> int:
    """Each screen width the layout is checked at, in CSS pixels."""
    return request.param


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/ of the repository (git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
