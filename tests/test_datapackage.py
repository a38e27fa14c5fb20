"""The data package: generated from the one schema, valid under frictionless for every data
directory the tests know, and strict enough to catch what the validator catches."""

import csv
import json
from pathlib import Path

import frictionless
import pytest

from claimbook import __version__
from claimbook.build import datapackage
from claimbook.data.validate import load_data

ROOT = Path(__file__).parents[1]
DATA_DIRS = [
    ROOT / "data",
    ROOT / "tests" / "fixtures" / "minimal",
    ROOT / "tests" / "fixtures" / "hostile",
]


def written(data_dir: Path, target: Path) -> Path:
    for name, content in datapackage.download_files(load_data(data_dir), data_dir, "0").items():
        (target / name).write_bytes(content)
    return target / datapackage.PACKAGE_FILE


def problems(descriptor: Path) -> list:
    report = frictionless.validate(str(descriptor))
    return report.flatten(["rowNumber", "fieldName", "type"])


@pytest.mark.parametrize("data_dir", DATA_DIRS, ids=lambda path: path.name)
def test_the_package_validates(data_dir: Path, tmp_path: Path) -> None:
    assert problems(written(data_dir, tmp_path)) == []


def test_every_table_of_the_schema_is_described(tmp_path: Path) -> None:
    package = json.loads(written(ROOT / "data", tmp_path).read_text())
    described = {resource["name"] for resource in package["resources"]}
    on_disk = {name for name in datapackage.tables() if (ROOT / "data" / f"{name}.csv").is_file()}
    assert described == on_disk | {"articles"}
    claims = next(r for r in package["resources"] if r["name"] == "claims")["schema"]
    assert claims["primaryKey"] == "claim_id"
    referenced = {key["fields"]: key["reference"]["resource"] for key in claims["foreignKeys"]}
    assert referenced["article_id"] == "articles"
    side = next(f for f in claims["fields"] if f["name"] == "claimant_side")
    assert "ukraine" in side["constraints"]["enum"]


def test_the_package_catches_a_bad_vocabulary_value_and_a_dangling_article(tmp_path: Path) -> None:
    descriptor = written(ROOT / "tests" / "fixtures" / "minimal", tmp_path)
    with (tmp_path / "claims.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    rows[0] |= {"claimant_side": "martians", "article_id": "2099-01-01-nowhere"}
    with (tmp_path / "claims.csv").open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    found = {(error[1], error[2]) for error in problems(descriptor)}
    assert ("claimant_side", "constraint-error") in found
    assert any(kind == "foreign-key" for _, kind in found)


def test_citation_names_the_package_version() -> None:
    import yaml

    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["version"] == __version__
    assert citation["type"] == "dataset"
    assert {"cff-version", "title", "authors", "license", "date-released"} <= set(citation)
