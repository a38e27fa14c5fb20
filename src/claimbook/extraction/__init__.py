"""Proposing candidate claims from article text: figures, what they count, who claims them.

``extract.extract_article`` turns one article into candidate rows of claims.csv;
``evaluate.evaluation`` measures the extractor against the curated claims; ``commands`` holds
the ``claimbook extract`` and ``claimbook evaluate`` commands. The cue words every rule uses
are data in ``lexicon``.
"""
