"""The charts: titled, labelled, in the report's palette, and the same on every run."""

import io
import re
from pathlib import Path
from urllib.parse import unquote

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from synthetic import dataset

from claimbook import vocab
from claimbook.chapters import growth, hedging, places, positions, travel
from claimbook.data.dataset import select
from claimbook.data.validate import load_data
from claimbook.page import charts
from claimbook.page.links import claim_href
from claimbook.synthetic.writer import write_corpus

matplotlib.use("Agg")

REFERENCE = Path(__file__).parents[1] / "data"


@pytest.fixture
def data():
    return select(dataset(), "2024-01-01", "2025-12-31", vocab.SIDES)


def _growth(data):
    return charts.growth_chart(growth.figures(data.claims))


def _positions(data):
    return charts.stance_chart(positions.positions(data.claims))


def _travel(data):
    graph = travel.chain_graph(travel.chains(data.claims, data.articles))
    return charts.chain_chart(graph, travel.layout(graph))


def _hedging(data):
    marked = hedging.markers(data.claims, data.articles)
    counts, shares = hedging.marker_shares(marked, "outlet")
    return charts.hedging_chart({"outlet": shares}, {"outlet": counts})


def _places(data):
    named = places.named_places(data.claims, data.places)
    return charts.places_map(
        places.load_countries("data"), named, places.reference_cities(set(named["place"]))
    )


CHARTS = [_growth, _positions, _travel, _hedging, _places]


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(fig)
    return buffer.getvalue()


def _texts(fig) -> list[str]:
    return [text.get_text() for text in fig.findobj(matplotlib.text.Text)]


@pytest.mark.parametrize("draw", CHARTS)
def test_chart_has_title_and_axis_labels(draw, data):
    fig = draw(data)
    texts = _texts(fig)
    titles = [ax.get_title() for ax in fig.axes] + [
        t
        for t in texts
        if t.startswith(("How the deployment", "Positions", "How the claims", "Hedging", "Places"))
    ]
    assert any(titles)
    labelled = [ax.get_xlabel() or ax.get_ylabel() for ax in fig.axes]
    columns = [tick.get_text() for ax in fig.axes for tick in ax.get_xticklabels()]
    maps = draw is _places and not any(ax.get_xticks().size for ax in fig.axes)
    assert any(labelled) or "outlet" in columns or maps
    width, height = fig.get_size_inches()
    assert width == charts.WIDTH and height >= 2.5
    plt.close(fig)


@pytest.mark.parametrize("draw", CHARTS)
def test_chart_is_deterministic(draw, data):
    assert _png(draw(data)) == _png(draw(data))


def test_growth_chart_draws_the_deployment_on_a_linear_scale(data):
    fig = _growth(data)
    assert all(ax.get_yscale() == "linear" for ax in fig.axes)
    texts = _texts(fig)
    assert "soldiers, as claimed (linear scale)" in texts
    assert "at least 3,000\nin Russia" in texts and "11,000\nat or near the front" in texts
    assert not any("1,400,000" in text for text in texts), "context is not drawn as deployment"
    assert len(fig.axes) == 2, "one panel per stretch of time"
    assert any("months later" in ax.get_title() for ax in fig.axes), "the gap is marked"
    plt.close(fig)


def test_growth_chart_labels_a_repeated_figure_once(data):
    fig = _growth(data)
    assert _texts(fig).count("1,500\ndispatched") == 1
    hollow = [
        line
        for ax in fig.axes
        for line in ax.get_lines()
        if line.get_markerfacecolor() == "white" and line.get_gid() != charts.AXIS_BREAK
    ]
    assert len(hollow) == 1
    plt.close(fig)


def test_growth_chart_follows_the_selection():
    early = select(dataset(), "2024-10-01", "2024-12-31", vocab.SIDES)
    fig = _growth(early)
    assert len(fig.axes) == 1
    plt.close(fig)


def test_other_figures_chart_draws_context_apart(data):
    fig = charts.other_figures_chart(growth.figures(data.claims))
    assert fig.axes[0].get_xscale() == "log"
    assert "up to 1,400,000" in _texts(fig)
    plt.close(fig)


def test_stance_chart_rows_are_sides(data):
    fig = _positions(data)
    labels = [tick.get_text() for tick in fig.axes[0].get_yticklabels()]
    assert labels == ["Russia", "North Korea", "South Korea"]
    plt.close(fig)


def test_empty_selection_draws_a_message():
    empty = select(dataset(), "2030-01-01", "2030-12-31", vocab.SIDES)
    for draw in CHARTS:
        fig = draw(empty)
        assert any(text.startswith("No ") for text in _texts(fig))
        plt.close(fig)


def test_palette_is_okabe_ito_and_styles_are_distinct():
    assert charts.OKABE_ITO["vermillion"] == "#D55E00"
    assert len(set(charts.SIDE_STYLE.values())) == len(vocab.SIDES)
    assert set(charts.SIDE_STYLE) == set(vocab.SIDES)
    assert set(charts.STANCE_STYLE) == set(vocab.STANCES)
    assert len({marker for _, marker in charts.STANCE_STYLE.values()}) == len(vocab.STANCES)


def test_time_spans_split_at_long_gaps():
    dates = pd.Series(pd.to_datetime(["2024-10-01", "2024-10-20", "2025-08-13", "2024-10-05"]))
    assert charts.time_spans(dates) == [
        (pd.Timestamp("2024-10-01"), pd.Timestamp("2024-10-20")),
        (pd.Timestamp("2025-08-13"), pd.Timestamp("2025-08-13")),
    ]


def test_spread_moves_same_day_points_apart_symmetrically():
    dates = pd.Series(pd.to_datetime(["2024-10-01"] * 3 + ["2024-10-02"]))
    moved = charts.spread(dates, pd.Series(["a", "a", "a", "a"]), step_hours=10)
    assert list(moved - dates) == [
        pd.Timedelta(hours=-10),
        pd.Timedelta(0),
        pd.Timedelta(hours=10),
        pd.Timedelta(0),
    ]


@pytest.fixture
def summing_up(monkeypatch):
    """Charts that sum up beyond two marks and label no route, as they do for large corpora."""
    monkeypatch.setattr(charts, "MARKS_LIMIT", 2)
    monkeypatch.setattr(charts, "EDGE_LABEL_LIMIT", 0)


def _marks(fig) -> int:
    """How many data markers the figure draws (legend handles excluded)."""
    return sum(
        len(line.get_xdata())
        for ax in fig.axes
        for line in ax.get_lines()
        if line.get_marker() not in ("None", "", None, "_") and line.get_gid() != charts.AXIS_BREAK
    )


@pytest.mark.parametrize("draw", CHARTS)
def test_summed_up_chart_is_deterministic(draw, data, summing_up):
    assert _png(draw(data)) == _png(draw(data))


def test_growth_chart_sums_up_figures_by_side_and_month(data, summing_up):
    figures = growth.figures(data.claims)
    fig = charts.growth_chart(figures)
    texts = _texts(fig)
    assert not any("3,000" in text or "1,500" in text for text in texts if "\n" in text)
    months = growth.deployment(figures).assign(
        stage=lambda f: f["counted"].map(charts.stage_of),
        month=lambda f: f["claim_date"].dt.to_period("M"),
    )
    assert _marks(fig) == len(months[["stage", "month"]].drop_duplicates())
    assert "sums up the figures of one stage and month" in charts.growth_reading(figures)
    plt.close(fig)


def test_growth_reading_describes_single_figures_below_the_limit(data):
    assert "Each figure is labelled" in charts.growth_reading(growth.figures(data.claims))


def test_stance_chart_sums_up_statements_by_side_and_month(data, summing_up):
    statements = positions.positions(data.claims)
    fig = charts.stance_chart(statements)
    assert [ax.get_ylabel() for ax in fig.axes] == ["Russia", "North Korea", "South Korea"]
    bars = [bar for ax in fig.axes for bar in ax.patches if bar.get_height() > 0]
    assert len(bars) == len(statements) == 3
    assert "stacked by stance" in charts.stance_reading(statements)
    plt.close(fig)


def test_chain_chart_labels_every_node_whole(data):
    graph = travel.chain_graph(travel.chains(data.claims, data.articles))
    graph.add_node(("relay", "his Telegram channel"), layer=1, name="his Telegram channel")
    graph.add_edge(("source", "Russia"), ("relay", "his Telegram channel"), claims=1)
    graph.add_edge(("relay", "his Telegram channel"), ("outlet", "Beta"), claims=1)
    fig = charts.chain_chart(graph, travel.layout(graph))
    labels = [" ".join(text.split()) for text in _texts(fig)]
    for _, name in graph.nodes(data="name"):
        assert any(label.startswith(charts.node_label(name)) for label in labels), name
    assert not any("his Telegram" in label or "..." in label for label in labels)
    assert any(label.startswith("the claimant's own Telegram channel") for label in labels)
    plt.close(fig)


def test_charts_of_a_large_synthetic_corpus_stay_within_their_marks(tmp_path):
    """A corpus far beyond the limits: each time chart draws at most one mark per side and
    month of each row, not one per claim."""
    data_dir = write_corpus(tmp_path / "corpus", 2000, 20_000, 7, REFERENCE).data_dir
    data = select(load_data(data_dir), "2024-01-01", "2025-12-31", vocab.SIDES)
    figures = growth.figures(data.claims)
    fig = charts.growth_chart(figures)
    months = figures["claim_date"].dt.to_period("M").nunique()
    assert _marks(fig) <= len(charts.STAGES) * months < len(figures)
    plt.close(fig)
    statements = positions.positions(data.claims)
    fig = charts.stance_chart(statements)
    bars = [bar for ax in fig.axes for bar in ax.patches]
    monthly = positions.monthly_stances(statements)
    assert _marks(fig) == 0
    assert len(bars) == len(monthly) * len(vocab.STANCES) < len(statements)
    assert sum(bar.get_height() for bar in bars) == len(statements)
    plt.close(fig)


def _published():
    return select(load_data(REFERENCE))


def _label_boxes(fig) -> list:
    """The window extents of the texts drawn inside the axes (labels of marks), after drawing."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return [
        (text.get_text(), text.get_window_extent(renderer))
        for ax in fig.axes
        for text in ax.texts
        if text.get_text().strip() and text.get_visible()
    ]


def _overlaps(boxes) -> list[tuple[str, str]]:
    return [
        (a, b)
        for i, (a, box_a) in enumerate(boxes)
        for b, box_b in boxes[i + 1 :]
        if box_a.overlaps(box_b)
    ]


@pytest.mark.parametrize(
    "selection",
    [{}, {"sides": ["russia", "north_korea"]}, {"sides": ["ukraine", "usa"]}],
    ids=["published", "russia-north-korea", "ukraine-usa"],
)
def test_growth_labels_do_not_overlap(selection):
    data = select(load_data(REFERENCE), **selection)
    for narrow in (False, True):
        fig = charts.growth_chart(growth.figures(data.claims), narrow=narrow)
        boxes = _label_boxes(fig)
        assert not _overlaps(boxes), _overlaps(boxes)
        plt.close(fig)


def test_map_and_flow_labels_do_not_overlap():
    data = _published()
    graph = travel.chain_graph(travel.chains(data.claims, data.articles))
    narrow = charts.chain_chart(graph, travel.layout(graph), narrow=True)
    for fig in (_places(data), _travel(data), narrow):
        boxes = _label_boxes(fig)
        assert boxes and not _overlaps(boxes), _overlaps(boxes)
        plt.close(fig)


def _links(fig, name: str) -> set[str]:
    from claimbook.page.display import figure_svg

    svg = figure_svg(fig, name)
    plt.close(fig)
    return set(re.findall(r'<a href="([^"]+)"', svg))


def test_marks_link_to_the_claims_they_draw():
    data = _published()
    figures = growth.figures(data.claims)
    expected = {
        claim_href(row.article_id, row.claim_id) for row in growth.deployment(figures).itertuples()
    }
    assert _links(charts.growth_chart(figures), "growth") == expected
    others = figures[figures["group"] != "deployment"]
    assert _links(charts.other_figures_chart(figures), "other") == {
        claim_href(row.article_id, row.claim_id) for row in others.itertuples()
    }
    statements = positions.positions(data.claims)
    assert _links(charts.stance_chart(statements), "positions") == {
        claim_href(row.article_id, row.claim_id) for row in statements.itertuples()
    }


@pytest.mark.parametrize("narrow", [False, True], ids=["wide", "narrow"])
def test_flow_marks_link_to_the_claims_they_sum(narrow):
    """Each band links to the explorer listing the claims of its route, and each bar and label
    to those through its node: together, every claim of the selection."""
    data = _published()
    routes = travel.chains(data.claims, data.articles)
    graph = travel.chain_graph(routes)
    listed = [
        set(unquote(href).partition("#claims=")[2].split(","))
        for href in _links(charts.chain_chart(graph, travel.layout(graph), narrow), "travel")
    ]
    routes_taken = [set(ids) for _, _, ids in graph.edges(data="claim_ids")]
    assert all(route in listed for route in routes_taken)
    assert set().union(*listed) == set(routes["claim_id"])


def test_a_summed_up_mark_links_to_the_first_claim_it_sums(data, summing_up):
    figures = growth.figures(data.claims)
    links = _links(charts.growth_chart(figures), "growth")
    deployed = growth.deployment(figures).sort_values(["claim_date", "claim_id"])
    firsts = deployed.assign(
        stage=deployed["counted"].map(charts.stage_of),
        month=deployed["claim_date"].dt.to_period("M"),
    ).drop_duplicates(["stage", "month"])
    assert links == {claim_href(row.article_id, row.claim_id) for row in firsts.itertuples()}


def test_the_chart_reaches_the_page_as_inline_svg_with_named_links():
    from claimbook.page.display import Chart, figure_svg

    fig = charts.stance_chart(positions.positions(_published().claims))
    svg = figure_svg(fig, "positions")
    plt.close(fig)
    assert svg.startswith("<svg") and "<?xml" not in svg
    assert 'target="_blank"' not in svg
    assert re.search(r'<a href="([^"]+#claim-[^"]+)" xlink:href="\1" aria-label="claim [^"]+"', svg)
    page = Chart(svg, "Statements by side and date")._repr_html_()
    assert 'aria-label="Statements by side and date"' in page and "overflow-x:auto" in page
    both = Chart(svg, "Statements", narrow=svg)._repr_html_()
    assert "@media (max-width:" in both and both.count("<svg") == 2
    assert (
        figure_svg(charts.stance_chart(positions.positions(_published().claims)), "positions")
        == svg
    )


def _drawings(data, narrow: bool) -> dict:
    """Every chart of the report, wide or narrow, for a selection."""
    figures = growth.figures(data.claims)
    marked = hedging.markers(data.claims, data.articles)
    groups = {by: hedging.marker_shares(marked, by) for by in ("outlet", "side")}
    named = places.named_places(data.claims, data.places)
    graph = travel.chain_graph(travel.chains(data.claims, data.articles))
    countries = places.load_countries(REFERENCE)
    return {
        "growth": lambda: charts.growth_chart(figures, narrow),
        "other_figures": lambda: charts.other_figures_chart(figures, narrow),
        "positions": lambda: charts.stance_chart(positions.positions(data.claims), narrow),
        "travel": lambda: charts.chain_chart(graph, travel.layout(graph), narrow),
        "hedging": lambda: charts.hedging_chart(
            {by: pair[1] for by, pair in groups.items()},
            {by: pair[0] for by, pair in groups.items()},
            narrow,
        ),
        "places": lambda: charts.places_map(
            countries, named, places.reference_cities(set(named["place"])), narrow
        ),
    }


DRAWINGS = ["growth", "other_figures", "positions", "travel", "hedging", "places"]
UNLINKED = ("hedging", "places")
"""The charts whose marks sum up shares or places rather than link to claims."""
SELECTIONS = {
    "published": {},
    "russia-north-korea": {"sides": ["russia", "north_korea"]},
    "ukraine-usa": {"sides": ["ukraine", "usa"]},
}


@pytest.mark.parametrize("name", DRAWINGS)
def test_a_narrow_drawing_links_what_the_wide_one_links(name):
    data = _published()
    wide, narrow = (_drawings(data, flag)[name]() for flag in (False, True))
    links = _links(wide, name)
    assert _links(narrow, name) == links
    assert links or name in UNLINKED, "a chart of claims links its marks to them"


def _smallest_text(fig) -> float:
    """The size (points) of the smallest text the figure shows."""
    return min(
        text.get_fontsize()
        for text in fig.findobj(matplotlib.text.Text)
        if text.get_visible() and text.get_text().strip()
    )


@pytest.mark.parametrize("name", DRAWINGS)
def test_a_narrow_drawing_reads_on_a_phone(name):
    """Drawn NARROW_WIDTH wide and scaled to a phone's text column, its smallest text is no
    smaller than READABLE_PIXELS on screen."""
    fig = _drawings(_published(), True)[name]()
    width, _ = fig.get_size_inches()
    assert width == charts.NARROW_WIDTH
    on_screen = _smallest_text(fig) * charts.DPI / 72 * charts.PHONE_COLUMN / (width * charts.DPI)
    plt.close(fig)
    assert on_screen >= charts.READABLE_PIXELS, f"{name}: text of {on_screen:.1f} px"


def _clipped(fig) -> list[str]:
    """The labels, titles and legend texts that run past the edge of the figure (the SVG cuts
    them off)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    texts = [*fig.texts, *(text for legend in fig.legends for text in legend.get_texts())]
    for ax in fig.axes:
        texts += [*ax.texts, ax.title, ax.xaxis.label, ax.yaxis.label]
    edge = fig.bbox.padded(1)
    shown = [text for text in texts if text.get_visible() and text.get_text().strip()]
    boxes = [(text.get_text(), text.get_window_extent(renderer)) for text in shown]
    return [
        words for words, box in boxes if not (edge.contains(*box.min) and edge.contains(*box.max))
    ]


@pytest.mark.parametrize("selection", SELECTIONS.values(), ids=SELECTIONS.keys())
@pytest.mark.parametrize("narrow", [False, True], ids=["wide", "narrow"])
def test_no_label_is_cut_off_or_overlaps_another(selection, narrow):
    data = select(load_data(REFERENCE), **selection)
    for name, draw in _drawings(data, narrow).items():
        fig = draw()
        assert not _clipped(fig), (name, _clipped(fig))
        boxes = _label_boxes(fig)
        assert not _overlaps(boxes), (name, _overlaps(boxes))
        plt.close(fig)
