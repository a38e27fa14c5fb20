"""Validated data kept once per content. A data directory that passed validation is stored as
Parquet files under a key made of the fingerprints of the data and of the package's code, so
that every chapter of a run, and every later run on the same data, reads the typed tables in a
moment instead of parsing and validating the same corpus again.

The cache is used where the environment names its folder (CACHE_ENV); the build sets it for
its kernels, and `claimbook validate` uses the project's own. Without it nothing is cached.
"""

import os
import shutil
import tempfile
from dataclasses import fields
from pathlib import Path

import pandas as pd

from claimbook.data.dataset import Dataset
from claimbook.data.fingerprint import data_fingerprint, package_fingerprint
from claimbook.data.validate import load_data

CACHE_ENV = "CLAIMBOOK_DATA_CACHE"
LIST_COLUMNS = {"articles": ("authors",)}
"""Columns holding lists, which Parquet gives back as arrays."""


def cache_dir_from_environment() -> Path | None:
    """The cache folder the environment names, if any."""
    named = os.environ.get(CACHE_ENV)
    return Path(named) if named else None


def entry(data_dir: Path, cache_dir: Path) -> Path:
    """Where the validated tables of this data directory, as it is now, are kept."""
    key = f"{data_fingerprint(data_dir)[:24]}-{package_fingerprint()[:8]}"
    return Path(cache_dir) / key


def read(folder: Path) -> Dataset | None:
    """The cached Dataset in folder, or None when there is none."""
    if not folder.is_dir():
        return None
    tables = {}
    for table in fields(Dataset):
        frame = pd.read_parquet(folder / f"{table.name}.parquet")
        for column in LIST_COLUMNS.get(table.name, ()):
            frame[column] = frame[column].map(list)
        tables[table.name] = frame
    return Dataset(**tables)


def write(dataset: Dataset, folder: Path) -> None:
    """Keep the Dataset in folder. Written aside and renamed into place, so that a reader never
    sees half an entry and two writers of the same entry do not clash."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".writing-", dir=folder.parent))
    for table in fields(Dataset):
        getattr(dataset, table.name).to_parquet(scratch / f"{table.name}.parquet")
    try:
        scratch.rename(folder)
    except OSError:
        shutil.rmtree(scratch, ignore_errors=True)


def load(data_dir: Path, cache_dir: Path | None = None) -> Dataset:
    """The validated data of data_dir: read from the cache (cache_dir, or the folder the
    environment names) when it holds this content, else validated and kept there. Without a
    cache folder, simply validated. DataError listing every problem if the data is not valid."""
    cache_dir = cache_dir or cache_dir_from_environment()
    if cache_dir is None:
        return load_data(data_dir)
    folder = entry(data_dir, cache_dir)
    dataset = read(folder)
    if dataset is None:
        dataset = load_data(data_dir)
        write(dataset, folder)
    return dataset
