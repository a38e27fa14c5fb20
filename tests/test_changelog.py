"""The data changelog: claims added, changed and removed between two versions, by stable id."""

import shutil
from pathlib import Path

from click.testing import CliRunner

from claimbook.build.changelog import compare
from claimbook.cli import main

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


def versions(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(MINIMAL, old)
    shutil.copytree(MINIMAL, new)
    return old, new


def test_no_change_between_equal_versions(tmp_path: Path) -> None:
    old, new = versions(tmp_path)
    assert compare(old, new).is_empty()


def test_added_removed_and_changed_claims(tmp_path: Path) -> None:
    old, new = versions(tmp_path)
    lines = (new / "claims.csv").read_text(encoding="utf-8").splitlines()
    header, first, second, *rest = lines
    removed_id = second.split(",")[0]
    added = first.replace(first.split(",")[0], "2024-11-04-testblatt-99", 1)
    changed = first.replace(",8000,", ",9000,")
    (new / "claims.csv").write_text("\n".join([header, changed, *rest, added]) + "\n")
    log = compare(old, new)
    assert log.added_claims == ["2024-11-04-testblatt-99"]
    assert log.removed_claims == [removed_id]
    (change,) = log.changed_claims
    assert change.id == first.split(",")[0]
    assert change.fields == {"figure_low": ("8000", "9000")}
    text = log.markdown("old", "new")
    assert "## Claims added (1)" in text and "figure_low: `8000` \u2192 `9000`" in text


def test_the_command_prints_the_changelog(tmp_path: Path) -> None:
    old, new = versions(tmp_path)
    (new / "articles" / "2024-11-04-testblatt.md").rename(new / "articles" / "2024-11-05-x.md")
    result = CliRunner().invoke(main, ["changelog", str(old), str(new)])
    assert result.exit_code == 0, result.output
    assert "Articles added (1)" in result.output and "2024-11-05-x" in result.output


def test_a_missing_version_is_one_clear_message(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["changelog", str(tmp_path / "nothing"), str(MINIMAL)])
    assert result.exit_code != 0
    assert "claims.csv: no such file" in result.output
