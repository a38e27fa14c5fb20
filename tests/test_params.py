"""Parameters: the published set loads, overrides apply, bad values are refused with reasons."""

import datetime
from pathlib import Path

import pytest

from claimbook.build.parameters import ParameterError, load_parameters, parse_overrides

PARAMS = Path(__file__).parents[1] / "params.yml"


def test_published_parameters_cover_every_side_and_category() -> None:
    parameters = load_parameters(PARAMS)
    assert parameters.sides is None and parameters.counted is None
    assert parameters.start < parameters.end


def test_a_parameter_left_out_covers_everything(tmp_path: Path) -> None:
    minimal = tmp_path / "params.yml"
    minimal.write_text("data_dir: data\n")
    notebook = load_parameters(minimal).for_notebook()
    assert notebook == {"data_dir": "data"} | dict.fromkeys(
        ("start", "end", "sides", "counted", "evaluation_articles")
    )


def test_overrides_replace_published_values() -> None:
    overrides = parse_overrides(("end=2024-12-31", "sides=ukraine,usa"))
    parameters = load_parameters(PARAMS, overrides)
    assert parameters.end == datetime.date(2024, 12, 31)
    assert parameters.sides == ("ukraine", "usa")
    assert parameters.for_notebook()["sides"] == ["ukraine", "usa"]


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (("sides=ukraine,narnia",), "unknown side 'narnia'"),
        (("counted=dispatched,rumoured",), "unknown counted category 'rumoured'"),
        (("start=2025-01-01", "end=2024-12-31"), "end 2024-12-31 is before start 2025-01-01"),
        (("end=2024-02-30",), "end"),
        (("end=yesterday",), "end"),
        (("sides=",), "no side selected"),
        (("evaluation_articles=0",), "evaluation_articles"),
        (("evaluation_articles=some",), "evaluation_articles"),
    ],
)
def test_invalid_values_are_refused(pairs: tuple[str, ...], message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        load_parameters(PARAMS, parse_overrides(pairs))


@pytest.mark.parametrize(
    ("pair", "message"),
    [("colour=red", "unknown parameter 'colour'"), ("end", "expected NAME=VALUE")],
)
def test_malformed_overrides_are_refused(pair: str, message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        parse_overrides((pair,))


def test_unreadable_parameters_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "params.yml"
    broken.write_text("start: [unclosed\n")
    with pytest.raises(ParameterError, match=r"params\.yml"):
        load_parameters(broken)
