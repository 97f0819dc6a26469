"""Chinese text processing: normalising, segmenting, lexicon tagging and redaction."""
