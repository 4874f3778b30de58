"""Helpers for the event tests: hand-placed mentions and event look-ups."""

from qantar import taxonomy


def place(doc: dict, text: str, label: str, within: str | None = None) -> dict:
    """Add a mention of `text` (an entity or, for a timex type, a time expression): its first
    occurrence inside the first occurrence of `within`."""
    base = doc["text"].index(within) if within else 0
    start = doc["text"].index(text, base)
    span = {"id": None, "start": start, "end": start + len(text), "text": text, "type": label,
            "status": "gold", "source": "test", "confidence": None}
    if label in taxonomy.load().timex_types:
        span.update(id=f"tx-{start}-{span['end']}", value=None, mod=None, range_begin=None,
                    range_end=None, anchor=None)
        doc["timexes"].append(span)
    else:
        span.update(id=f"ent-{start}-{span['end']}", kb_id=None)
        doc["entities"].append(span)
    return span


def find(events, trigger, event_type=None):
    """The events whose trigger text is `trigger` (and of that type)."""
    return [e for e in events if e["text"] == trigger and (event_type is None or e["type"] == event_type)]


def argument_texts(doc, event, role):
    """The texts of the mentions filling a role of an event."""
    spans = {m["id"]: m["text"] for m in doc["entities"] + doc["timexes"]}
    return [spans[a["ref"]] for a in event["arguments"] if a["role"] == role]
