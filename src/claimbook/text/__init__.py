"""Language rules shared by validation and extraction: how the press writes numbers."""
