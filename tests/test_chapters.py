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
    found = growth.findings(growth.figures(data.claims), data.claimants)
    assert found["n_figures"] == 6
    assert found["n_deployment_figures"] == 5
    assert found["n_figure_categories"] == 5
    assert "6 head-count figures from 3 articles" in found["figures_sentence"]
    assert "5 are about the deployment" in found["figures_sentence"]
    assert "1 is context" in found["figures_sentence"]
    assert found["first_sentence"] == (
        "The earliest deployment figure, dated 18 October 2024, is 1,500 dispatched, "
        "from South Korea: NIS, South Korea's intelligence service."
    )
    assert found["latest_sentence"].startswith(
        "The latest deployment figure, dated 13 August 2025, is 11,000 at or near the front"
    )
    assert found["highest_sentence"].startswith("The highest is 11,000 at or near the front")
    assert "1 open bound" in found["exactness_sentence"]
    assert "1 vague word (such as Hunderte)" in found["exactness_sentence"]


def _with(claims: pd.DataFrame, **changes) -> pd.DataFrame:
    """The claims and one more, a copy of the first figure with the changes."""
    extra = claims[claims["kind"] == "figure"].iloc[[0]].assign(**changes)
    return pd.concat([claims, extra], ignore_index=True)


def test_a_tie_of_date_goes_to_the_most_exact_figure_of_each_thing_counted(data):
    claims = _with(
        data.claims,
        claim_id="g-9",
        claim_date=pd.Timestamp("2025-08-13"),
        counted="at_front",
        figure_low=2000,
        figure_high=9999,
        figure_qualifier="vague",
    )
    claims = _with(
        claims,
        claim_id="g-8",
        claim_date=pd.Timestamp("2025-08-13"),
        counted="expected_additional",
        figure_low=6000,
        figure_high=6000,
        figure_qualifier="exact",
    )
    latest = growth.findings(growth.figures(claims), data.claimants)["latest_sentence"]
    assert "thousands" not in latest
    assert latest.startswith("The latest deployment figures, dated 13 August 2025, are 11,000")
    assert "; and 6,000 expected in addition" in latest


def test_figures_are_worded_as_their_qualifier_says():
    assert growth.figure_words(None, 12000, "just_under") == "just under 12,000"
    assert growth.figure_words(None, 2999, "not_nearly") == "nowhere near 3,000"
    assert growth.figure_words(200, 999, "vague") == "hundreds (200\u2013999)"
    assert growth.figure_words(2000, 9999, "vague") == "thousands (2,000\u20139,999)"
    assert growth.figure_words(3000, 3000, "about") == "about 3,000"
    assert growth.figure_words(3000, None, "at_least") == "at least 3,000"
    assert growth.figure_words(25000, 30000, "range") == "25,000\u201330,000"


def test_every_counted_category_has_one_group():
    assert sorted(c for members in growth.GROUPS.values() for c in members) == sorted(vocab.COUNTED)
    assert "captured" in growth.GROUPS["losses"]
    assert "other" in growth.NOT_DEPLOYMENT and "in_ukraine" not in growth.NOT_DEPLOYMENT


def test_growth_findings_follow_the_period():
    early = select(dataset(), "2024-10-01", "2024-12-31", vocab.SIDES)
    found = growth.findings(growth.figures(early.claims), early.claimants)
    assert found["n_figures"] == 4
    assert found["highest_sentence"].startswith("The highest is at least 3,000 in Russia")


def test_growth_findings_without_figures():
    none = select(dataset(), *ALL, ["russia"])
    found = growth.findings(growth.figures(none.claims), none.claimants)
    assert found["n_figures"] == 0
    assert found["figures_sentence"] == "The selected claims hold no head-count figures."
    assert found["first_sentence"] == found["latest_sentence"] == ""


def test_growth_findings_without_deployment_figures():
    context = select(dataset(), *ALL, ["north_korea"])
    found = growth.findings(growth.figures(context.claims), context.claimants)
    assert "1 is context" in found["figures_sentence"]
    assert found["exactness_sentence"] == growth.NO_DEPLOYMENT
    assert found["first_sentence"] == ""


def test_positions_and_stances(data):
    statements = positions.positions(data.claims)
    assert list(statements["claim_id"]) == ["a-2", "b-3", "g-3"]
    counts = positions.stance_counts(statements)
    assert list(counts["side"]) == ["Russia", "North Korea", "South Korea"]
    assert list(counts.columns) == ["side", "confirms", "denies"]
    found = positions.findings(statements, data.claimants)
    assert found["n_denials"] == 1
    assert found["counts_sentence"] == (
        "The selected claims hold 3 position statements by claimants of 3 sides: "
        "2 confirmations and 1 denial."
    )
    assert found["order_sentence"] == (
        "The first confirmation came after the first denial. The confirmation is dated "
        "23 October 2024, from South Korea: Yoon Suk Yeol, South Korea's President; the denial "
        "is dated 21 October 2024, from Russia: Dmitry Peskov, the Kremlin's spokesman."
    )
    assert found["turnaround_sentence"] == ""


def test_the_order_of_statements_is_told_only_where_the_dates_tell_it():
    def statement(date, precision):
        return pd.Series({"claim_date": pd.Timestamp(date), "claim_date_precision": precision})

    assert positions.order(statement("2024-10-01", "month"), statement("2024-11-02", "day")) == (
        "before"
    )
    assert positions.order(statement("2024-10-01", "month"), statement("2024-10-15", "day")) == (
        "unknown"
    )
    assert (
        positions.order(statement("2024-10-14", "day"), statement("2024-10-15", "publication"))
        == "unknown"
    )
    assert positions.order(statement("2024-10-15", "day"), statement("2024-10-15", "day")) == (
        "same day"
    )
    assert positions.order(statement("2025-04-01", "month"), statement("2024-10-21", "day")) == (
        "after"
    )


def test_a_side_that_denied_and_later_confirmed_is_named():
    claims = dataset().claims
    denial = claims[claims["claim_id"] == "a-2"].assign(
        claim_id="n-1", claimant_side="north_korea", claimant="KCNA"
    )
    statements = positions.positions(pd.concat([claims, denial], ignore_index=True))
    found = positions.findings(statements, dataset().claimants)
    assert found["turnaround_sentence"] == (
        "North Korea denied the deployment first (21 October 2024) and confirmed it later "
        "(28 April 2025)."
    )
    assert "2 denials" in found["counts_sentence"]


def test_statement_table_shows_each_statement_once():
    claims = dataset().claims
    repeated = pd.concat([claims, claims.iloc[[1]].assign(claim_id="x", article_id="other")])
    table = positions.statement_table(positions.positions(repeated))
    assert list(table["claimant"]) == ["Peskov", "Yoon", "KCNA"]
    assert list(table["articles"]) == [2, 1, 1]


@pytest.mark.parametrize(
    ("via", "expected"),
    [
        ("Kyodo citing a source", "Kyodo"),
        ("AFP, quoting his post on X", "AFP"),
        ("KCNA (North Korean state news agency), reporting", "KCNA"),
        (None, travel.DIRECT),
        ("", travel.DIRECT),
    ],
)
def test_relay_is_the_first_link_the_text_names(via, expected):
    assert travel.relay(via) == expected


@pytest.mark.parametrize(
    ("via", "agency", "expected"),
    [
        ("Yonhap citing the NIS", "AFP", "AFP relaying Yonhap citing the NIS"),
        ("AFP, quoting his post on X", "AFP", "AFP, quoting his post on X"),
        (None, "AFP", "AFP"),
        ("Kyodo citing a source", None, "Kyodo citing a source"),
        (None, None, ""),
    ],
)
def test_full_chain_joins_credit_and_named_relays(via, agency, expected):
    assert travel.full_chain(via, agency) == expected


def test_chains_keep_named_relay_and_credit_apart(data):
    routes = travel.chains(data.claims, data.articles).set_index("claim_id")
    assert list(routes.loc["a-3", ["source", "relay", "chain", "credit", "outlet"]]) == [
        "USA",
        "Kyodo",
        "Kyodo citing a source",
        "AFP",
        "Alpha",
    ]
    assert routes.loc["a-3", "full chain"] == "AFP relaying Kyodo citing a source"
    # a claim of an AFP-credited article whose text names no relay is not relayed by AFP
    assert routes.loc["a-1", "relay"] == travel.DIRECT
    assert routes.loc["a-1", "credit"] == "AFP"
    graph = travel.chain_graph(routes.reset_index())
    assert ("relay", "AFP") not in graph
    assert graph.edges[("relay", travel.DIRECT), ("outlet", "Beta")]["claims"] == 3
    layout = travel.layout(graph)
    shuffled = routes.reset_index().sample(frac=1, random_state=1)
    assert layout == travel.layout(travel.chain_graph(shuffled))
    assert {x for x, _ in layout.values()} == {0.0, 1.0, 2.0}
    table = travel.chain_table(routes.reset_index())
    assert table["claims"].is_monotonic_decreasing
    assert table["claims"].sum() == len(routes)
    assert "agency credited" in table.columns


def test_travel_findings_count_named_relays_and_credits_apart(data):
    repeated = travel.repeated_claims(data.claims, data.articles, data.claimants)
    found = travel.findings(travel.chains(data.claims, data.articles), repeated)
    assert (found["n_relayed"], found["share_relayed"]) == (2, "22%")
    assert (found["n_credited"], found["n_credit_only"]) == (3, 2)
    assert found["credits_sentence"] == (
        "Counted apart, 3 claims (33%) stand in articles whose credit line names an agency. "
        "The articles credit 1 agency: AFP, with 3 claims. For 2 of them (22% of all claims) "
        "the credit is the only relay in sight, and none are the outlet's own sentences: a "
        "credit says where an article's text came from, not who relayed each claim, so it is "
        "not counted as a relay."
    )
    assert found["relays_sentence"] == (
        "Of the 9 selected claims, 2 (22%) name a relay in their own text (their sentence, or "
        "the report it continues). The claims name 2 different relays; the busiest are Defense "
        "Express and Kyodo, with 1 claim each."
    )


def test_repeated_claims(data):
    repeated = travel.repeated_claims(data.claims, data.articles, data.claimants)
    assert len(repeated) == 1
    row = repeated.iloc[0]
    assert (row["article_id"], row["repeated in"], row["articles"]) == (
        "2024-10-21-alpha",
        "2024-10-23-beta",
        2,
    )
    assert row["claimant"] == "NIS, South Korea's intelligence service"
    assert row["side"] == "South Korea"
    found = travel.findings(travel.chains(data.claims, data.articles), repeated)
    assert found["n_repeated_claims"] == 1
    assert found["repeated_sentence"] == "1 claim stands in 2 articles."


def test_claimant_name_is_written_once_without_brackets(data):
    assert prose.claimant_name("Dmitry Peskov", "the Kremlin's spokesman") == (
        "Dmitry Peskov, the Kremlin's spokesman"
    )
    assert prose.claimant_name("NATO", None) == "NATO"
    assert prose.claimant_name("NATO", " ") == "NATO"
    written = prose.claimant_names(data.claims, data.claimants)
    by_id = dict(zip(data.claims["claim_id"], written, strict=True))
    # two spellings of one claimant ("NIS", "National Intelligence Service") are written alike
    assert by_id["a-1"] == by_id["b-1"] == "NIS, South Korea's intelligence service"
    unknown = data.claims.assign(claimant_id=None)
    assert list(prose.claimant_names(unknown, data.claimants)) == list(data.claims["claimant"])


def test_voices_tell_the_outlet_itself_from_other_media(data):
    claims = data.claims.copy()
    claims.loc[claims["claim_id"] == "a-2", ["claimant_id", "claimant_side"]] = ["alpha", "media"]
    claims.loc[claims["claim_id"] == "b-2", ["claimant_id", "claimant_side"]] = ["alpha", "media"]
    voice = dict(zip(claims["claim_id"], prose.voices(claims, data.articles), strict=True))
    assert voice["a-2"] == vocab.OWN_OUTLET  # Alpha in its own article
    assert voice["b-2"] == vocab.OTHER_MEDIA  # Alpha cited by Beta
    assert voice["a-1"] == "South Korea"
    order = prose.voice_order()
    assert order.index(vocab.OWN_OUTLET) + 1 == order.index(vocab.OTHER_MEDIA)


def test_marker_shares_count_distancing_only(data):
    marked = hedging.markers(data.claims, data.articles)
    counts, shares = hedging.marker_shares(marked, "outlet")
    assert list(counts.index) == ["Alpha", "Beta", "Gamma"]
    assert list(counts.columns) == ["sollen", "angeblich", "Konjunktiv I", hedging.NO_MARKER]
    assert counts.loc["Alpha", "sollen"] == 1
    assert shares.loc["Beta", "angeblich"] == pytest.approx(0.333)
    # g-1 carries the claimant's uncertainty ("wahrscheinlich"), which is not distancing
    assert shares.loc["Gamma", hedging.NO_MARKER] == 1.0
    by_side, _ = hedging.marker_shares(marked, "side")
    assert list(by_side.index) == [
        label for label in prose.voice_order() if label in set(marked["side"])
    ]


def test_figure_hedging_and_findings(data):
    table = hedging.figure_hedging(data.claims).set_index("figures")["number"]
    assert list(table) == [3, 1, 2, 0, 3, 1, 1]
    found = hedging.findings(data.claims, hedging.markers(data.claims, data.articles))
    assert found["n_distanced_claims"] == 3
    assert (found["n_uncertainty_claims"], found["n_condition_claims"]) == (1, 1)
    assert found["most_distanced_outlet"] == "Alpha"
    assert found["most_distanced_outlet_share"] == "67%"
    measures = hedging.measure_table(data.claims).set_index("measure")
    assert list(measures["claims"]) == [3, 1, 1]
    assert measures.loc["condition", "markers found"] == "falls"


def test_hedging_changes_with_the_sides():
    only = select(dataset(), *ALL, ["usa"])
    shares = list(hedging.figure_hedging(only.claims)["share"])
    assert shares == ["100%", "100%", "0%", "0%", "0%", "0%", "0%"]


def test_named_places(data):
    named = places.named_places(data.claims, data.places)
    assert list(named["place"]) == ["Eastern Russia", "Kursk region"]
    assert list(named["claims"]) == [2, 2]
    assert named.loc[1, "sides"] == "USA, Ukraine"
    assert places.findings(named)["places_sentence"] == (
        "The selected claims name 2 places in 4 claims: in Russia (Eastern Russia, Kursk "
        "region). The places named most often are Eastern Russia and Kursk region, in 2 claims "
        "each."
    )
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
    assert list(table["agency credited"]) == ["AFP", "none", "none"]
    found = methods.findings(data)
    assert (found["n_articles"], found["n_claims"], found["n_outlets"]) == (3, 9, 3)
    # "NIS" and "National Intelligence Service" are one claimant
    assert (found["n_claimants"], found["n_claimant_spellings"]) == (7, 8)
    claimants = methods.claimant_table(data).set_index("claimant")
    assert claimants.loc["NIS, South Korea's intelligence service", "claims"] == 2
    assert claimants["claims"].is_monotonic_decreasing
    assert claimants["claims"].sum() == found["n_claims"]
    assert found["n_figure_claims"] == 6 and found["n_other_claims"] == 0
    assert found["first_published"] == "21 October 2024"


def test_corpus_follows_the_period():
    early = select(dataset(), "2024-10-01", "2024-12-31", vocab.SIDES)
    assert methods.findings(early)["n_articles"] == 2


def test_every_chapter_copes_with_an_empty_selection():
    empty = select(dataset(), "2030-01-01", "2030-12-31", vocab.SIDES)
    figures = growth.figures(empty.claims)
    assert growth.findings(figures, empty.claimants)["n_figures"] == 0
    assert growth.figure_table(figures).empty
    statements = positions.positions(empty.claims)
    assert positions.findings(statements, empty.claimants)["n_positions"] == 0
    routes = travel.chains(empty.claims, empty.articles)
    repeated = travel.repeated_claims(empty.claims, empty.articles, empty.claimants)
    found = travel.findings(routes, repeated)
    assert found["relays_sentence"] == "No claim of the selection names a relay in its own text."
    assert found["credits_sentence"] == "No article of the selection credits an agency."
    assert found["repeated_sentence"] == (
        "No claim of the selection stands in more than one article."
    )
    marked = hedging.markers(empty.claims, empty.articles)
    said = hedging.findings(empty.claims, marked)
    assert said["most_distanced_outlet"] == prose.NONE_FOUND
    assert "most often" not in said["distancing_sentence"]
    assert found["own_outlet_sentence"].startswith("No selected claim is the outlet")
    assert hedging.measure_table(empty.claims)["claims"].sum() == 0
    assert methods.claimant_table(empty).empty
    named = places.named_places(empty.claims, empty.places)
    assert places.findings(named)["n_places"] == 0
    assert methods.findings(empty)["first_published"] == prose.NONE_FOUND


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


def test_methods_shows_every_evaluation_set_and_each_measure_beside_its_target():
    from claimbook.extraction import evaluate
    from claimbook.extraction.sets import EVALUATION_SETS

    assert list(evaluate.sets_table()["set"]) == [s.label for s in EVALUATION_SETS]
    seeds = evaluate.evaluation(evaluate.load_gold("data")[0], articles=1)
    table = evaluate.table({"one set": seeds, "another set": seeds}).set_index("metric")
    assert list(table.columns) == ["target", "one set", "another set"]
    for metric, target in evaluate.TARGETS.items():
        assert table.loc[metric, "target"] == f"≥ {target:.2f}"
    assert table.loc["articles", "target"] == "" and table.loc["articles", "one set"] == 1
