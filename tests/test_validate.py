"""The validator: the shipped data is clean, and each kind of bad input is caught and located."""

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from claimbook.cli import main
from claimbook.data.problems import DataError
from claimbook.data.validate import check_data_dir, load_data
from claimbook.synthetic.writer import write_corpus

FIXTURE = Path(__file__).parent / "fixtures" / "minimal"
ARTICLE = "articles/2024-11-04-testblatt.md"
REPO_DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh copy of the minimal valid data directory, to be broken by each test."""
    return Path(shutil.copytree(FIXTURE, tmp_path / "data"))


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def rewrite_claims(data_dir: Path, change) -> None:
    frame = pd.read_csv(data_dir / "claims.csv", dtype=str, keep_default_na=False)
    change(frame).to_csv(data_dir / "claims.csv", index=False, lineterminator="\n")


def edit_claims(data_dir: Path, row: int, **cells: str) -> None:
    def set_cells(frame: pd.DataFrame) -> pd.DataFrame:
        for field, value in cells.items():
            frame.loc[row, field] = value
        return frame

    rewrite_claims(data_dir, set_cells)


def problems_of(data_dir: Path) -> list[str]:
    return [str(problem) for problem in check_data_dir(data_dir)]


def test_fixture_is_valid(data_dir: Path) -> None:
    assert problems_of(data_dir) == []


def test_shipped_data_is_valid() -> None:
    result = CliRunner().invoke(main, ["validate", str(REPO_DATA)])
    assert result.exit_code == 0, result.output


def test_load_data_types_columns(data_dir: Path) -> None:
    dataset = load_data(data_dir)
    claims = dataset.claims
    assert str(claims["start"].dtype) == "Int64"
    assert str(claims["figure_low"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(claims["claim_date"])
    assert pd.api.types.is_datetime64_any_dtype(dataset.articles["published"])
    assert claims.loc[0, "figure_high"] is pd.NA
    body = dataset.articles.loc["2024-11-04-testblatt", "body"]
    for claim in claims.itertuples():
        assert body[claim.start : claim.end] == claim.quote


# Each case: how to break the data, then the fragments the message must contain
# (file, line, field, and what was found or expected).
CASES = {
    "missing column": (
        lambda d: rewrite_claims(d, lambda frame: frame.drop(columns="claim_group")),
        ["claims.csv:1", "claim_group", "missing"],
    ),
    "unknown column": (
        lambda d: rewrite_claims(d, lambda frame: frame.assign(colour="red")),
        ["claims.csv:1", "unknown column 'colour'"],
    ),
    "row with a value too many": (
        lambda d: edit(d / "claims.csv", ",kremlin-denial", ",kremlin-denial,extra"),
        ["claims.csv:3", "23 values", "22, one per column"],
    ),
    "wrong type": (
        lambda d: edit_claims(d, 1, start="eighty-five"),
        ["claims.csv:3", "start", "'eighty-five'", "whole number"],
    ),
    "duplicate claim_id": (
        lambda d: edit_claims(d, 2, claim_id="2024-11-04-testblatt-01"),
        ["claims.csv:4", "claim_id", "duplicate"],
    ),
    "article_id with no article": (
        lambda d: edit_claims(d, 0, article_id="2024-11-05-nowhere"),
        ["claims.csv:2", "article_id", "'2024-11-05-nowhere'", "2024-11-04-testblatt"],
    ),
    "offset out of range": (
        lambda d: edit_claims(d, 2, end="9999"),
        ["claims.csv:4", "end", "9999", "length of the body"],
    ),
    "quote differs from body": (
        lambda d: edit_claims(d, 1, start="86"),
        ["claims.csv:3", "quote", "body[86:143]", "Der Kreml"],
    ),
    "figure_low above figure_high": (
        lambda d: edit_claims(d, 2, figure_low="1000"),
        ["claims.csv:4", "figure_low", "figure_low <= figure_high"],
    ),
    "figure not in the quote": (
        lambda d: edit_claims(d, 0, figure_text="mindestens 9000"),
        ["claims.csv:2", "figure_text", "'mindestens 9000'"],
    ),
    "figure bounds differ from the written figure": (
        lambda d: edit_claims(d, 0, figure_low="800"),
        ["claims.csv:2", "figure_low/figure_high", "800..open", "8000..open"],
    ),
    "unknown side": (
        lambda d: edit_claims(d, 1, claimant_side="kremlin"),
        ["claims.csv:3", "claimant_side", "'kremlin'", "one of ukraine"],
    ),
    "unknown counted": (
        lambda d: edit_claims(d, 0, counted="soldiers"),
        ["claims.csv:2", "counted", "'soldiers'", "planned_total"],
    ),
    "unknown hedge": (
        lambda d: edit_claims(d, 0, hedges="sollen;vielleicht"),
        ["claims.csv:2", "hedges", "sollen;vielleicht"],
    ),
    "impossible claim date": (
        lambda d: edit_claims(d, 1, claim_date="2024-02-30"),
        ["claims.csv:3", "claim_date", "'2024-02-30'", "calendar date"],
    ),
    "impossible publication date": (
        lambda d: edit(d / ARTICLE, "published: 2024-11-04", "published: 2024-11-31"),
        [f"{ARTICLE}:6", "published", "'2024-11-31'", "calendar date"],
    ),
    "missing front matter": (
        lambda d: edit(d / ARTICLE, "---\n", "", 2),
        [f"{ARTICLE}:1", "'---' opening the front matter"],
    ),
    "unclosed front matter": (
        lambda d: edit(d / ARTICLE, "source_file: null\n---\n", "source_file: null\n"),
        [ARTICLE, "closing the front matter"],
    ),
    "broken YAML": (
        lambda d: edit(d / ARTICLE, "language: de", "language: [de"),
        [ARTICLE, "invalid YAML"],
    ),
    "missing front matter field": (
        lambda d: edit(d / ARTICLE, 'outlet: "Testblatt (dpa)"\n', ""),
        [f"{ARTICLE}:1", "outlet", "missing"],
    ),
    "unknown front matter field": (
        lambda d: edit(d / ARTICLE, "language: de", "language: de\nmood: grim"),
        [f"{ARTICLE}:10", "mood", "unknown field"],
    ),
    "unknown language": (
        lambda d: edit(d / ARTICLE, "language: de", "language: fr"),
        [f"{ARTICLE}:9", "language", "'fr'", "one of de, en"],
    ),
    "duplicate article id": (
        lambda d: shutil.copy(d / ARTICLE, d / "articles/2024-11-05-copy.md"),
        ["2024-11-05-copy.md:2", "id", "file name"],
    ),
    "not UTF-8": (
        lambda d: (d / ARTICLE).write_bytes(
            (d / ARTICLE).read_bytes().replace("zurück".encode(), "zurück".encode("latin-1"))
        ),
        [f"{ARTICLE}:14", "not UTF-8"],
    ),
    "byte-order mark": (
        lambda d: (d / "claims.csv").write_bytes(b"\xef\xbb\xbf" + (d / "claims.csv").read_bytes()),
        ["claims.csv:1", "byte-order mark"],
    ),
    "CRLF line endings": (
        lambda d: (d / ARTICLE).write_bytes((d / ARTICLE).read_bytes().replace(b"\n", b"\r\n")),
        [f"{ARTICLE}:1", "carriage return", "LF line endings"],
    ),
    "place not in the gazetteer": (
        lambda d: edit_claims(d, 0, place="Atlantis"),
        ["claims.csv:2", "place", "'Atlantis'", "places.csv"],
    ),
    "position without stance": (
        lambda d: edit_claims(d, 1, stance=""),
        ["claims.csv:3", "stance", "empty value"],
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_input_is_located(data_dir: Path, case: str) -> None:
    breaks, fragments = CASES[case]
    breaks(data_dir)
    problems = problems_of(data_dir)
    assert problems, f"{case}: no problem reported"
    assert any(all(fragment in problem for fragment in fragments) for problem in problems), (
        f"{case}: no message contains all of {fragments}:\n" + "\n".join(problems)
    )
    result = CliRunner().invoke(main, ["validate", str(data_dir)])
    assert result.exit_code == 1
    assert "problem(s)" in result.output


def test_every_problem_is_reported_at_once(data_dir: Path) -> None:
    edit_claims(data_dir, 0, claimant_side="kremlin")
    edit_claims(data_dir, 2, end="9999")
    edit(data_dir / ARTICLE, "language: de", "language: fr")
    fields = {problem.field for problem in check_data_dir(data_dir)}
    assert {"claimant_side", "end", "language"} <= fields


def test_load_data_raises_with_every_problem(data_dir: Path) -> None:
    edit_claims(data_dir, 0, claimant_side="kremlin")
    edit_claims(data_dir, 1, claimant_side="moscow")
    with pytest.raises(DataError) as raised:
        load_data(data_dir)
    assert len(raised.value.problems) == 2
    assert "'moscow'" in str(raised.value)


def test_missing_data_dir_is_reported(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "absent")])
    assert result.exit_code == 1
    assert "no such directory" in result.output


def test_unknown_article_id_names_a_few_known_ids_not_all(tmp_path):
    data_dir = write_corpus(tmp_path / "corpus", 12, 30, 3, REPO_DATA).data_dir
    claims = data_dir / "claims.csv"
    with claims.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    rows[0]["article_id"] = "no-such-article"
    with claims.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    [problem] = [p for p in check_data_dir(data_dir) if p.field == "article_id"]
    assert problem.line == 2
    assert "and 7 more" in problem.expected
