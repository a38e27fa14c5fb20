"""The executed chapters in book/: exactly their templates run with the published parameters,
with clean outputs. (nbval re-executes them and compares their text outputs separately.)"""

from pathlib import Path

import nbformat
import pytest

from claimbook.notebooks import INJECTED_TAG, PARAMETERS_TAG, chapters, code_sources
from claimbook.pipeline import NOTEBOOKS_DIR, chapter_parameters, resolve_parameters
from claimbook.site import BOOK_DIR

ROOT = Path(__file__).parents[1]
CHAPTERS = chapters(ROOT / NOTEBOOKS_DIR)
PUBLISHED = resolve_parameters(ROOT / "params.yml")


def executed(chapter) -> Path:
    path = ROOT / BOOK_DIR / f"{chapter.name}.ipynb"
    assert path.is_file(), f"{path} is missing: run `make book`"
    return path


def test_every_chapter_of_the_toc_has_a_template() -> None:
    toc = (ROOT / "_toc.yml").read_text()
    names = {chapter.name for chapter in CHAPTERS}
    assert names, "no chapter templates found"
    for name in names:
        assert f"file: {BOOK_DIR}/{name}\n" in toc, f"{name} is not in _toc.yml"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda chapter: chapter.name)
def test_template_declares_its_parameters(chapter) -> None:
    template = nbformat.read(chapter.template, as_version=4)
    tagged = [c for c in template.cells if PARAMETERS_TAG in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "a template needs exactly one cell tagged 'parameters'"
    assert {"data_dir", "start", "end", "sides"} <= set(chapter.parameters)
    assert all(cell.outputs == [] for cell in template.cells if cell.cell_type == "code"), (
        "templates are saved without outputs"
    )


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda chapter: chapter.name)
def test_executed_code_is_the_template_plus_injected_parameters(chapter) -> None:
    path = executed(chapter)
    assert code_sources(path) == code_sources(chapter.template), (
        f"{path} differs from {chapter.template}: edit the template, not the executed copy"
    )
    notebook = nbformat.read(path, as_version=4)
    injected = [c for c in notebook.cells if INJECTED_TAG in c.metadata.get("tags", [])]
    assert len(injected) == 1
    expected = chapter_parameters(chapter, PUBLISHED, ROOT / BOOK_DIR)
    assert notebook.metadata.papermill.parameters == expected
    for name, value in expected.items():
        assert f"{name} = {value!r}" in injected[0].source.replace('"', "'")


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda chapter: chapter.name)
def test_executed_chapter_has_clean_outputs(chapter) -> None:
    notebook = nbformat.read(executed(chapter), as_version=4)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        assert cell.execution_count is not None, f"cell {index} was not executed"
        for output in cell.outputs:
            assert output.output_type != "error", f"cell {index} raised {output.get('ename')}"
            assert output.get("name") != "stderr", f"cell {index} wrote to stderr: {output.text}"
