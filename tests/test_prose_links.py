"""Every number glued into the prose that counts claims links to the claims it counts, and every
figure or statement a sentence quotes links to its claim: the chapters' sentences carry
mentions (chapters.prose.Mention), the page renders each as a link, and the prose pastes the
linked forms."""

import json
import re
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from markdown_it import MarkdownIt
from myst_nb.core.variables import format_plain_text
from synthetic import dataset

from claimbook import vocab
from claimbook.chapters import growth, hedging, methods, places, positions, travel
from claimbook.chapters.prose import Mention, Sentence, capitalised, listing
from claimbook.data.dataset import select
from claimbook.data.validate import load_data
from claimbook.page.display import LINK_SUFFIX, Prose, glue_links, mention_href

ROOT = Path(__file__).parents[1]
HOSTILE = '<script>window.__pwned=1</script> [klick](javascript:1) *x* "quoted" & {glue}'
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE = re.compile(rf"\b(?:\d{{1,2}} )?(?:{MONTHS}) \d{{4}}\b")
NUMBER = re.compile(r"(?<![\w-])\d[\d,]*(?:\.\d+)?%?(?: (?:different )?(\w+))?")
NOT_CLAIMS = {"article", "side", "place", "relay", "agency", "articles", "sides", "places"}
NOT_CLAIMS |= {"relays", "agencies", "routes"}
"""What a number of a sentence may count without linking: articles, sides, places, relays,
agencies, routes (the claims behind them are linked by the sentence's other mentions)."""


@pytest.fixture
def data():
    return select(dataset(), "2024-01-01", "2025-12-31", vocab.SIDES)


def _sentences(data) -> dict[str, str]:
    """Every sentence the chapters glue, by chapter and key."""
    figures = growth.figures(data.claims)
    statements = positions.positions(data.claims)
    routes = travel.chains(data.claims, data.articles)
    repeated = travel.repeated_claims(data.claims, data.articles, data.claimants)
    found = {
        "growth": growth.findings(figures, data.claimants),
        "positions": positions.findings(statements, data.claimants),
        "places": places.findings(places.named_places(data.claims, data.places)),
        "travel": travel.findings(routes, repeated),
    }
    return {
        f"{chapter}:{key}": value
        for chapter, values in found.items()
        for key, value in values.items()
        if isinstance(value, Sentence)
    }


def _unlinked_counts(plain: str) -> list[str]:
    """The numbers of plain text (outside any link) that are neither part of a date nor a
    count of something other than claims."""
    return [
        match[0] for match in NUMBER.finditer(DATE.sub("", plain)) if match[1] not in NOT_CLAIMS
    ]


def _selection(name: str):
    if name == "synthetic":
        return select(dataset())
    published = load_data(ROOT / "data")
    first = published.claims["claim_date"].min().strftime("%Y-%m-%d")
    return {
        "published": published,
        "nothing": select(published, "2030-01-01", "2030-12-31"),
        "first day": select(published, first, first),
        "Russia": select(published, sides=["russia"]),
    }[name]


@pytest.mark.parametrize("name", ["synthetic", "published", "nothing", "first day", "Russia"])
def test_every_count_of_claims_in_a_sentence_is_a_mention_of_them(name) -> None:
    for key, sentence in _sentences(_selection(name)).items():
        parts = sentence.parts if isinstance(sentence, Sentence) else (sentence,)
        plain = " ".join(part for part in parts if not isinstance(part, Mention))
        assert not _unlinked_counts(plain), (key, str(sentence), _unlinked_counts(plain))
        for part in parts:
            if not isinstance(part, Mention) or not re.match(r"\d", part) or part.endswith("%"):
                continue  # a share cites the claims it is a share of
            number = int(re.match(r"[\d,]+", part)[0].replace(",", ""))
            cited = len(part.claims)
            if part.endswith(" each"):
                assert cited % number == 0, (key, part, part.claims)
            else:
                assert cited in (1, number), (key, part, part.claims)


def test_a_quoted_figure_and_statement_cite_their_claim(data) -> None:
    said = _sentences(data)
    first = said["growth:first_sentence"]
    quoted = [part for part in first.parts if isinstance(part, Mention)]
    assert [(str(m), m.claims) for m in quoted] == [
        ("1,500 dispatched", (("a-1", "2024-10-21-alpha"),))
    ]
    order = said["positions:order_sentence"]
    cited = {str(m): m.claims for m in order.parts if isinstance(m, Mention)}
    assert cited == {
        "first confirmation": (("b-3", "2024-10-23-beta"),),
        "first denial": (("a-2", "2024-10-21-alpha"),),
    }


def test_a_count_cites_exactly_the_claims_it_counts(data) -> None:
    counts = _sentences(data)["positions:counts_sentence"]
    cited = {str(m): {c for c, _ in m.claims} for m in counts.parts if isinstance(m, Mention)}
    stances = dict(zip(data.claims["claim_id"], data.claims["stance"], strict=True))
    assert cited["3 position statements"] == {c for c, s in stances.items() if isinstance(s, str)}
    assert cited["2 confirmations"] == {c for c, s in stances.items() if s == "confirms"}
    assert cited["1 denial"] == {c for c, s in stances.items() if s == "denies"}


def test_claimants_are_written_from_the_claimants_table_without_brackets(data) -> None:
    said = _sentences(data)
    assert said["growth:first_sentence"].endswith(
        "from South Korea: NIS, South Korea's intelligence service."
    )
    assert "from Russia: Dmitry Peskov, the Kremlin's spokesman" in said["positions:order_sentence"]
    for key in ("growth:first_sentence", "growth:highest_sentence", "positions:order_sentence"):
        assert "(" not in said[key], said[key]


def _linked(sentence: str, form: str) -> BeautifulSoup:
    if form == "markdown":
        return BeautifulSoup(
            MarkdownIt("commonmark").render(Prose(sentence)._repr_markdown_()), "html.parser"
        )
    return BeautifulSoup(Prose(sentence)._repr_html_(), "html.parser")


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_a_mention_of_one_claim_links_its_anchor_of_several_the_explorer(form) -> None:
    one = Mention("1,500 dispatched", [("a-1", "alpha")])
    several = Mention("2 denials", [("b-1", "beta"), ("a-1", "alpha")])
    none = Mention("no confirmations")
    sentence = capitalised(listing([none, several])) + "; the first, " + one + "."
    page = _linked(sentence, form)
    assert (
        page.get_text()
        == "No confirmations and 2 denials; the first, 1,500 dispatched.\n"[: len(page.get_text())]
    )
    links = [(a.get_text(), a["href"], a["class"]) for a in page.find_all("a")]
    assert links == [
        ("2 denials", "sources/claims.html#claims=a-1,b-1", ["claimbook-count"]),
        ("1,500 dispatched", "sources/alpha.html#claim-a-1", ["claimbook-count"]),
    ]


def test_a_mention_of_too_many_claims_links_the_explorer_by_its_filters() -> None:
    many = Mention("500 figures", [(f"c-{i}", "x") for i in range(500)], {"kind": "figure"})
    assert mention_href(many) == "sources/claims.html#kind=figure"


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_hostile_words_in_and_around_a_mention_stay_text(form) -> None:
    sentence = HOSTILE + " " + Mention(HOSTILE, [("a-1", "al pha")]) + " " + HOSTILE
    page = _linked(sentence, form)
    assert page.find("script") is None
    assert [a.get_text() for a in page.find_all("a")] == [HOSTILE]
    assert page.a["href"] == "sources/al%20pha.html#claim-a-1"
    assert " ".join(page.get_text().split()) == " ".join(str(sentence).split())


def test_the_plain_text_form_is_the_words_alone() -> None:
    sentence = "Of " + Mention("1,234 claims", [("a", "b"), ("c", "d")]) + ", 'some' are linked."
    glued = Prose(sentence)
    assert format_plain_text(repr(glued), "") == str(sentence)
    assert f"{sentence}" == "Of 1,234 claims, 'some' are linked."


def test_a_glued_count_links_its_claims_and_reads_as_the_number(monkeypatch, data) -> None:
    from claimbook.page import display

    glued = {}
    monkeypatch.setattr(display, "glue", lambda key, value, display: glued.update({key: value}))
    glue_links({"n_x": 1234, "share_x": "50%"}, {"n_x": ["a-1"], "share_x": []}, data.claims)
    assert format_plain_text(repr(glued["n_x" + LINK_SUFFIX]), "") == "1,234"
    link = BeautifulSoup(glued["n_x_link"]._repr_html_(), "html.parser").a
    assert link["href"] == "sources/2024-10-21-alpha.html#claim-a-1"
    assert glued["share_x_link"]._repr_html_() == "50%", "a count of no claims links nowhere"


def test_travel_counts_and_their_claims_agree(data) -> None:
    routes = travel.chains(data.claims, data.articles)
    repeated = travel.repeated_claims(data.claims, data.articles, data.claimants)
    found = travel.findings(routes, repeated)
    counted = travel.counted_claims(routes)
    for key, ids in counted.items():
        assert set(ids) <= set(data.claims["claim_id"])
        if key.startswith("n_"):
            assert len(set(ids)) == found[key], key
        else:
            assert ids == counted[key.replace("share_", "n_", 1)], key


def test_hedging_counts_and_their_claims_agree(data) -> None:
    marked = hedging.markers(data.claims, data.articles)
    found = hedging.findings(data.claims, marked)
    counted = hedging.counted_claims(data.claims, marked)
    assert set(counted) >= {k for k in found if k.startswith(("n_", "share_"))}
    for key, ids in counted.items():
        assert set(ids) <= set(data.claims["claim_id"]), key
        if key.startswith("n_"):
            assert len(set(ids)) == found[key], key


def test_methods_counts_and_their_claims_agree(data) -> None:
    found = methods.findings(data)
    for key, (ids, *_) in (
        (k, v if isinstance(v, tuple) else (v,)) for k, v in methods.counted_claims(data).items()
    ):
        assert len(set(ids)) == found[key], key


COUNTED_KEYS = {
    "travel": travel.counted_claims(travel.chains(dataset().claims, dataset().articles)),
    "hedging": hedging.counted_claims(
        dataset().claims, hedging.markers(dataset().claims, dataset().articles)
    ),
    "methods": methods.counted_claims(dataset()),
}
ROLE = re.compile(r"\{glue:(\w+)\}`(?:(\w+)\.ipynb::)?([^`:]+)")


def _prose() -> list[tuple[str, str]]:
    """The Markdown of the chapters' templates and of the introduction, with their pages."""
    texts = [("intro", (ROOT / "book" / "intro.md").read_text(encoding="utf-8"))]
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        texts += [(path.stem, c.source) for c in notebook.cells if c.cell_type == "markdown"]
    return texts


def test_the_prose_pastes_every_count_of_claims_as_its_link() -> None:
    unlinked = [
        f"{page}: {role[0]}"
        for page, text in _prose()
        for role in ROLE.finditer(text)
        for chapter in [role[2] or page]
        if role[3] in COUNTED_KEYS.get(chapter, {})
    ]
    assert not unlinked, unlinked


def test_the_prose_pastes_sentences_with_their_links() -> None:
    """A sentence pasted as text ({glue:text}) would lose its links."""
    sentences = {key.partition(":")[2] for key in _sentences(select(dataset()))}
    pasted_as_text = [
        f"{page}: {role[0]}"
        for page, text in _prose()
        for role in ROLE.finditer(text)
        if role[1] == "text" and role[3] in sentences
    ]
    assert not pasted_as_text, pasted_as_text
    assert any(role[3] == "headline" for _, text in _prose() for role in ROLE.finditer(text))


def _glued(path: Path) -> dict[str, dict]:
    """The values an executed notebook glued, by key: their mime bundles."""
    found = {}
    for cell in nbformat.read(path, as_version=4).cells:
        for output in cell.get("outputs", []):
            record = output.get("metadata", {}).get("scrapbook", {})
            if record:
                prefix = record["mime_prefix"]
                found[record["name"]] = {
                    mime.removeprefix(prefix): value for mime, value in output["data"].items()
                }
    return found


@pytest.mark.parametrize("chapter", ["growth", "positions", "places", "travel", "hedging"])
def test_the_executed_chapters_link_every_count_of_claims_they_glue(chapter) -> None:
    """In the executed chapters (book/, real data), every glued sentence's numbers that count
    claims are links to them, in the form the prose pastes."""
    path = ROOT / "book" / f"{chapter}.ipynb"
    if not path.is_file():
        pytest.skip(f"{path} is not built: run `make book`")
    glued = _glued(path)
    checked = 0
    for key, bundle in glued.items():
        if "text/markdown" not in bundle or key + LINK_SUFFIX in glued:
            continue
        page = BeautifulSoup(
            MarkdownIt("commonmark").render(bundle["text/markdown"]), "html.parser"
        )
        links = page.find_all("a")
        for link in links:
            assert link["href"].startswith("sources/"), (key, link)
            link.decompose()
        if key.endswith(LINK_SUFFIX) and not links:
            assert page.get_text().strip() in ("0", "0%"), f"{key}: only none links nowhere"
            continue
        assert not _unlinked_counts(page.get_text()), (key, bundle["text/markdown"])
        checked += 1
    assert checked, f"{chapter} glues no text"
    assert json.dumps(glued).count("claimbook-count") > 0, f"{chapter} glues no link"
