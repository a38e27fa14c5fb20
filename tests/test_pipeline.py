"""The pipeline on a small fixture project: caching, parallel execution, failures that leave the
last good site in place, and parameters checked before anything runs."""

import json
import shutil
from pathlib import Path

import pytest

from claimbook.build.execution import ExecutionError
from claimbook.build.layout import CACHE_DIR
from claimbook.build.parameters import ParameterError
from claimbook.build.pipeline import chapter_jobs, inputs_fingerprint, resolve_parameters, run
from claimbook.build.templates import INJECTED_TAG
from claimbook.data.problems import DataError
from claimbook.extraction.sets import EVALUATION_CHAPTER, evaluation_dirs

FIXTURES = Path(__file__).parent / "fixtures"
pytestmark = pytest.mark.slow


def make_project(root: Path) -> Path:
    shutil.copytree(FIXTURES / "project", root)
    shutil.copytree(FIXTURES / "minimal", root / "data")
    return root


def build(project: Path, **options) -> object:
    return run(
        project,
        project / "params.yml",
        options.pop("out", project),
        report=lambda _: None,
        **options,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    """A fixture project built once, cold, with two workers."""
    project = make_project(tmp_path_factory.mktemp("built") / "project")
    return project, build(project, workers=2)


def test_cold_build_executes_every_chapter_and_builds_the_site(built) -> None:
    project, summary = built
    assert summary.executed == ["alpha", "beta"]
    assert summary.site_rebuilt
    for page in ("index.html", "book/intro.html", "book/alpha.html", "book/beta.html"):
        assert (project / "_build/html" / page).is_file(), page
    assert (
        "3 claims from 2024-01-01 to 2025-12-31"
        in (project / "_build/html/book/alpha.html").read_text()
    )


def test_executed_notebooks_carry_no_run_specific_metadata(built) -> None:
    project, _ = built
    notebook = json.loads((project / "book/alpha.ipynb").read_text())
    assert "start_time" not in notebook["metadata"]["papermill"]
    assert notebook["metadata"]["papermill"]["parameters"]["data_dir"] == "../data"
    injected = [c for c in notebook["cells"] if INJECTED_TAG in c["metadata"].get("tags", [])]
    assert [cell["id"] for cell in injected] == [INJECTED_TAG]
    assert all("execution" not in cell["metadata"] for cell in notebook["cells"])


def test_no_change_rebuild_executes_nothing(built) -> None:
    project, _ = built
    summary = build(project)
    assert summary.executed == []
    assert not summary.site_rebuilt


def test_one_parameter_change_executes_only_the_chapters_declaring_it(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    build(project)
    summary = build(project, overrides={"sides": ["russia"]})
    assert summary.executed == ["beta"]
    assert summary.site_rebuilt
    assert "2024-11-04-testblatt-02" in (project / "_build/html/book/beta.html").read_text()


def test_data_change_executes_the_chapters_reading_it(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    build(project)
    places = project / "data/places.csv"
    places.write_text(places.read_text().replace("51.7", "51.73"))
    assert build(project).executed == ["alpha", "beta"]


def test_an_evaluation_set_is_an_input_of_the_chapter_that_shows_it(tmp_path: Path) -> None:
    """Editing an evaluation set changes the build's input stamp and the cache key of the
    chapter that shows the evaluations, and of no other chapter."""
    project = make_project(tmp_path / "project")
    shutil.copy(
        project / "notebooks/alpha.ipynb", project / f"notebooks/{EVALUATION_CHAPTER}.ipynb"
    )
    toc = project / "_toc.yml"
    toc.write_text(toc.read_text() + f"  - file: book/{EVALUATION_CHAPTER}\n")
    for directory in evaluation_dirs(project):
        shutil.copytree(FIXTURES / "minimal", directory)
    parameters = resolve_parameters(project / "params.yml")

    def keys() -> dict[str, str]:
        return {job.chapter.name: job.key for job in chapter_jobs(project, parameters, project)}

    before, stamp = keys(), inputs_fingerprint(project, parameters, project)
    places = evaluation_dirs(project)[-1] / "places.csv"
    places.write_text(places.read_text().replace("51.7", "51.73"))
    after = keys()
    assert [name for name in before if before[name] != after[name]] == [EVALUATION_CHAPTER]
    assert inputs_fingerprint(project, parameters, project) != stamp


def test_parallel_and_sequential_runs_write_identical_notebooks(tmp_path: Path, built) -> None:
    parallel_project, _ = built
    sequential = make_project(tmp_path / "project")
    build(sequential, workers=1)
    for name in ("alpha", "beta"):
        assert (sequential / f"book/{name}.ipynb").read_bytes() == (
            parallel_project / f"book/{name}.ipynb"
        ).read_bytes()


def test_failed_chapter_names_cell_and_leaves_last_good_site(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    build(project)
    site_before = (project / "_build/html/book/alpha.html").read_bytes()
    notebook_before = (project / "book/alpha.ipynb").read_bytes()
    template = project / "notebooks/alpha.ipynb"
    template.write_text(template.read_text().replace("print(f", "print(undefined_name, f"))
    with pytest.raises(ExecutionError) as failure:
        build(project)
    message = str(failure.value)
    assert "chapter alpha" in message
    assert "NameError" in message
    assert "cell 2 of " in message and "notebooks/alpha.ipynb" in message, (
        "the template's own cell number (the executed copy has the injected cell in addition)"
    )
    assert "'from claimbook.data.validate import load_data'" in message
    assert (project / "_build/html/book/alpha.html").read_bytes() == site_before
    assert (project / "book/alpha.ipynb").read_bytes() == notebook_before


def test_variant_run_leaves_the_published_book_untouched(tmp_path: Path, built) -> None:
    project, _ = built
    before = {p: p.read_bytes() for p in (project / "book").glob("*")}
    html_before = (project / "_build/html/book/alpha.html").read_bytes()
    variant = tmp_path / "variant"
    build(project, out=variant, overrides={"end": "2024-11-30"})
    assert (
        "3 claims from 2024-01-01 to 2024-11-30"
        in (variant / "_build/html/book/alpha.html").read_text()
    )
    assert {p: p.read_bytes() for p in (project / "book").glob("*")} == before
    assert (project / "_build/html/book/alpha.html").read_bytes() == html_before


def test_invalid_parameters_stop_the_run_before_any_execution(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    with pytest.raises(ParameterError, match="end 2024-01-01 is before start 2025-01-01"):
        build(project, overrides={"start": "2025-01-01", "end": "2024-01-01"})
    assert not (project / ".cache").exists()
    assert not (project / "_build").exists()


def test_invalid_data_stops_the_run_before_any_execution(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    claims = project / "data/claims.csv"
    claims.write_text(claims.read_text().replace(",usa,", ",narnia,"))
    with pytest.raises(DataError, match="narnia"):
        build(project)
    assert not (project / ".cache").exists()


def test_a_selection_without_claims_is_refused_before_any_execution(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    with pytest.raises(ParameterError, match="the selection leaves no claims") as refusal:
        build(project, overrides={"end": "2024-10-31"})
    assert "end=2024-10-31" in str(refusal.value)
    assert "sides=usa,russia,analyst" in str(refusal.value)
    assert not (project / CACHE_DIR).exists(), "no chapter was executed"
    assert not (project / "_build").exists()
