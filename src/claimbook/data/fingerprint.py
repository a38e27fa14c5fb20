"""Content hashes of a data directory and of the package's code: what every cache is keyed by.
Nothing heavy is imported here, so that a run with nothing to do stays fast."""

import hashlib
from pathlib import Path

import claimbook


def hash_files(files: list[Path], root: Path) -> str:
    """A hash of the files' paths (relative to root) and contents; a missing file counts."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    return digest.hexdigest()


def data_fingerprint(data_dir: Path) -> str:
    """A hash of every file of the data directory."""
    data_dir = Path(data_dir)
    return hash_files(sorted(p for p in data_dir.rglob("*") if p.is_file()), data_dir)


def package_fingerprint() -> str:
    """A hash of the package's source code: a code change invalidates every cache."""
    root = Path(claimbook.__file__).parent
    return hash_files(sorted(root.rglob("*.py")), root)
