"""The package has the shape of the pipeline: each layer imports only from the layers below it,
no module imports itself back through others, and only page/ needs the notebook runtime."""

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "claimbook"
LAYERS = ("vocab", "text", "data", "extraction", "chapters", "page", "build", "synthetic", "cli")
"""From the bottom up: a module may import from its own layer and the ones before it."""
NOTEBOOK_RUNTIME = ("myst_nb", "IPython", "ipykernel")


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module the file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


MODULES = {_module(path): _imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def _layer(module: str) -> int | None:
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else None


def _own(imported: set[str]) -> set[str]:
    return {name for name in imported if name in MODULES and name != "claimbook"}


def test_every_module_belongs_to_a_layer() -> None:
    assert [module for module in MODULES if module != "claimbook" and _layer(module) is None] == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_from_a_layer_above_it(module: str) -> None:
    if module == "claimbook":
        return
    above = sorted(name for name in _own(MODULES[module]) if _layer(name) > _layer(module))
    assert above == [], f"{module} (layer {LAYERS[_layer(module)]}) imports {above}"


def test_there_are_no_import_cycles() -> None:
    graph = {module: _own(imported) - {module} for module, imported in MODULES.items()}
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as error:
        pytest.fail(f"import cycle: {' -> '.join(error.args[1])}")


def test_only_page_needs_the_notebook_runtime() -> None:
    needing = sorted(
        module
        for module, imported in MODULES.items()
        if any(name.split(".")[0] in NOTEBOOK_RUNTIME for name in imported)
        and _layer(module) != LAYERS.index("page")
    )
    assert needing == []
