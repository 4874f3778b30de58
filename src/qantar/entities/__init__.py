"""Automatic entity annotation linked to the knowledge base (annotation/kb.json).

- `forms`: the word forms under which a KB alias may appear (morphology, suffix rules);
- `gazetteer`: the aliases of the KB indexed for one language;
- `view`: a document as sentences of tokens with their segment's language and kind;
- `matcher`: KB mentions in a sentence; `candidates`: names the KB does not know;
- `annotator`: the pipeline entry point `annotate(doc)`.
Analysers and folding come from `qantar.morphology`, shared with the event layer.
"""
