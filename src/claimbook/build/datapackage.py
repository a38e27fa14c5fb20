"""The data as a Frictionless data package: a `datapackage.json` with one Table Schema per table,
generated from the one pandera schema (claimbook.data.schema), so the published description
cannot drift from what the validator checks. Every table the schema module defines is
described (a table added there is picked up without a change here).

Types follow the pandera dtypes, vocabularies become `enum` constraints, patterns, bounds and
uniqueness become constraints, and keys follow a naming rule: each table's first unique
column is its primary key; a column named `<singular>_id` refers to the key of the table
`<singular>s`, and a column named like another table's key refers to that table.
"""

import json
from pathlib import Path

import pandera.pandas as pa

from claimbook.data import schema as data_schema
from claimbook.data.dataset import Dataset

PACKAGE_FILE = "datapackage.json"
PACKAGE_NAME = "claimbook-claims"
LICENCE_NOTE = (
    "Coding (claims, places, claimants, article metadata) under the licence of the project; "
    "the quotes remain the words of their publishers, quoted for research and verification."
)
_TYPES = {
    "string": "string",
    "str": "string",
    "object": "string",
    "Int64": "integer",
    "int64": "integer",
    "float64": "number",
    "datetime64[ns]": "date",
    "bool": "boolean",
}


def tables() -> dict[str, pa.DataFrameSchema]:
    """Every table schema of the data module, by table name, in the order defined."""
    return {
        value.name: value
        for value in vars(data_schema).values()
        if isinstance(value, pa.DataFrameSchema) and value.name
    }


def primary_key(table: pa.DataFrameSchema) -> str | None:
    """The table's first unique column."""
    return next((name for name, column in table.columns.items() if column.unique), None)


def table_schema(name: str, table: pa.DataFrameSchema, keys: dict[str, str]) -> dict:
    """The Table Schema of one table; keys maps every table name to its primary key."""
    fields = [_field(column_name, column) for column_name, column in table.columns.items()]
    described = {"fields": fields, "missingValues": [""]}
    if keys.get(name):
        described["primaryKey"] = keys[name]
    foreign = [
        {"fields": column_name, "reference": {"resource": target, "fields": keys[target]}}
        for column_name in table.columns
        for target in [_referenced(name, column_name, keys)]
        if target
    ]
    if foreign:
        described["foreignKeys"] = foreign
    return described


def _referenced(name: str, column: str, keys: dict[str, str]) -> str | None:
    if column == keys.get(name):
        return None
    if column.endswith("_id") and f"{column.removesuffix('_id')}s" in keys:
        return f"{column.removesuffix('_id')}s"
    return next((t for t, key in keys.items() if t != name and key == column), None)


def _field(name: str, column: pa.Column) -> dict:
    field = {
        "name": name,
        "type": _TYPES.get(str(column.dtype), "string"),
        "description": column.description or "",
    }
    constraints: dict = {}
    listed = str(column.dtype) == "object"  # a list, written '; '-separated, may be empty
    if listed:
        field["description"] += " In the CSV: the items separated by '; ', empty if none."
    if not column.nullable and not listed:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    for check in column.checks:
        statistics = check.statistics or {}
        if "allowed_values" in statistics:
            constraints["enum"] = list(statistics["allowed_values"])
        if "pattern" in statistics:
            constraints["pattern"] = str(statistics["pattern"]).removeprefix("^").removesuffix("$")
        if statistics.get("min_value") is not None and check.name != "str_length":
            constraints["minimum"] = statistics["min_value"]
        if statistics.get("max_value") is not None and check.name != "str_length":
            constraints["maximum"] = statistics["max_value"]
        if check.name == "str_length" and statistics.get("min_value") is not None:
            constraints["minLength"] = statistics["min_value"]
    if constraints:
        field["constraints"] = constraints
    return field


def descriptor(files: dict[str, str], version: str) -> dict:
    """The datapackage.json descriptor for the tables whose CSV files are given (table name ->
    path relative to the descriptor)."""
    schemas = {name: table for name, table in tables().items() if name in files}
    keys = {name: primary_key(table) for name, table in schemas.items()}
    return {
        "name": PACKAGE_NAME,
        "title": "Claims about North Korean soldiers sent to Russia, in German press articles",
        "version": version,
        "licenses": [{"name": "MIT", "title": LICENCE_NOTE}],
        "resources": [
            {
                "name": name,
                "path": files[name],
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(name, table, keys),
            }
            for name, table in schemas.items()
        ],
    }


def articles_csv(dataset: Dataset) -> bytes:
    """The articles' front matter as a table (no bodies: the texts belong to their
    publishers); authors joined by '; '."""
    articles = dataset.articles[list(data_schema.ARTICLES.columns)]
    metadata = articles.assign(
        published=articles["published"].dt.strftime("%Y-%m-%d"),
        authors=articles["authors"].map("; ".join),
    )
    return metadata.sort_values("id").to_csv(index=False, lineterminator="\n").encode()


def download_files(dataset: Dataset, data_dir: Path, version: str) -> dict[str, bytes]:
    """The files of the download folder: a CSV per table (the data's own files as they are,
    the articles' metadata generated) and the datapackage.json describing them."""
    files: dict[str, bytes] = {}
    for name in tables():
        source = Path(data_dir) / f"{name}.csv"
        if name == "articles":
            files[f"{name}.csv"] = articles_csv(dataset)
        elif source.is_file():
            files[f"{name}.csv"] = source.read_bytes()
    package = descriptor({name.removesuffix(".csv"): name for name in files}, version)
    files[PACKAGE_FILE] = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode()
    return files
