"""Text from the data is shown as text. The hostile corpus (tests/fixtures/hostile) plants a
script tag, an image with an onerror handler, an SVG that opens a dialog, and `javascript:`
links (Markdown and HTML) in article titles, outlets, quotes, translations, claimants and relay
chains. A site built from it must run none of them and show every one as written."""

import re
from pathlib import Path

import pytest

from claimbook.build.sitecheck import check_links, content_pages, relative
from claimbook.data.validate import check_data_dir

HOSTILE_DATA = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"

SCRIPT = "<script>window.__pwned=1</script>"
IMAGE = '<img src=x onerror="window.__pwned=1">'
SVG = "<svg onload=\"alert('pwned')\">"
MARKDOWN_LINK = "[klick](javascript:window.__pwned=1)"
HTML_LINK = '<a href="javascript:window.__pwned=1">hier</a>'

#: Text of the hostile corpus, keyed by the plain words it ends with: wherever a page shows the
#: words, the whole text must stand before them exactly as written, payload included. (A chapter
#: may shorten a long quote at its end, never at its start.)
AS_WRITTEN = {
    "Laut Pentagon sollen": f"{SCRIPT} Laut Pentagon sollen",
    "According to the Pentagon": f"{SCRIPT} According to the Pentagon",
    "Pentagonsprecher Testmann": f"{SCRIPT} Pentagonsprecher Testmann",
    "Unsinn": f'{IMAGE} "Unsinn',
    "nonsense": f'{IMAGE} "nonsense',
    "Kremlsprecher Testow": f"{IMAGE} Kremlsprecher Testow",
    "es seien wohl Hunderte": f"{MARKDOWN_LINK} und {HTML_LINK}: es seien wohl Hunderte",
    "probably hundreds": f"{MARKDOWN_LINK} and {HTML_LINK}: there were probably hundreds",
    "Analyst Testkim": f"{HTML_LINK} {MARKDOWN_LINK} Analyst Testkim",
    "Geheimdienst: rund": f"{SVG} Südkoreas Geheimdienst: rund",
    "intelligence service: around": f"{SVG} South Korea's intelligence service: around",
    "Geheimdienst Testland": f"{SVG} Geheimdienst Testland",
    "Agentur Testpress": f"{IMAGE} Agentur Testpress",
    "Testfunk": f"{MARKDOWN_LINK} Testfunk",
    "schlagzeile": f"{SCRIPT} {IMAGE} {MARKDOWN_LINK} schlagzeile",
    "Verlag Boeseblatt": f"{SCRIPT} {HTML_LINK} Verlag Boeseblatt",
    "Zeitung Giftblatt": f"{MARKDOWN_LINK} Zeitung Giftblatt",
}


@pytest.fixture(scope="module")
def hostile_site(claimbook, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report built from the hostile corpus with the project's own command."""
    out = tmp_path_factory.mktemp("hostile")
    claimbook("run", "--param", f"data_dir={HOSTILE_DATA}", "--out", str(out))
    return out / "_build" / "html"


@pytest.fixture(scope="module")
def hostile_pages(hostile_site: Path) -> list[str]:
    return [relative(hostile_site, page) for page in content_pages(hostile_site)]


@pytest.fixture(scope="module")
def hostile_url(serve, hostile_site: Path) -> str:
    return serve(hostile_site)


def normalised(text: str) -> str:
    return " ".join(text.split())


def not_as_written(shown: str) -> list[str]:
    """Each place where the page shows the words of a hostile text without the whole text as
    written before them: what it shows instead, and what the data has."""
    shown = normalised(shown)
    problems = set()
    for words, written in AS_WRITTEN.items():
        for match in re.finditer(re.escape(words), shown):
            seen = shown[max(0, match.end() - len(written)) : match.end()]
            if seen != written:
                problems.add(f"shows {seen!r} where the data has {written!r}")
    return sorted(problems)


def test_the_hostile_corpus_is_valid_data() -> None:
    assert check_data_dir(HOSTILE_DATA) == []


@pytest.mark.slow
def test_the_hostile_site_has_no_script_links(hostile_site: Path) -> None:
    findings = check_links(hostile_site)
    assert not findings, "\n".join(map(str, findings))


@pytest.mark.slow
@pytest.mark.browser
def test_no_text_from_the_data_runs(hostile_url: str, hostile_pages: list[str], visitor) -> None:
    ran = visitor.pages_running_payloads(hostile_url, hostile_pages)
    assert not ran, "scripts from the data ran:\n" + "\n".join(ran)


@pytest.mark.slow
@pytest.mark.browser
def test_text_from_the_data_shows_as_written(
    hostile_url: str, hostile_pages: list[str], visitor
) -> None:
    mangled, showing_data = [], []
    for page in hostile_pages:
        with visitor.visit(hostile_url + page) as visit:
            shown = visit.page.locator("article").inner_text()
        if any(words in normalised(shown) for words in AS_WRITTEN):
            showing_data.append(page)
        mangled += [f"{page}: {problem}" for problem in not_as_written(shown)]
    assert showing_data, "no page shows any quote or claimant of the hostile corpus"
    assert not mangled, "text from the data not shown as written:\n" + "\n".join(mangled)


@pytest.mark.slow
def test_the_claim_records_hold_the_hostile_text_as_written(hostile_site: Path) -> None:
    import json

    import pandas as pd
    from bs4 import BeautifulSoup

    claims = pd.read_csv(HOSTILE_DATA / "claims.csv", dtype=str).set_index("claim_id")
    seen = set()
    for page in (hostile_site / "book" / "sources").glob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for script in soup.find_all("script", type="application/ld+json"):
            record = json.loads(script.string)
            claim = claims.loc[record["identifier"]]
            assert (record["text"], record["author"]["name"]) == (claim["quote"], claim["claimant"])
            seen.add(record["identifier"])
    assert seen == set(claims.index)
