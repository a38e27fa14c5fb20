"""The synthetic corpus: valid in the real formats, of the size asked for, reproducible from its
seed."""

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimbook.cli import main
from claimbook.data.articles import article_paths, read_article
from claimbook.data.validate import check_data_dir, inspect_data_dir, load_data
from claimbook.synthetic.writer import write_corpus
from claimbook.text.numbers import parse_figure

REFERENCE = Path(__file__).parents[1] / "data"


def corpus(root: Path, seed: int = 1, articles: int = 12, claims: int = 90) -> Path:
    return write_corpus(root / f"seed-{seed}", articles, claims, seed, REFERENCE).data_dir


def claim_rows(data_dir: Path) -> list[dict]:
    with (data_dir / "claims.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def files(data_dir: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(data_dir)): path.read_bytes()
        for path in sorted(data_dir.rglob("*"))
        if path.is_file()
    }


def test_corpus_passes_the_validator(tmp_path: Path) -> None:
    report = inspect_data_dir(corpus(tmp_path))
    assert (report.errors, report.warnings) == ([], [])


def test_corpus_resolves_every_claimant_and_tells_the_outlet_apart(tmp_path: Path) -> None:
    data = load_data(corpus(tmp_path, claims=300))
    assert data.claims["claimant_id"].notna().all()
    assert set(data.claims["claimant_id"]) <= set(data.claimants["claimant_id"])
    assert data.articles["outlet_id"].notna().all()
    own = data.claims["claimant_id"] == data.claims["article_id"].map(data.articles["outlet_id"])
    assert own.any()
    assert (data.claims.loc[own, "claimant_side"] == "media").all()
    for column in ("distancing", "uncertainty", "condition"):
        assert data.claims[column].notna().any(), column


def test_corpus_has_the_sizes_asked_for(tmp_path: Path) -> None:
    data_dir = corpus(tmp_path, articles=7, claims=50)
    assert len(article_paths(data_dir)) == 7
    assert len(claim_rows(data_dir)) == 50
    assert len({row["article_id"] for row in claim_rows(data_dir)}) == 7


def test_articles_are_about_600_words(tmp_path: Path) -> None:
    for path in article_paths(corpus(tmp_path)):
        article, problems = read_article(path)
        assert problems == []
        assert 550 <= len(article.body.split()) <= 800


def test_figures_read_as_stated(tmp_path: Path) -> None:
    figures = [row for row in claim_rows(corpus(tmp_path)) if row["kind"] == "figure"]
    assert figures
    for row in figures:
        parsed = parse_figure(row["figure_text"])
        stated = (row["figure_low"], row["figure_high"], row["figure_qualifier"])
        assert (str(parsed.low or ""), str(parsed.high or ""), parsed.qualifier) == stated


def test_claim_dates_fall_in_the_period(tmp_path: Path) -> None:
    dates = [row["claim_date"] for row in claim_rows(corpus(tmp_path, claims=400))]
    assert min(dates) >= "2024-10-01"
    assert max(dates) <= "2025-12-31"


def test_same_seed_writes_identical_files(tmp_path: Path) -> None:
    first = corpus(tmp_path / "a", seed=5)
    second = corpus(tmp_path / "b", seed=5)
    assert files(first) == files(second)


def test_different_seeds_write_different_corpora(tmp_path: Path) -> None:
    assert files(corpus(tmp_path, seed=1)) != files(corpus(tmp_path, seed=2))


def test_refuses_a_directory_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("keep me")
    with pytest.raises(FileExistsError):
        write_corpus(tmp_path, 2, 4, 0, REFERENCE)


def test_command_writes_a_valid_corpus(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    args = [str(out), "--articles", "3", "--claims", "20", "--seed", "4"]
    result = CliRunner().invoke(main, ["synthesize", *args, "--reference", str(REFERENCE)])
    assert result.exit_code == 0, result.output
    assert "3 articles, 20 claims" in result.output
    assert check_data_dir(out) == []
