"""nbval guards the executed chapters: `make test` runs it strictly on book/, and a changed
output in an executed chapter makes it fail, naming the notebook and the cell."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimbook.build.layout import BOOK_DIR

ROOT = Path(__file__).parents[1]
CHAPTER = "growth"


def _tamper(notebook: dict) -> int:
    """Change the first text output of a code cell; the cell's number as nbval counts them
    (code cells only, from 0)."""
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    for index, cell in enumerate(code):
        for output in cell["outputs"]:
            if output.get("data", {}).get("text/plain"):
                output["data"]["text/plain"] = "a number nobody computed: 99999"
                return index
    raise AssertionError("no text output to change")


def _nbval(path: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pytest", "--nbval", "--nbval-current-env", "-p",
               "no:cacheprovider", "-q", str(path)]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, cwd=path.parent, check=False)


@pytest.mark.slow
def test_a_changed_output_fails_nbval_naming_notebook_and_cell(tmp_path: Path) -> None:
    book = tmp_path / BOOK_DIR
    book.mkdir()
    (tmp_path / "data").symlink_to(ROOT / "data")
    executed = json.loads((ROOT / BOOK_DIR / f"{CHAPTER}.ipynb").read_text(encoding="utf-8"))
    copy = book / f"{CHAPTER}.ipynb"
    copy.write_text(json.dumps(executed), encoding="utf-8")
    assert _nbval(copy).returncode == 0, "the untouched copy must pass"

    index = _tamper(executed)
    copy.write_text(json.dumps(executed), encoding="utf-8")
    result = _nbval(copy)
    assert result.returncode == 1
    assert f"{CHAPTER}.ipynb::Cell {index}" in result.stdout
    assert "a number nobody computed" in result.stdout
