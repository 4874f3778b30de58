"""spaCy: one `DocBin` per split (`<split>.spacy`), for `spacy train` and `DocBin().from_disk`.

Tokens and their spacing are the corpus tokens; entities are `doc.ents` with the KB id as
`ent.kb_id_`; time expressions and event triggers are span groups `doc.spans["timexes"]` and
`doc.spans["events"]` labelled with their type; what spans cannot hold (TIMEX3 value/mod/
anchor, realis, arguments, cluster, ids, status, source) is in `doc.user_data["qantar"]`
(saved because the DocBin stores user data). Needs the optional extra: pip install 'qantar[spacy]'.
"""

from pathlib import Path

from ..errors import InputError

NAME = "spacy"
DROPS = ("Nested or overlapping entities (spaCy's doc.ents allows none: the longest is kept). "
         "Everything else is kept: span groups for time expressions and events, the rest in "
         "doc.user_data['qantar'].")


def _spacy():
    try:
        import spacy
        from spacy.tokens import Doc, DocBin, Span
    except ImportError as exc:
        raise InputError("the spacy export needs spaCy: pip install 'qantar[spacy]'") from exc
    return spacy, Doc, DocBin, Span


def to_doc(vocab, doc: dict):
    """The spaCy Doc of a canonical document, every layer on it."""
    _, Doc, _, Span = _spacy()
    text, tokens = doc["text"], doc["tokens"]
    words = [text[t["start"]:t["end"]] for t in tokens]
    spaces = [(tokens[i + 1]["start"] if i + 1 < len(tokens) else len(text)) > t["end"] for i, t in enumerate(tokens)]
    sdoc = Doc(vocab, words=words, spaces=spaces)
    # spaCy offsets are into its own text (one space between tokens): go through token indices
    first = {t["start"]: i for i, t in enumerate(tokens)}
    last = {t["end"]: i for i, t in enumerate(tokens)}

    def span(ann, kb_id=""):
        lo, hi = _token_range(tokens, ann["start"], ann["end"], first, last)
        return Span(sdoc, lo, hi + 1, label=ann["type"], kb_id=kb_id)

    ents, taken = [], set()
    for ann in sorted(doc["entities"], key=lambda a: (-(a["end"] - a["start"]), a["start"])):
        ent = span(ann, ann["kb_id"] or "")
        if taken.isdisjoint(range(ent.start, ent.end)):
            taken.update(range(ent.start, ent.end))
            ents.append(ent)
    sdoc.ents = sorted(ents, key=lambda s: s.start)
    for layer in ("timexes", "events"):
        sdoc.spans[layer] = [span(ann) for ann in doc[layer]]
    sdoc.user_data["qantar"] = {"id": doc["id"], "language": doc["language"], "dct": doc["dct"]["value"],
                                **{layer: doc[layer] for layer in ("entities", "timexes", "events")}}
    return sdoc


def _token_range(tokens, start, end, first, last):
    """First and last token index covering [start, end) (spans that cut a token take it whole)."""
    if start in first and end in last:
        return first[start], last[end]
    covered = [i for i, t in enumerate(tokens) if t["end"] > start and t["start"] < end]
    return covered[0], covered[-1]


def write(documents, output: Path) -> list[Path]:
    spacy, _, DocBin, _ = _spacy()
    vocab = spacy.blank("xx").vocab
    bins: dict[str, object] = {}
    for split, doc in documents:
        bins.setdefault(split, DocBin(store_user_data=True)).add(to_doc(vocab, doc))
    files = []
    for split, docbin in bins.items():
        path = output / f"{split}.spacy"
        docbin.to_disk(path)
        files.append(path)
    return files
