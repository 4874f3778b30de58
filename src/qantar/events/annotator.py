"""The `events` layer of the pipeline: `annotate(doc) -> list of event annotations`.

Reads the document's `entities` and `timexes` (whatever is there; none is fine) for
arguments. Each event: id `ev-{start}-{end}` of its trigger, type, realis, arguments.
"""

from .. import taxonomy
from ..errors import DataFileError
from . import arguments, clauses, frames, lexicon, realis, sentences, triggers

SOURCE = "qantar-event-rules/1.0"


def _label(section: str, name: str) -> str:
    """A label the engine relies on by name, checked against the taxonomy."""
    if name not in taxonomy.load().names(section):
        raise DataFileError(f"schema/taxonomy.toml: [[{section}]] lacks {name!r}, needed by {__name__}")
    return name


def knowledge_used(doc: dict) -> set[str]:
    """The trigger lexicon entries that fire in `doc` (for qantar.holdout)."""
    entity_spans = [(e["start"], e["end"]) for e in doc.get("entities", [])]
    used = set()
    for sent in sentences.of(doc):
        lang = lexicon.language(sent.language)
        used |= {triggers.knowledge_key(lang, m.trigger) for m in triggers.find(lang, sent, entity_spans)}
    return used


def annotate(doc: dict) -> list[dict]:
    actual, other, silver = _label("realis", "actual"), _label("realis", "other"), _label("statuses", "silver")
    role_frames = frames.load()
    entity_spans = [(e["start"], e["end"]) for e in doc.get("entities", [])]
    events = []
    for sent in sentences.of(doc):
        lang = lexicon.language(sent.language)
        for match in triggers.find(lang, sent, entity_spans):
            start, end = sent.spans[match.first][0], sent.spans[match.last - 1][1]
            event_type = match.trigger.type
            clause = clauses.clause(lang, role_frames, sent, match.first, match.last)
            events.append({
                "id": f"ev-{start}-{end}",
                "start": start,
                "end": end,
                "text": doc["text"][start:end],
                "type": event_type,
                "realis": other if realis.cues(lang, sent, clause[0], match.last) else actual,
                "arguments": arguments.link(lang, role_frames, sent, event_type, (match.first, match.last), clause),
                "cluster": None,
                "status": silver,
                "source": SOURCE,
                "confidence": match.trigger.confidence,
            })
    return events
