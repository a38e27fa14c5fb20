"""Selection by the report's parameters and the shared display helpers."""

import pandas as pd
from synthetic import dataset

from claimbook import vocab
from claimbook.chapters import prose
from claimbook.data.dataset import select
from claimbook.page import display


def test_select_keeps_everything_with_the_published_parameters():
    data = select(dataset(), "2024-10-01", "2025-12-31", vocab.SIDES, vocab.COUNTED)
    assert len(data.claims) == 9
    assert list(data.claims["claim_date"]) == sorted(data.claims["claim_date"])


def test_select_by_period_drops_later_claims_and_their_articles():
    data = select(dataset(), "2024-10-01", "2024-12-31", vocab.SIDES)
    assert set(data.claims["claim_id"]) == {"a-1", "a-2", "a-3", "b-1", "b-2", "b-3"}
    assert list(data.articles["id"]) == ["2024-10-21-alpha", "2024-10-23-beta"]


def test_select_includes_both_ends_of_the_period():
    data = select(dataset(), "2024-10-18", "2024-10-18", vocab.SIDES)
    assert set(data.claims["claim_id"]) == {"a-1", "b-1"}


def test_select_by_side():
    data = select(dataset(), "2024-01-01", "2025-12-31", ["russia", "north_korea"])
    assert set(data.claims["claimant_side"]) == {"russia", "north_korea"}
    assert len(data.claims) == 3


def test_select_by_counted_filters_figures_only():
    data = select(dataset(), "2024-01-01", "2025-12-31", vocab.SIDES, ["dispatched"])
    figures = data.claims[data.claims["kind"] == "figure"]
    assert set(figures["counted"]) == {"dispatched"}
    assert (data.claims["kind"] == "position").sum() == 3


def test_select_cuts_places_to_those_named():
    data = select(dataset(), "2024-01-01", "2025-12-31", ["south_korea"])
    assert list(data.places["place"]) == ["Eastern Russia"]


def test_table_escapes_html_and_hides_the_index():
    table = display.Table(pd.DataFrame({"quote": ["<b>bold</b> & more"]}, index=[7]))
    html = table._repr_html_()
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in html
    assert "<b>" not in html
    assert ">7<" not in html
    assert repr(table).split() == ["quote", "<b>bold</b>", "&", "more"]


def test_prose_formats():
    assert prose.day(pd.Timestamp("2024-10-03")) == "3 October 2024"
    assert prose.count(12000) == "12,000"
    assert prose.percent(1, 3) == "33%"
    assert prose.percent(0, 0) == prose.NOT_APPLICABLE
    assert prose.side_label("north_korea") == "North Korea"


def test_outlet_name_and_agency():
    assert prose.outlet_name("OZD.news (AFP)") == "OZD.news"
    assert prose.outlet_agency("OZD.news (AFP)") == "AFP"
    assert prose.outlet_agency("Tagesspiegel") is None
    assert prose.outlet_agency("BBC News (German translation)") is None


def test_marker_lists():
    claims = pd.DataFrame({"distancing": ["sollen;Konjunktiv I (seien)", None]})
    assert list(prose.marker_lists(claims, "distancing")) == [["sollen", "Konjunktiv I"], []]


def test_glue_all_glues_every_value(monkeypatch):
    glued = {}
    monkeypatch.setattr(display, "glue", lambda key, value, display: glued.update({key: value}))
    display.glue_all({"a": 1, "b": "two <words> *here*"})
    assert glued["a"] == 1
    text = glued["b"]
    assert repr(text) == repr("two <words> *here*"), "{glue:text} reads the str repr"
    assert text._repr_html_() == "two &lt;words&gt; *here*"
    assert text._repr_markdown_() == "two \\<words\\> \\*here\\*"


def test_claim_day_is_no_more_exact_than_its_source():
    date = pd.Timestamp("2025-04-01")
    assert prose.claim_day(date, "day") == "1 April 2025"
    assert prose.claim_day(date, "month") == "April 2025"
    assert prose.claim_day(date, "approx") == "about 1 April 2025"
    assert prose.claim_day(date, "publication") == "1 April 2025 or earlier"
    assert prose.claim_day(date, None) == "1 April 2025"


def test_long_table_shows_its_first_rows_and_says_how_many_it_leaves_out(monkeypatch):
    monkeypatch.setattr(display, "TABLE_ROWS", 2)
    table = display.Table(pd.DataFrame({"n": [10, 11, 12, 13, 14]}))
    html = table._repr_html_()
    assert html.count("<td ") == 2
    assert ">12<" not in html
    assert "The first 2 of 5 rows are shown" in html
    assert repr(table).splitlines()[-1].startswith("The first 2 of 5 rows")


def test_short_table_shows_every_row_without_a_note(monkeypatch):
    monkeypatch.setattr(display, "TABLE_ROWS", 2)
    table = display.Table(pd.DataFrame({"n": [10, 11]}))
    assert "rows are shown" not in table._repr_html_() + repr(table)
