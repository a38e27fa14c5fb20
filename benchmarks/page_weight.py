"""Bytes per page of a built site: its HTML, and the images, scripts and stylesheets it loads.

.venv/bin/python benchmarks/page_weight.py [SITE_DIR]      (default: _build/html)
"""

import sys
from pathlib import Path

from claimbook.build.sitecheck import PageWeight, page_weights

COLUMNS = ("html", "images", "scripts", "styles", "total")


def table(weights: list[PageWeight]) -> str:
    """A plain-text table, one row per page, sizes in bytes."""
    width = max([len("page"), *(len(w.page) for w in weights)])
    header = f"{'page':<{width}}" + "".join(f"{name:>12}" for name in COLUMNS)
    rows = [
        f"{w.page:<{width}}" + "".join(f"{getattr(w, name):>12,}" for name in COLUMNS)
        for w in weights
    ]
    return "\n".join([header, "-" * len(header), *rows])


def main(site_dir: Path) -> None:
    if not (site_dir / "index.html").is_file():
        sys.exit(f"{site_dir} holds no built site: run `make book` first")
    print(table(page_weights(site_dir)))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "_build/html"))
