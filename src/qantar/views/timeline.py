"""A cross-lingual timeline of the events: every event with a calendar day, placed by date,
grouped by cross-document cluster, coloured by the language it is reported in."""

import bisect
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from ..corpus_rows import segment_language
from .style import LANGUAGE_COLOURS, css

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
UNCLUSTERED = "(no cluster)"


@dataclass(frozen=True)
class DatedEvent:
    day: str  # YYYY-MM-DD
    cluster: str
    language: str
    doc_id: str
    event_id: str
    trigger: str
    type: str
    realis: str
    status: str
    sentence: str
    dated_by: str  # "time argument" or "sentence"


def dated_events(docs: list[dict]) -> list[DatedEvent]:
    """Every event whose time argument, or else a time expression of its sentence, has a
    calendar day; sorted by day, cluster, document and offset. Linear in the size of each
    document: sentences are found by bisection, each sentence's first dated time expression
    is looked up."""
    out = []
    for doc in docs:
        language = segment_language(doc)
        timexes = {t["id"]: t for t in doc["timexes"]}
        starts = [s["start"] for s in doc["sentences"]]

        def sentence_index(offset: int) -> int:
            return max(0, bisect.bisect_right(starts, offset) - 1)

        first_dated = {}  # sentence index -> the day of its first time expression with one
        for t in doc["timexes"]:
            match = _DAY.match(t["value"] or "")
            index = sentence_index(t["start"])
            sentence = doc["sentences"][index] if doc["sentences"] else None
            if match and sentence and sentence["start"] <= t["start"] < sentence["end"]:
                first_dated.setdefault(index, match[1])
        for event in doc["events"]:
            index = sentence_index(event["start"])
            sentence = doc["sentences"][index]
            day, dated_by = None, ""
            for arg in event["arguments"]:
                match = _DAY.match((timexes.get(arg["ref"]) or {}).get("value") or "")
                if arg["role"] == "time" and match:
                    day, dated_by = match[1], "time argument"
                    break
            if not day and index in first_dated:
                day, dated_by = first_dated[index], "sentence"
            if day:
                out.append(DatedEvent(day, event["cluster"] or UNCLUSTERED, language(event["start"]), doc["id"],
                                      event["id"], event["text"], event["type"], event["realis"], event["status"],
                                      doc["text"][sentence["start"]:sentence["end"]], dated_by))
    return sorted(out, key=lambda e: (e.day, e.cluster, e.doc_id, e.event_id))


def language_colours(events: list[DatedEvent]) -> dict[str, str]:
    return {lang: LANGUAGE_COLOURS[i % len(LANGUAGE_COLOURS)] for i, lang in enumerate(sorted({e.language for e in events}))}


def html(events: list[DatedEvent]) -> str:
    colour = language_colours(events)
    rows = []
    for e in events:
        rows.append(
            f'<tr data-day="{e.day}" data-cluster="{escape(e.cluster)}"><td class="day">{e.day}</td><td>{escape(e.cluster)}</td>'
            f'<td><span style="color:{colour[e.language]};font-weight:bold">{escape(e.language)}</span></td>'
            f'<td><a href="{escape(e.doc_id)}.html#{escape(e.event_id)}">{escape(e.trigger)}</a></td>'
            f'<td>{escape(e.type)} ({escape(e.realis)}, {escape(e.status)})</td>'
            f'<td class="sentence">{escape(e.sentence)}</td><td>{escape(e.dated_by)}</td></tr>')
    legend = " ".join(f'<span style="color:{c};font-weight:bold">■ {escape(lang)}</span>' for lang, c in colour.items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>qantar · timeline</title><style>{css()}
td.day{{white-space:nowrap}} td.sentence{{min-width:26em;font-size:.9em}} body{{max-width:80em}}</style></head>
<body><p><a href="index.html">← all articles</a></p><h1>Timeline of the events</h1>
<p>Every event with a calendar day, from its time argument or else a time expression of its sentence;
grouped by cross-document cluster. Languages: {legend}</p>
<p><img src="timeline.svg" alt="timeline figure" style="max-width:100%"></p>
<table><thead><tr><th>day</th><th>cluster</th><th>language</th><th>trigger</th><th>event</th><th>sentence</th>
<th>dated by</th></tr></thead><tbody>{"".join(rows)}</tbody></table></body></html>
"""


def figure(events: list[DatedEvent], path: Path) -> Path:
    """The timeline as an SVG: one row per cluster, a dot per event, coloured by language."""
    from . import figures

    return figures.timeline(events, language_colours(events), path)
