"""What notebook cells call: the display helpers (open a chapter, glue, figures, tables) and the
charts."""

from claimbook.page.display import (
    Table,
    glue_all,
    glue_links,
    open_chapter,
    show_figure,
    show_table,
)

__all__ = [
    "Table",
    "glue_all",
    "glue_links",
    "open_chapter",
    "show_figure",
    "show_table",
]
