"""A synthetic corpus of any size in the real data formats, for the benchmark: the sentence
material and the writer."""
