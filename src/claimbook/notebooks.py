"""Chapter templates and their executed copies: what a template declares, and how an executed
notebook is made reproducible (no timestamps, no machine paths, stable cell ids)."""

import json
from dataclasses import dataclass
from pathlib import Path

import nbformat
import papermill

INJECTED_TAG = "injected-parameters"
PARAMETERS_TAG = "parameters"
HIDDEN_TAG = "remove-cell"
DEFAULT_READS = ("articles", "claims.csv", "places.csv")
VOLATILE_RUN_METADATA = ("start_time", "end_time", "duration", "input_path", "output_path")


@dataclass(frozen=True)
class Chapter:
    """A notebook template: its name, where it is, which parameters it declares and which
    files of the data directory it reads."""

    name: str
    template: Path
    parameters: tuple[str, ...]
    reads: tuple[str, ...]


def chapters(notebooks_dir: Path) -> list[Chapter]:
    """Every template in the notebooks directory, in name order."""
    return [_chapter(path) for path in sorted(Path(notebooks_dir).glob("*.ipynb"))]


def _chapter(template: Path) -> Chapter:
    declared = papermill.inspect_notebook(str(template))
    metadata = json.loads(template.read_text(encoding="utf-8"))["metadata"]
    reads = metadata.get("claimbook", {}).get("reads", DEFAULT_READS)
    return Chapter(template.stem, template, tuple(declared), tuple(reads))


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


def injected_parameters(path: Path) -> dict:
    """The parameters papermill injected into an executed notebook."""
    return nbformat.read(path, as_version=4).metadata.get("papermill", {}).get("parameters", {})
