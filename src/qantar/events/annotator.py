"""The `events` layer of the pipeline: `annotate(doc) -> list of event annotations`.

Reads the document's `entities` and `timexes` (whatever is there; none is fine) for
arguments. Each event: id `ev-{start}-{end}` of its trigger, type, realis, arguments.
"""

from .. import holdout, morphology, taxonomy
from ..errors import DataFileError
from . import arguments, clauses, frames, lexicon, realis, sentences, triggers
from .spans import SpanIndex

SOURCE = "qantar-event-rules/1.1"
PREFIX = "events:"  # the layer's part of every knowledge key (qantar.holdout)


def _label(section: str, name: str) -> str:
    """A label the engine relies on by name, checked against the taxonomy."""
    if name not in taxonomy.load().names(section):
        raise DataFileError(f"schema/taxonomy.toml: [[{section}]] lacks {name!r}, needed by {__name__}")
    return name


def _run(doc: dict) -> tuple[list[dict], set[str]]:
    """The events of `doc` and the knowledge keys (without PREFIX) of every item that made them."""
    actual, other, silver = _label("realis", "actual"), _label("realis", "other"), _label("statuses", "silver")
    withheld = holdout.withheld(PREFIX)
    role_frames = frames.load()
    # only names the knowledge base knows hide a trigger (`Rada Bezpieczeństwa`): an unlinked
    # candidate is as likely a capitalised common noun (German `Unruhen` tagged MISC)
    entities = SpanIndex((e["start"], e["end"]) for e in doc.get("entities", []) if e.get("kb_id"))
    events, used = [], set()
    for sent in sentences.of(doc):
        lang = lexicon.language(sent.language)
        for match in triggers.find(lang, sent, entities, withheld, used):
            used.update(match.keys)
            start, end = sent.spans[match.first][0], sent.spans[match.last - 1][1]
            if doc["text"][start] in morphology.ELISION:
                start += 1  # 'état of l'état: the apostrophe is the article's
            event_type = match.trigger.type
            clause = clauses.clause(lang, role_frames, sent, match.first, match.last, withheld)
            used.update(clause.keys)
            embedded = arguments.embedding(lang, role_frames, sent, match.first, withheld)  # a noun
            realis_keys = realis.cues(lang, sent, clause.start, match.first, match.last, bool(embedded), withheld)
            used.update(realis_keys)
            events.append({
                "id": f"ev-{start}-{end}",
                "start": start,
                "end": end,
                "text": doc["text"][start:end],
                "type": event_type,
                "realis": other if realis_keys else actual,
                "arguments": arguments.link(lang, role_frames, sent, event_type, (match.first, match.last),
                                            clause, embedded, withheld, used),
                "cluster": None,
                "status": silver,
                "source": SOURCE,
                "confidence": match.trigger.confidence,
            })
    return events, used


def annotate_with_knowledge(doc: dict) -> tuple[list[dict], set[str]]:
    """The events of `doc` and the keys of the trigger lemmas, context words, classes, role
    and realis cues, clause openers and role frames that produced them (for qantar.holdout)."""
    events, used = _run(doc)
    return events, {PREFIX + key for key in used}


def knowledge_used(doc: dict) -> set[str]:
    return annotate_with_knowledge(doc)[1]


def annotate(doc: dict) -> list[dict]:
    return _run(doc)[0]
