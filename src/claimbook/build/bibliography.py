"""The bibliography of the source articles, generated from their front matter."""

import pandas as pd
from pybtex.database import BibliographyData, Entry, Person


def bibtex(articles: pd.DataFrame) -> str:
    """A BibTeX database with one entry per article, keyed by the article id."""
    entries = {row.id: _entry(row) for row in articles.sort_values("id").itertuples()}
    return BibliographyData(entries=entries).to_string("bibtex")


def _entry(article) -> Entry:
    published = article.published
    fields = {
        # Braced, so the bibliography style keeps the capitals of German nouns (a title with
        # braces of its own is left as written).
        "title": article.title if set("{}") & set(article.title) else "{" + article.title + "}",
        "journal": article.outlet,
        "year": str(published.year),
        "month": published.strftime("%B"),
        "day": str(published.day),
        "language": {"de": "German", "en": "English"}.get(article.language, article.language),
        "note": f"Publication date ({article.published_precision}): {article.published_basis}",
    }
    if isinstance(article.url, str):
        fields["url"] = article.url
    # Without named authors the outlet stands as corporate author (braced: one name, not split).
    names = list(article.authors) or ["{" + article.outlet + "}"]
    return Entry("article", fields=fields, persons={"author": [Person(name) for name in names]})
