"""A data directory -> a validated Dataset: its file layout, the one schema, the problems
found, strict file reading, the articles, the cross-checks and the selection of a run."""
