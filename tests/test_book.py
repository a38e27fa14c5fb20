"""The executed chapters in book/: exactly their templates run with the published parameters,
with clean outputs. (nbval re-executes them and compares their text outputs separately.)"""

from pathlib import Path

import nbformat
import pytest

from claimbook.build.layout import BOOK_DIR, NOTEBOOKS_DIR, PARAMS_FILE
from claimbook.build.pipeline import chapter_parameters, resolve_parameters
from claimbook.build.templates import (
    INJECTED_TAG,
    PARAMETERS_TAG,
    chapter_names,
    chapters,
    code_sources,
)

ROOT = Path(__file__).parents[1]
CHAPTERS = chapters(ROOT)
PUBLISHED = resolve_parameters(ROOT / PARAMS_FILE)


def executed(chapter) -> Path:
    path = ROOT / BOOK_DIR / f"{chapter.name}.ipynb"
    assert path.is_file(), f"{path} is missing: run `make book`"
    return path


def test_every_template_is_a_chapter_of_the_toc() -> None:
    templates = {path.stem for path in (ROOT / NOTEBOOKS_DIR).glob("*.ipynb")}
    assert templates, "no chapter templates found"
    assert templates <= set(chapter_names(ROOT)), "a template missing from _toc.yml never runs"
    assert [chapter.name for chapter in CHAPTERS] == [
        name for name in chapter_names(ROOT) if name in templates
    ]


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
