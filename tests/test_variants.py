"""Variants of the published selection: on each, the chapters' sentences agree with the data
they are computed from, hold no placeholder, make counts agree with their nouns and write large
numbers with separators. The variants are chosen from the data itself, so that an added article
changes what they hold, not whether the rules pass."""

import re
from pathlib import Path

import pytest

from claimbook.chapters import growth, hedging, methods, places, positions, travel
from claimbook.chapters.prose import NONE_FOUND, Sentence, side_label
from claimbook.data.dataset import select
from claimbook.data.validate import load_data

DATA = Path(__file__).parents[1] / "data"
NOUNS = (
    "head-count figure",
    "figure",
    "deployment figure",
    "article",
    "side",
    "claim",
    "place",
    "position statement",
    "confirmation",
    "denial",
    "explicit range",
    "open bound",
    "number",
    "location",
    "other claim",
    "selected claim",
)


@pytest.fixture(scope="module")
def everything():
    return load_data(DATA)


def _one_claim_day(everything) -> str:
    """A day on which exactly one claim was made (the first such day)."""
    per_day = everything.claims.groupby("claim_date").size()
    return f"{per_day[per_day == 1].index[0]:%Y-%m-%d}"


VARIANTS = {
    "published": {},
    "russia and north korea": {"sides": ["russia", "north_korea"]},
    "one side": {"sides": ["germany"]},
    "hypothetical figures only": {"counted": ["hypothetical"]},
}


def _variant(everything, name):
    if name == "one claim":
        day = _one_claim_day(everything)
        return select(everything, day, day)
    return select(everything, **VARIANTS[name])


def _findings(data) -> dict:
    figures = growth.figures(data.claims)
    statements = positions.positions(data.claims)
    named = places.named_places(data.claims, data.places)
    return {
        "growth": growth.findings(figures, data.claimants),
        "positions": positions.findings(statements, data.claimants),
        "places": places.findings(named),
        "travel": travel.findings(
            travel.chains(data.claims, data.articles),
            travel.repeated_claims(data.claims, data.articles, data.claimants),
        ),
        "hedging": hedging.findings(data.claims, hedging.markers(data.claims, data.articles)),
        "methods": methods.findings(data),
        "frames": (figures, statements, named),
    }


CHAPTERS = ("growth", "positions", "places", "travel", "hedging", "methods")


def _sentences(found: dict) -> list[str]:
    return [
        value
        for chapter in CHAPTERS
        for value in found[chapter].values()
        if isinstance(value, Sentence)
    ]


NAMES = [*VARIANTS, "one claim"]


def test_a_variant_of_one_claim_holds_one_claim(everything):
    assert len(_variant(everything, "one claim").claims) == 1


@pytest.mark.parametrize("name", NAMES)
def test_sentences_hold_no_placeholder(everything, name):
    for sentence in _sentences(_findings(_variant(everything, name))):
        assert NONE_FOUND not in sentence and "n/a" not in sentence, sentence
        assert "  " not in sentence and " ." not in sentence and not sentence.startswith(" ")


@pytest.mark.parametrize("name", NAMES)
def test_counts_agree_with_their_nouns(everything, name):
    for sentence in _sentences(_findings(_variant(everything, name))):
        for noun in NOUNS:
            assert not re.search(rf"(?<![\d,.])1 {noun}s\b", sentence), sentence
            assert not re.search(rf"(?<![\d,.])(?:0|[2-9]|\d\d[\d,]*) {noun}\b(?!s)", sentence), (
                sentence
            )


@pytest.mark.parametrize("name", NAMES)
def test_verbs_agree_with_their_counts_and_none_is_a_word(everything, name):
    """'1 claim (5%) is', never '1 (5%) are'; 'none' or 'no claims', never '0 claims'."""
    for sentence in _sentences(_findings(_variant(everything, name))):
        assert not re.search(
            r"(?<![\d,.])1 (?:[a-z]+ )?(?:\([^)]*\) )?(?:are|carry|stand|name)\b", sentence
        ), sentence
        assert not re.search(r"(?<![\d,.%])0 [a-z]", sentence), sentence


@pytest.mark.parametrize("name", NAMES)
def test_large_numbers_have_separators(everything, name):
    for sentence in _sentences(_findings(_variant(everything, name))):
        assert not re.search(r"(?<![\d,.])\d{5,}", sentence), sentence


def _stated(pattern: str, sentence: str) -> int:
    """The count a sentence states before a noun: 'no' is 0."""
    match = re.search(rf"(no|[\d,]+) {pattern}", sentence)
    assert match, f"{pattern!r} not in {sentence!r}"
    return 0 if match[1] == "no" else int(match[1].replace(",", ""))


@pytest.mark.parametrize("name", NAMES)
def test_sentences_agree_with_the_data_of_the_variant(everything, name):
    data = _variant(everything, name)
    found = _findings(data)
    figures, statements, named = found["frames"]
    said = found["growth"]["figures_sentence"]
    if figures.empty:
        assert "no head-count figures" in said
    else:
        assert _stated("head-count figures?", said) == len(figures)
        assert _stated("articles?", said) == figures["article_id"].nunique()
        deployed = growth.deployment(figures)
        if len(deployed):
            assert (
                f"{len(deployed):,} {'is' if len(deployed) == 1 else 'are'} about the deployment"
                in said
            )
            top = growth.highest(deployed).iloc[0]
            assert found["growth"]["highest_sentence"].startswith(f"The highest is {top['words']}")
            upper = deployed["figure_high"].fillna(deployed["figure_low"]).max()
            assert top["figure_high"] == upper or top["figure_low"] == upper
    counts = found["positions"]["counts_sentence"]
    if statements.empty:
        assert "no position statements" in counts
    else:
        stances = statements["stance"]
        assert _stated("position statements?", counts) == len(statements)
        assert _stated("confirmations?", counts) == (stances == "confirms").sum()
        assert _stated("denials?", counts) == (stances == "denies").sum()
    order = found["positions"]["order_sentence"]
    first = {s: positions.first_of(statements, s) for s in ("confirms", "denies")}
    if "came before" in order or "came after" in order:
        verdict = positions.order(first["confirms"], first["denies"])
        assert f"came {verdict}" in order
        later, earlier = (
            (first["denies"], first["confirms"])
            if verdict == "before"
            else (first["confirms"], first["denies"])
        )
        assert later["claim_date"] > earlier["claim_date"]
    for side in ("russia", "north_korea"):
        if (
            f"{side_label(side)} denied the deployment first"
            in found["positions"]["turnaround_sentence"]
        ):
            of_side = statements[statements["claimant_side"] == side]
            assert {"denies", "confirms"} <= set(of_side["stance"])
    where = found["places"]["places_sentence"]
    if named.empty:
        assert where == "The selected claims name no place."
    else:
        assert _stated("places?", where) == len(named)
        assert _stated("claims?", where) == named["claims"].sum()


def test_the_published_headlines_are_not_the_misleading_ones(everything):
    found = _findings(_variant(everything, "published"))
    text = " ".join(_sentences(found))
    assert "Denial came first" not in text and "admission much later" not in text
    latest = found["growth"]["latest_sentence"]
    deployed = growth.deployment(found["frames"][0])
    last_day = deployed[deployed["claim_date"] == deployed["claim_date"].max()]
    if (last_day["figure_qualifier"] != "vague").any():
        vague = last_day.loc[last_day["figure_qualifier"] == "vague", "words"]
        assert not any(words in latest for words in vague), latest


def test_intro_types_no_sentence_a_variant_could_contradict():
    intro = (Path(__file__).parents[1] / "book" / "intro.md").read_text(encoding="utf-8")
    for phrase in ("Denial came first", "Most claims", "The places are few", "Far East", "autumn"):
        assert phrase not in intro


def test_every_variant_selects_some_claims(everything):
    """An empty selection is refused by the pipeline (tests/test_pipeline.py); each variant
    here holds claims."""
    assert all(len(_variant(everything, name).claims) for name in NAMES)
