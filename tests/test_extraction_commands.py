"""`claimbook extract` and `claimbook evaluate` end to end, on articles written for the tests."""

import shutil
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from claimbook.cli import main
from claimbook.data.schema import CLAIMS
from claimbook.data.validate import check_data_dir, load_data
from claimbook.extraction.evaluate import evaluation, load_gold
from claimbook.extraction.extract import REVIEW_COLUMNS
from claimbook.extraction.sets import EVALUATION_SETS

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "extraction" / "articles"
GERMAN = ARTICLES / "2024-11-06-testpost.md"
REPO_ROOT = Path(__file__).parents[1]
REPO_DATA = REPO_ROOT / "data"


def run_extract(*arguments: str) -> object:
    return CliRunner().invoke(main, ["extract", *arguments], catch_exceptions=False)


def _data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    shutil.copy(GERMAN, data / "articles")
    shutil.copy(FIXTURES / "minimal" / "places.csv", data)
    shutil.copy(FIXTURES / "minimal" / "claimants.csv", data)
    return data


def _reviewed(candidates: pd.DataFrame) -> pd.DataFrame:
    """What a reviewer does at the least: drop the review columns, leave out places new to
    places.csv, translate."""
    new_place = candidates["review"].str.contains("new place")
    return (
        candidates.drop(columns=REVIEW_COLUMNS)
        .assign(place=candidates["place"].where(~new_place, ""))
        .assign(quote_en="(translated by the reviewer)")
    )


def test_reviewed_candidates_pass_the_validator(tmp_path: Path) -> None:
    data = _data_dir(tmp_path)
    out = tmp_path / "candidates.csv"
    result = run_extract(str(GERMAN), "--out", str(out), "--data", str(data))
    assert result.exit_code == 0, result.output
    candidates = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(candidates.columns) == [*CLAIMS.columns, *REVIEW_COLUMNS]
    assert candidates["review"].str.contains("translate the quote").all()
    assert (candidates["quote_en"] == "").all()  # translation is the reviewer's job

    untranslated = _reviewed(candidates).assign(quote_en="")
    untranslated.to_csv(data / "claims.csv", index=False, lineterminator="\n")
    assert any(p.field == "quote_en" for p in check_data_dir(data))

    _reviewed(candidates).to_csv(data / "claims.csv", index=False, lineterminator="\n")
    assert check_data_dir(data) == []


def test_a_bad_file_is_reported_and_the_others_are_extracted(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(GERMAN, folder)
    (folder / "2024-11-08-nofence.md").write_text("Kein Vorspann.\n", encoding="utf-8")
    french = GERMAN.read_text(encoding="utf-8").replace("language: de", "language: fr")
    (folder / "2024-11-09-french.md").write_text(french, encoding="utf-8")
    out = tmp_path / "candidates.csv"

    result = run_extract(str(folder), str(ARTICLES / "2024-11-07-testwire.md"), "--out", str(out))

    assert result.exit_code != 0
    assert "2024-11-08-nofence.md" in result.output and "front matter" in result.output
    assert "2024-11-09-french.md" in result.output and "'fr'" in result.output
    assert "2 of 4 file(s)" in result.output
    written = pd.read_csv(out, dtype=str)
    assert set(written["article_id"]) == {"2024-11-06-testpost", "2024-11-07-testwire"}
    assert written.equals(written.sort_values(["article_id", "start"], key=_numeric_start))


def _numeric_start(column: pd.Series) -> pd.Series:
    return column.astype(int) if column.name == "start" else column


def test_extraction_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    run_extract(str(ARTICLES), "--out", str(first))
    run_extract(str(ARTICLES), "--out", str(second))
    assert first.read_bytes() == second.read_bytes()


def test_evaluation_counts_matches_misses_and_false_figures(tmp_path: Path) -> None:
    """On a data directory of the tests' own, whose gold we know: a missed figure lowers the
    recall, a false one the precision, a wrong bound the bound accuracy."""
    data = _data_dir(tmp_path)
    run_extract(str(GERMAN), "--out", str(tmp_path / "c.csv"), "--data", str(data))
    gold = _reviewed(pd.read_csv(tmp_path / "c.csv", dtype=str, keep_default_na=False))
    figures = gold[gold["kind"] == "figure"]
    assert len(figures) >= 2
    gold = gold.drop(index=figures.index[0])  # the extractor will propose one figure too many
    gold.to_csv(data / "claims.csv", index=False, lineterminator="\n")
    result = evaluation(load_gold(data)[0])
    assert result.figures.recall == 1.0
    assert result.figures.precision == (len(figures) - 1) / len(figures)
    assert result.figures.accuracy("figure_low", "figure_high") == 1.0


def test_evaluate_command_prints_every_set_beside_the_targets() -> None:
    sets = [str(each.path(REPO_ROOT)) for each in EVALUATION_SETS]
    result = CliRunner().invoke(main, ["evaluate", *sets])
    assert result.exit_code == 0, result.output
    header = result.stdout.split("\n")[0]
    assert "target" in header and all(each.label in header for each in EVALUATION_SETS)
    for metric in ("figure recall (de)", "bounds right", "counted right", "position recall"):
        assert metric in result.output


def test_evaluation_on_a_sample_takes_the_first_articles_by_id() -> None:
    sample = evaluation(load_data(REPO_DATA), articles=2)
    assert sample.articles == 2
    first_two = sorted(path.stem for path in (REPO_DATA / "articles").glob("*.md"))[:2]
    assert set(sample.figures.curated["article_id"]) <= set(first_two)
    assert set(sample.positions.curated["article_id"]) <= set(first_two)


def test_an_article_without_an_id_is_reported_not_written_as_none(tmp_path: Path) -> None:
    nameless = "\n".join(
        line
        for line in GERMAN.read_text(encoding="utf-8").split("\n")
        if not line.startswith("id:")
    )
    article = tmp_path / "2024-11-10-nameless.md"
    article.write_text(nameless, encoding="utf-8")
    out = tmp_path / "candidates.csv"
    result = run_extract(str(article), "--out", str(out))
    assert result.exit_code != 0
    assert "2024-11-10-nameless.md" in result.output and "id missing" in result.output


def test_candidates_go_to_an_ignored_folder_by_default(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_extract(str(GERMAN))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "candidates" / "candidates.csv").is_file()
    ignored = (REPO_ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "candidates/" in ignored
