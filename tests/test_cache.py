"""Validated data is kept once per content and read back exactly as validated."""

import shutil
from pathlib import Path

import pytest

from claimbook.data import cache
from claimbook.data.problems import DataError
from claimbook.data.validate import load_data

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    return copy


def _same(left, right) -> None:
    for table in ("articles", "claims", "places"):
        assert getattr(left, table).equals(getattr(right, table)), table
        assert list(getattr(left, table).dtypes) == list(getattr(right, table).dtypes), table


def test_a_cached_load_gives_back_what_validation_gave(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    first = cache.load(data_dir, folder)
    assert cache.read(cache.entry(data_dir, folder)) is not None, "the first load fills the cache"
    _same(cache.load(data_dir, folder), load_data(data_dir))
    _same(first, load_data(data_dir))


def test_changed_data_is_validated_again(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    cache.load(data_dir, folder)
    claims = data_dir / "claims.csv"
    claims.write_text(claims.read_text() + "\n")
    assert cache.read(cache.entry(data_dir, folder)) is None
    claims.write_text(claims.read_text().replace("\n", "\nnot,a,row\n", 1))
    with pytest.raises(DataError):
        cache.load(data_dir, folder)


def test_without_a_cache_folder_nothing_is_kept(data_dir: Path, monkeypatch) -> None:
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    _same(cache.load(data_dir), load_data(data_dir))


def test_the_environment_names_the_cache_folder(data_dir: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "named"))
    cache.load(data_dir)
    assert cache.read(cache.entry(data_dir, tmp_path / "named")) is not None
