"""Chapter templates and their executed copies: which chapters the book has, what a template
declares, and how an executed notebook is made reproducible (no timestamps, no machine paths,
stable cell ids)."""

from dataclasses import dataclass
from pathlib import Path

import nbformat
import papermill
import yaml

from claimbook.build.layout import BOOK_DIR, NOTEBOOKS_DIR, TOC_FILE

INJECTED_TAG = "injected-parameters"
PARAMETERS_TAG = "parameters"
HIDDEN_TAG = "remove-cell"
VOLATILE_RUN_METADATA = ("start_time", "end_time", "duration", "input_path", "output_path")


@dataclass(frozen=True)
class Chapter:
    """A notebook template: its name, where it is and which parameters it declares."""

    name: str
    template: Path
    parameters: tuple[str, ...]


def chapter_names(project_root: Path) -> list[str]:
    """The book's pages in reading order, as the table of contents lists them."""
    toc = yaml.safe_load((Path(project_root) / TOC_FILE).read_text(encoding="utf-8"))
    listed = [
        *toc.get("chapters", []),
        *(c for part in toc.get("parts", []) for c in part["chapters"]),
    ]
    entries = [toc["root"], *(entry["file"] for entry in listed)]
    return [Path(entry).name for entry in entries if Path(entry).parent == Path(BOOK_DIR)]


def chapters(project_root: Path) -> list[Chapter]:
    """The chapters of the table of contents that are executed from a template, in reading
    order (a narrative page such as the introduction has none)."""
    templates = Path(project_root) / NOTEBOOKS_DIR
    return [
        _chapter(templates / f"{name}.ipynb")
        for name in chapter_names(project_root)
        if (templates / f"{name}.ipynb").is_file()
    ]


def _chapter(template: Path) -> Chapter:
    declared = papermill.inspect_notebook(str(template))
    return Chapter(template.stem, template, tuple(declared))


def normalise(path: Path) -> None:
    """Strip what differs between two runs of the same notebook on the same inputs, and hide
    the injected parameters from readers (the executed notebook keeps them)."""
    notebook = nbformat.read(path, as_version=4)
    run = notebook.metadata.get("papermill", {})
    for key in VOLATILE_RUN_METADATA:
        run.pop(key, None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
        if INJECTED_TAG in cell.metadata.get("tags", []):
            cell.id = INJECTED_TAG
            cell.metadata["tags"] = [INJECTED_TAG, HIDDEN_TAG]
    nbformat.write(notebook, path)


def code_sources(path: Path, *, skip_injected: bool = True) -> list[str]:
    """The source of each code cell, optionally without the cell papermill injected."""
    notebook = nbformat.read(path, as_version=4)
    return [
        cell.source
        for cell in notebook.cells
        if cell.cell_type == "code"
        and not (skip_injected and INJECTED_TAG in cell.metadata.get("tags", []))
    ]
