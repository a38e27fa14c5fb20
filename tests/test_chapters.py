"""The chapter modules: figures, positions, chains, hedging, places and the methods."""

import pandas as pd
import pytest
from synthetic import dataset

from claimbook import vocab
from claimbook.chapters import growth, hedging, methods, places, positions, prose, travel
from claimbook.data.dataset import select

ALL = ("2024-01-01", "2025-12-31")


@pytest.fixture
def data():
    return select(dataset(), *ALL, vocab.SIDES)


def test_figures_have_bounds_in_counted_order(data):
    figures = growth.figures(data.claims)
    assert list(figures["counted"]) == [
        "dispatched",
        "dispatched",
        "in_russia",
        "at_front",
        "advance_party",
        "force_size_context",
    ]
    assert dict(zip(figures["claim_id"], figures["bound"], strict=True)) == {
        "a-1": "point",
        "b-1": "point",
        "a-3": "open_above",
        "g-1": "point",
        "b-2": "range",
        "g-2": "open_below",
    }


def test_bounds_text():
    assert growth.bounds_text(3000, pd.NA) == "at least 3,000"
    assert growth.bounds_text(pd.NA, 12000) == "up to 12,000"
    assert growth.bounds_text(200, 999) == "200\u2013999"
    assert growth.bounds_text(1500, 1500) == "1,500"


def test_figure_table_shows_quote_and_translation(data):
    table = growth.figure_table(growth.figures(data.claims))
    assert list(table.columns) == [
        "claim date",
        "counted",
        "figure",
        "as written",
        "claimant",
        "quote",
        "translation",
        "claim_id",
        "article_id",
    ]
    assert table.loc[0, "counted"] == "Dispatched"
    assert table.loc[0, "claimant"] == "NIS (South Korea)"


def test_growth_findings(data):
    found = growth.findings(growth.figures(data.claims))
    assert found["n_figures"] == 6
    assert found["n_figure_categories"] == 5
    assert found["n_open_figures"] == 2
    assert found["highest_figure"] == "11,000"
    assert found["highest_counted"] == "at or near the front"
    assert found["lowest_figure"] == "200\u2013999"
    assert found["first_date"] == "18 October 2024"
    assert found["latest_figure"] == "11,000"


def test_growth_findings_follow_the_period():
    early = select(dataset(), "2024-10-01", "2024-12-31", vocab.SIDES)
    found = growth.findings(growth.figures(early.claims))
    assert found["n_figures"] == 4
    assert found["highest_figure"] == "at least 3,000"


def test_growth_findings_without_figures():
    none = select(dataset(), *ALL, ["russia"])
    found = growth.findings(growth.figures(none.claims))
    assert found["n_figures"] == 0
    assert found["highest_figure"] == prose.NONE_FOUND


def test_positions_and_stances(data):
    statements = positions.positions(data.claims)
    assert list(statements["claim_id"]) == ["a-2", "b-3", "g-3"]
    counts = positions.stance_counts(statements)
    assert list(counts["side"]) == ["Russia", "North Korea", "South Korea"]
    assert list(counts.columns) == ["side", "confirms", "denies"]
    found = positions.findings(statements)
    assert found["n_denials"] == 1
    assert found["first_denial_side"] == "Russia"
    assert found["pyongyang_admission_date"] == "28 April 2025"
    assert found["moscow_admission_date"] == prose.NONE_FOUND


def test_statement_table_shows_each_statement_once():
    claims = dataset().claims
    repeated = pd.concat([claims, claims.iloc[[1]].assign(claim_id="x", article_id="other")])
    table = positions.statement_table(positions.positions(repeated))
    assert list(table["claimant"]) == ["Peskov", "Yoon", "KCNA"]
    assert list(table["articles"]) == [2, 1, 1]


@pytest.mark.parametrize(
    ("via", "outlet", "expected"),
    [
        ("Kyodo citing a source", "Beta", "Kyodo"),
        ("AFP, quoting his post on X", "Alpha", "AFP"),
        ("KCNA (North Korean state news agency), reporting", "Alpha", "KCNA"),
        (None, "Alpha (AFP)", "AFP"),
        (None, "Beta", travel.DIRECT),
    ],
)
def test_relay(via, outlet, expected):
    assert travel.relay(via, outlet) == expected


def test_chains_graph_and_layout(data):
    routes = travel.chains(data.claims, data.articles)
    assert list(routes.loc[routes["claim_id"] == "a-3", ["source", "relay", "outlet"]].iloc[0]) == [
        "USA",
        "Kyodo",
        "Alpha",
    ]
    graph = travel.chain_graph(routes)
    assert graph.edges[("source", "South Korea"), ("relay", "AFP")]["claims"] == 1
    assert graph.edges[("relay", travel.DIRECT), ("outlet", "Beta")]["claims"] == 3
    layout = travel.layout(graph)
    assert layout == travel.layout(travel.chain_graph(routes.sample(frac=1, random_state=1)))
    assert {x for x, _ in layout.values()} == {0.0, 1.0, 2.0}
    table = travel.chain_table(routes)
    assert table["claims"].is_monotonic_decreasing
    assert table["claims"].sum() == len(routes)


def test_repeated_claims(data):
    repeated = travel.repeated_claims(data.claims, data.articles)
    assert len(repeated) == 1
    row = repeated.iloc[0]
    assert (row["article_id"], row["repeated in"], row["articles"]) == (
        "2024-10-21-alpha",
        "2024-10-23-beta",
        2,
    )
    found = travel.findings(travel.chains(data.claims, data.articles), repeated)
    assert found["n_repeated_claims"] == 1
    assert found["n_relayed"] == 4
    assert found["top_relay"] == "AFP"


def test_marker_shares(data):
    marked = hedging.markers(data.claims, data.articles)
    counts, shares = hedging.marker_shares(marked, "outlet")
    assert list(counts.index) == ["Alpha", "Beta", "Gamma"]
    assert list(counts.columns) == [
        "sollen",
        "angeblich",
        "Konjunktiv I",
        "Konjunktiv II",
        hedging.NO_MARKER,
    ]
    assert counts.loc["Alpha", "sollen"] == 1
    assert shares.loc["Beta", "angeblich"] == pytest.approx(0.333)
    assert shares.loc["Gamma", hedging.NO_MARKER] == 1.0


def test_figure_hedging_and_findings(data):
    table = hedging.figure_hedging(data.claims)
    assert list(table["number"]) == [2, 2, 3, 3]
    assert list(table["share"]) == ["33%", "33%", "50%", "50%"]
    found = hedging.findings(data.claims, hedging.markers(data.claims, data.articles))
    assert found["n_hedged_claims"] == 3
    assert found["most_hedged_outlet"] == "Alpha"
    assert found["most_hedged_outlet_share"] == "67%"


def test_hedging_changes_with_the_sides():
    only = select(dataset(), *ALL, ["usa"])
    assert list(hedging.figure_hedging(only.claims)["share"]) == ["100%", "0%", "100%", "0%"]


def test_named_places(data):
    named = places.named_places(data.claims, data.places)
    assert list(named["place"]) == ["Eastern Russia", "Kursk region"]
    assert list(named["claims"]) == [2, 2]
    assert named.loc[1, "sides"] == "USA, Ukraine"
    assert places.findings(named)["most_named_place"] == "Eastern Russia"
    assert list(places.place_table(named).columns)[:3] == ["place", "kind", "country"]


def test_regions_near_and_extent():
    longitudes = pd.Series([36.0, 131.0, 30.0, 107.0])
    assert list(places.regions(longitudes)) == [0, 1, 0, 1]
    points = pd.DataFrame({"latitude": [55.75, 10.0], "longitude": [37.62, 10.0]})
    others = pd.DataFrame({"latitude": [55.752], "longitude": [37.6178]})
    assert list(places.near(points, others)) == [True, False]
    assert places.extent(pd.Series([30.0, 40.0]), pd.Series([45.0, 50.0]), 1.0) == (
        29.0,
        41.0,
        44.0,
        51.0,
    )


def test_reference_cities_come_from_geonames():
    cities = places.reference_cities(exclude={"Seoul"})
    assert list(cities["place"]) == ["Pyongyang", "Moscow", "Kyiv"]
    pyongyang = cities.iloc[0]
    assert pyongyang["latitude"] == pytest.approx(39.03, abs=0.05)
    assert pyongyang["longitude"] == pytest.approx(125.75, abs=0.05)


def test_vendored_map_draws_crimea_in_ukraine():
    from shapely.geometry import Point

    countries = places.load_countries("data")
    simferopol = Point(34.1, 44.95)
    assert list(countries[countries.contains(simferopol)]["name"]) == ["Ukraine"]
    assert countries.crs.to_epsg() == 4326


def test_corpus_tables(data):
    table = methods.corpus_table(data)
    assert list(table["article_id"]) == ["2024-10-21-alpha", "2024-10-23-beta", "2025-08-13-gamma"]
    assert list(table["claims"]) == [3, 3, 3]
    vocabulary = methods.vocabulary_table()
    assert len(vocabulary) == sum(len(values) for values, _ in methods.VOCABULARIES.values())
    assert "North Korea" in set(vocabulary["label"])
    found = methods.findings(data)
    assert (found["n_articles"], found["n_claims"], found["n_outlets"]) == (3, 9, 3)
    assert found["n_figure_claims"] == 6 and found["n_other_claims"] == 0
    assert found["first_published"] == "21 October 2024"


def test_corpus_follows_the_period():
    early = select(dataset(), "2024-10-01", "2024-12-31", vocab.SIDES)
    assert methods.findings(early)["n_articles"] == 2


def test_every_chapter_copes_with_an_empty_selection():
    empty = select(dataset(), "2030-01-01", "2030-12-31", vocab.SIDES)
    figures = growth.figures(empty.claims)
    assert growth.findings(figures)["n_figures"] == 0
    assert growth.figure_table(figures).empty
    assert positions.findings(positions.positions(empty.claims))["n_positions"] == 0
    routes = travel.chains(empty.claims, empty.articles)
    repeated = travel.repeated_claims(empty.claims, empty.articles)
    assert travel.findings(routes, repeated)["top_relay"] == prose.NONE_FOUND
    marked = hedging.markers(empty.claims, empty.articles)
    assert hedging.findings(empty.claims, marked)["most_hedged_outlet"] == prose.NONE_FOUND
    named = places.named_places(empty.claims, empty.places)
    assert places.findings(named)["n_places"] == 0
    assert methods.findings(empty)["first_published"] == prose.NONE_FOUND


def test_monthly_ranges_sum_up_a_side_s_figures_of_a_month(data):
    ranges = growth.monthly_ranges(growth.figures(data.claims))
    assert list(ranges["counted"]) == [
        "dispatched",
        "in_russia",
        "at_front",
        "advance_party",
        "force_size_context",
    ]
    dispatched = ranges.iloc[0]
    assert (dispatched["figures"], dispatched["low"], dispatched["high"]) == (2, 1500, 1500)
    assert str(dispatched["month"]) == "2024-10"
    hundreds = ranges.set_index("counted").loc["advance_party"]
    assert (hundreds["low"], hundreds["high"], hundreds["median"]) == (200, 999, 599.5)
    open_below = ranges.set_index("counted").loc["force_size_context"]
    assert open_below["low"] == open_below["high"] == 1_400_000


def test_monthly_stances_count_each_side_s_statements_per_month(data):
    monthly = positions.monthly_stances(positions.positions(data.claims))
    assert list(monthly.columns) == ["claimant_side", "month", *vocab.STANCES]
    assert list(monthly["claimant_side"]) == ["russia", "north_korea", "south_korea"]
    assert monthly.set_index("claimant_side").loc["north_korea", "month"] == pd.Timestamp(
        "2025-04-01"
    )
    assert monthly[list(vocab.STANCES)].to_numpy().sum() == 3
    assert monthly.set_index("claimant_side").loc["russia", "denies"] == 1


def test_near_on_no_points_is_an_empty_selection():
    none = pd.DataFrame({"latitude": [], "longitude": []})
    others = pd.DataFrame({"latitude": [50.0], "longitude": [30.0]})
    found = places.near(none, others)
    assert found.dtype == bool and found.empty
    assert none[~found].columns.tolist() == ["latitude", "longitude"]
