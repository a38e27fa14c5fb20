"""The chapter templates follow the notebook rules: parameters first, thin, hidden code, no
outputs, figures glued and captioned."""

import json
from pathlib import Path

import pytest

from claimbook.build.templates import chapters

ROOT = Path(__file__).parents[1]
CHAPTERS = [chapter.name for chapter in chapters(ROOT)]
FIGURES = [name for name in CHAPTERS if name != "methods"]


def _cells(name):
    return json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]


def _code(name):
    return [cell for cell in _cells(name) if cell["cell_type"] == "code"]


@pytest.mark.parametrize("name", CHAPTERS)
def test_first_code_cell_declares_the_parameters(name):
    first = _code(name)[0]
    assert "parameters" in first["metadata"]["tags"]
    namespace = {}
    exec("".join(first["source"]), namespace)
    declared = {k: v for k, v in namespace.items() if not k.startswith("__")}
    assert declared.pop("data_dir") == "../data"
    assert declared and all(value is None for value in declared.values()), (
        "a template covers everything by default; params.yml holds the published values"
    )
    assert set(declared) <= {"start", "end", "sides", "counted", "evaluation_articles"}


@pytest.mark.parametrize("name", CHAPTERS)
def test_code_is_hidden_thin_and_saved_without_outputs(name):
    for cell in _code(name):
        tags = cell["metadata"]["tags"]
        assert "hide-input" in tags or "remove-input" in tags
        assert cell["outputs"] == [] and cell["execution_count"] is None
        source = "".join(cell["source"])
        assert "matplotlib.use" not in source
        logic = [
            line
            for line in source.splitlines()
            if line.strip() and not line.startswith(("import ", "from "))
        ]
        assert "parameters" in tags or len(logic) <= 6


@pytest.mark.parametrize("name", FIGURES)
def test_each_glued_figure_is_shown_with_alt_text_caption_and_name(name):
    """A chart reaches the page as inline SVG, whose accessible name is the alt text that
    show_figure is given (computed: it states the chart's finding); `:alt:` of the glue:figure
    would apply to an <img> only."""
    markdown = "".join("".join(c["source"]) for c in _cells(name) if c["cell_type"] == "markdown")
    code = "".join("".join(c["source"]) for c in _code(name))
    assert f'page.show_figure(\n    "{name}",' in code or f'page.show_figure("{name}",' in code
    assert "_alt(" in code or "alt=" in code
    assert f"```{{glue:figure}} {name}_fig" in markdown
    assert f":name: {name}-figure" in markdown
    assert "Source: claims.csv" in markdown and "{doc}`methods`" in markdown


@pytest.mark.parametrize("name", CHAPTERS)
def test_prose_types_no_numbers(name):
    for cell in _cells(name):
        if cell["cell_type"] == "markdown":
            text = "".join(cell["source"])
            for role in text.split("{glue:text}`")[1:]:
                text = text.replace(role.split("`")[0], "")
            assert not any(ch.isdigit() for ch in text), text


def test_intro_types_no_numbers_and_glues_from_the_chapters():
    intro = (ROOT / "book" / "intro.md").read_text(encoding="utf-8")
    roles = [part.split("`")[0] for part in intro.split("{glue:text}`")[1:]]
    assert roles and all("::" in role and role.count(":") == 3 for role in roles)
    sentences = [part.split("`")[0] for part in intro.split("{glue:any}`")[1:]]
    assert all("::" in role for role in sentences)
    roles += sentences
    for role in roles:
        intro = intro.replace(role, "")
    assert not any(ch.isdigit() for ch in intro)
