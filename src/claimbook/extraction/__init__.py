"""Proposing candidate claims from article text: figures, what they count, who claims them.

``extract.extract_article`` turns one article into candidate rows of claims.csv; ``batch``
runs it over article files; ``evaluate.evaluation`` measures the extractor against the
curated claims. The cue words every rule uses are data in ``lexicon``.
"""
