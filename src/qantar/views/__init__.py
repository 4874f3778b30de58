"""Readable views of the corpus: an HTML page per article, an index, a timeline of events."""
