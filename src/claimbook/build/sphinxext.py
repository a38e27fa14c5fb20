"""A Sphinx extension of the build: the book theme writes each page's title as plain text into
its print-only header without escaping it (sphinx_book_theme sets `pagetitle` from the title's
text), so a source page titled by its outlet could carry markup from the data into the page.
Here the title is escaped after the theme has set it."""

import html

from sphinx.application import Sphinx


def _escape_page_title(app, pagename, templatename, context, doctree) -> None:
    if isinstance(context.get("pagetitle"), str):
        context["pagetitle"] = html.escape(context["pagetitle"], quote=True)


def setup(app: Sphinx) -> dict:
    # After the theme's own handler (priority 500) has set the title.
    app.connect("html-page-context", _escape_page_title, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
