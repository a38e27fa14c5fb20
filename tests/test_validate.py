"""The validator: the shipped data is clean, and each kind of bad input is caught and located."""

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from claimbook.cli import main
from claimbook.data import validate
from claimbook.data.problems import DataError
from claimbook.data.schema import markers_of
from claimbook.data.validate import check_data_dir, first_difference, inspect_data_dir, load_data
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
        ["claims.csv:3", "26 values", "25, one per column"],
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
        [
            "claims.csv:3",
            "quote",
            "body[86:143]",
            "at character 0",
            "Der Kreml",
            "the quote stands",
        ],
    ),
    "figure_low above figure_high": (
        lambda d: edit_claims(d, 2, figure_low="1000"),
        ["claims.csv:4", "figure_low/figure_high", "figure_low 1000, figure_high 999"],
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
    "unknown distancing marker": (
        lambda d: edit_claims(d, 0, distancing="sollen;vielleicht"),
        ["claims.csv:2", "distancing", "sollen;vielleicht", "angeblich"],
    ),
    "uncertainty marker under distancing": (
        lambda d: edit_claims(d, 2, distancing="wahrscheinlich"),
        ["claims.csv:4", "distancing", "'wahrscheinlich'", "from sollen"],
    ),
    "marker not in the quote": (
        lambda d: edit_claims(d, 0, distancing="angeblich"),
        ["claims.csv:2", "distancing", "'angeblich', which is not in the quote", "stands in"],
    ),
    "marker named without the form the quote uses": (
        lambda d: edit_claims(d, 2, distancing="Konjunktiv I"),
        ["claims.csv:4", "distancing", "'Konjunktiv I'", "Konjunktiv I (seien)"],
    ),
    "form of a condition not in the quote": (
        lambda d: edit_claims(d, 2, condition="Konjunktiv II (wären)"),
        ["claims.csv:4", "condition", "'wären'"],
    ),
    "unknown claimant_id": (
        lambda d: edit_claims(d, 1, claimant_id="putin"),
        ["claims.csv:3", "claimant_id", "'putin'", "claimants.csv"],
    ),
    "claimant_side not the claimant's": (
        lambda d: edit_claims(d, 1, claimant_side="usa"),
        ["claims.csv:3", "claimant_side", "'usa'", "'russia', the side of 'kremlin'"],
    ),
    "alias of two claimants": (
        lambda d: edit(d / "claimants.csv", "Kreml\n", "Kreml;Pentagon\n"),
        ["claimants.csv:5", "aliases", "'Pentagon', already a name or alias of 'kremlin'"],
    ),
    "unknown side in claimants.csv": (
        lambda d: edit(d / "claimants.csv", "Kremlin,russia", "Kremlin,moscow"),
        ["claimants.csv:3", "side", "'moscow'", "one of ukraine"],
    ),
    "claimants.csv missing": (
        lambda d: (d / "claimants.csv").unlink(),
        ["claimants.csv", "no such file", "claimants table"],
    ),
    "claims file with a header and no rows": (
        lambda d: (d / "claims.csv").write_text(
            (d / "claims.csv").read_text(encoding="utf-8").split("\n")[0] + "\n",
            encoding="utf-8",
        ),
        ["claims.csv", "no claim rows", "at least one claim row"],
    ),
    "empty claims file": (
        lambda d: (d / "claims.csv").write_text("", encoding="utf-8"),
        ["claims.csv:1", "an empty file", "claim_id,article_id"],
    ),
    "impossible claim date": (
        lambda d: edit_claims(d, 1, claim_date="2024-02-30"),
        ["claims.csv:3", "claim_date", "'2024-02-30'", "calendar date"],
    ),
    "impossible publication date": (
        lambda d: edit(d / ARTICLE, "published: 2024-11-04", "published: 2024-11-31"),
        [f"{ARTICLE}:7", "published", "'2024-11-31'", "calendar date"],
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
        lambda d: edit(d / ARTICLE, 'outlet: "Testblatt"\n', ""),
        [f"{ARTICLE}:1", "outlet", "missing"],
    ),
    "unknown front matter field": (
        lambda d: edit(d / ARTICLE, "language: de", "language: de\nmood: grim"),
        [f"{ARTICLE}:11", "mood", "unknown field"],
    ),
    "unknown language": (
        lambda d: edit(d / ARTICLE, "language: de", "language: fr"),
        [f"{ARTICLE}:10", "language", "'fr'", "one of de, en"],
    ),
    "duplicate article id": (
        lambda d: shutil.copy(d / ARTICLE, d / "articles/2024-11-05-copy.md"),
        ["2024-11-05-copy.md:2", "id", "file name"],
    ),
    "not UTF-8": (
        lambda d: (d / ARTICLE).write_bytes(
            (d / ARTICLE).read_bytes().replace("zurück".encode(), "zurück".encode("latin-1"))
        ),
        [f"{ARTICLE}:15", "not UTF-8"],
    ),
    "byte-order mark": (
        lambda d: (d / "claims.csv").write_bytes(b"\xef\xbb\xbf" + (d / "claims.csv").read_bytes()),
        ["claims.csv:1", "byte-order mark", "spreadsheets", "sed -i '1s/^\\xEF\\xBB\\xBF//'"],
    ),
    "byte-order mark in claimants.csv": (
        lambda d: (d / "claimants.csv").write_bytes(
            b"\xef\xbb\xbf" + (d / "claimants.csv").read_bytes()
        ),
        ["data/claimants.csv:1", "byte-order mark", "data/claimants.csv)"],
    ),
    "CRLF line endings in claims.csv": (
        lambda d: (d / "claims.csv").write_bytes(
            (d / "claims.csv").read_bytes().replace(b"\n", b"\r\n")
        ),
        [
            "data/claims.csv:1",
            "carriage return",
            "spreadsheets",
            "sed -i 's/\\r$//' data/claims.csv",
        ],
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
    assert "error(s)" in result.output


BREAKS = {case: breaks for case, (breaks, _) in CASES.items()} | {
    "unreadable written figure": lambda d: edit_claims(d, 2, figure_text="wohl Hunderte"),
    "unresolved claimant": lambda d: edit_claims(d, 1, claimant_id=""),
}


@pytest.mark.parametrize("case", BREAKS, ids=list(BREAKS))
def test_the_screen_of_rows_hides_no_problem(
    data_dir: Path, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The column-wise screen of the claims rows finds every error and warning that explaining
    every row finds."""
    BREAKS[case](data_dir)
    screened = inspect_data_dir(data_dir)
    monkeypatch.setattr(
        validate, "_suspects", lambda claims, context: pd.Series(True, index=claims.index)
    )
    assert inspect_data_dir(data_dir) == screened


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


def messages_on(data_dir: Path, line: int) -> list[str]:
    return [
        str(p) for p in check_data_dir(data_dir) if p.file.endswith("claims.csv") and p.line == line
    ]


def test_reversed_bounds_are_one_message(data_dir: Path) -> None:
    edit_claims(data_dir, 2, figure_low="1000")
    [message] = messages_on(data_dir, 4)
    assert "figure_low 1000, figure_high 999" in message


def test_reversed_offsets_are_one_message(data_dir: Path) -> None:
    edit_claims(data_dir, 1, start="200")
    [message] = messages_on(data_dir, 3)
    assert "start/end" in message and "start 200, end 143" in message


def test_a_broken_article_is_reported_once_not_for_each_claim(data_dir: Path) -> None:
    edit(data_dir / ARTICLE, "language: de", "language: [de")
    problems = check_data_dir(data_dir)
    assert [p.file for p in problems] == [f"data/{ARTICLE}"]


def test_a_differing_quote_shows_where_it_differs_at_the_end(data_dir: Path) -> None:
    body_quote = 'Der Kreml wies die Berichte am Montag als "Unsinn" zurück.'
    edit_claims(data_dir, 1, quote=body_quote[:-1] + "!")
    [message] = messages_on(data_dir, 3)
    assert f"at character {len(body_quote) - 1}" in message
    assert "body '…" in message and "zurück.'" in message
    assert "quote '…" in message and "zurück!'" in message


def test_first_difference_windows_both_texts() -> None:
    found = first_difference("a" * 50 + "sind" + "b" * 50, "a" * 50 + "seien" + "b" * 50)
    assert found.startswith("at character 51:")
    assert f"body '…{'a' * 19}sind{'b' * 17}…'" in found
    assert f"quote '…{'a' * 19}seien{'b' * 16}…'" in found
    assert first_difference("Soldaten", "Soldaten sind").startswith("at character 8:")


def test_a_written_form_the_parser_cannot_read_is_a_warning(data_dir: Path) -> None:
    edit_claims(data_dir, 2, figure_text="wohl Hunderte")
    report = inspect_data_dir(data_dir)
    assert report.errors == []
    [warning] = report.warnings
    assert warning.field == "figure_text" and warning.line == 4
    assert "cannot read" in str(warning) and "bounds stand as coded" in str(warning)
    assert load_data(data_dir).claims.loc[2, "figure_low"] == 200
    result = CliRunner().invoke(main, ["validate", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "1 warning(s)" in result.output


def test_an_unresolved_claimant_is_a_warning(data_dir: Path) -> None:
    edit_claims(data_dir, 1, claimant_id="")
    report = inspect_data_dir(data_dir)
    assert report.errors == []
    assert [(w.line, w.field) for w in report.warnings] == [(3, "claimant_id")]


def test_an_outlet_that_is_not_a_claimant_is_a_warning(data_dir: Path) -> None:
    edit(data_dir / ARTICLE, 'outlet: "Testblatt"', 'outlet: "Testzeitung"')
    report = inspect_data_dir(data_dir)
    assert report.errors == []
    [warning] = report.warnings
    assert (warning.file, warning.line, warning.field) == (f"data/{ARTICLE}", 4, "outlet")


def test_the_outlet_resolves_through_its_aliases(data_dir: Path) -> None:
    edit(data_dir / ARTICLE, 'outlet: "Testblatt"', 'outlet: "testblatt  (DPA)"')
    data = load_data(data_dir)
    assert list(data.articles["outlet_id"]) == ["testblatt"]


def test_the_agency_may_be_left_out(data_dir: Path) -> None:
    edit(data_dir / ARTICLE, 'agency: "dpa"\n', "")
    data = load_data(data_dir)
    assert data.articles["agency"].isna().all()


def test_every_marker_of_the_shipped_data_stands_in_its_quote() -> None:
    claims = load_data(REPO_DATA).claims
    for column in ("distancing", "uncertainty", "condition"):
        for quote, cell in zip(claims["quote"], claims[column], strict=True):
            for marker, form in markers_of(cell):
                assert form.casefold() in quote.casefold(), (column, marker, quote)
