"""One self-contained HTML page per article, and an index page over the corpus."""

from html import escape
from pathlib import Path

from .. import kb as kb_module
from .markup import Span, render
from .style import SCRIPT, css

LAYERS = ("entities", "timexes", "events")


def _attr(value) -> str:
    return escape(str(value), quote=True)


def _entity_span(ann: dict, name_of) -> Span:
    name = name_of(ann["kb_id"]) if ann["kb_id"] else None
    link = f" · {ann['kb_id']}" + (f" · {name}" if name else "") if ann["kb_id"] else " · not linked"
    title = f"{ann['type']}{link} ({ann['status']}, {ann['source']})"
    return Span(ann["start"], ann["end"], ann["id"],
                f'<span class="ann ent {ann["type"]} {ann["status"]}" data-id="{_attr(ann["id"])}" '
                f'data-kb="{_attr(ann["kb_id"] or "")}" title="{_attr(title)}">', "</span>",
                f'<span class="lbl" data-label="{_attr(ann["type"])}"></span>')


def _timex_span(ann: dict) -> Span:
    details = ", ".join(f"{key}={ann[key]}" for key in ("value", "mod", "anchor", "range_begin", "range_end") if ann[key])
    title = f"{ann['type']} {details} ({ann['status']}, {ann['source']})"
    return Span(ann["start"], ann["end"], ann["id"],
                f'<span class="ann tx {ann["type"]} {ann["status"]}" data-id="{_attr(ann["id"])}" '
                f'data-value="{_attr(ann["value"] or "")}" title="{_attr(title)}">', "</span>",
                f'<span class="lbl" data-label="{_attr(ann["value"] or ann["type"])}"></span>')


def _event_span(ann: dict, texts: dict) -> Span:
    args = "; ".join(f"{a['role']}: {texts.get(a['ref'], a['ref'])}" for a in ann["arguments"])
    title = f"{ann['type']} ({ann['realis']})" + (f" — {args}" if args else "") + f" ({ann['status']}, {ann['source']})"
    pairs = " ".join(f"{a['role']}={a['ref']}" for a in ann["arguments"])
    return Span(ann["start"], ann["end"], ann["id"],
                f'<span class="ann ev {ann["type"]} {ann["realis"]} {ann["status"]}" id="{_attr(ann["id"])}" '
                f'data-id="{_attr(ann["id"])}" data-args="{_attr(pairs)}" tabindex="0" title="{_attr(title)}">',
                "</span>", f'<span class="lbl" data-label="{_attr(ann["type"])}"></span>')


def _event_list(events: list[dict], texts: dict) -> str:
    if not events:
        return ""
    items = []
    for ev in events:
        args = ", ".join(f"{escape(a['role'])} → {escape(texts.get(a['ref'], a['ref']))}" for a in ev["arguments"])
        items.append(f'<li data-event="{_attr(ev["id"])}"><a href="#{_attr(ev["id"])}">{escape(ev["text"])}</a>: '
                     f'{escape(ev["type"])} ({escape(ev["realis"])}){" — " + args if args else ""}'
                     f'{" · cluster " + escape(ev["cluster"]) if ev["cluster"] else ""}</li>')
    return '<ul class="events">' + "".join(items) + "</ul>"


def _legend(doc: dict) -> str:
    used = sorted({e["type"] for e in doc["entities"]})
    parts = [f'<span class="ann ent {t} gold">{t}</span>' for t in used]
    parts += ['<span class="ann tx gold">time expression</span>', '<span class="ann ev gold">event trigger</span>',
              '<span class="ann ent silver" style="background:#eee">automatic (silver): dashed</span>']
    return '<p class="legend">' + "".join(parts) + "</p>"


def kb_names():
    """kb_id -> the entry's canonical name (None when unknown)."""
    kb = kb_module.load()
    return lambda kb_id: (kb.get(kb_id) or {}).get("name")


def article_html(doc: dict, name_of=None) -> str:
    """The page of one canonical document; `name_of(kb_id)` gives canonical names."""
    names = name_of or kb_names()
    texts = {a["id"]: a["text"] for layer in ("entities", "timexes") for a in doc[layer]}
    spans = ([_entity_span(a, names) for a in doc["entities"]] + [_timex_span(a) for a in doc["timexes"]]
             + [_event_span(a, texts) for a in doc["events"]])
    paragraphs = []
    for seg in doc["segments"]:
        events = [e for e in doc["events"] if seg["start"] <= e["start"] < seg["end"]]
        paragraphs.append(
            f'<p class="seg {seg["kind"]}" lang="{_attr(seg["language"])}" data-segment="{_attr(seg["id"])}">'
            f'<span class="meta">{escape(seg["kind"])} · {escape(seg["language"])}</span>'
            f'{render(doc["text"], spans, seg["start"], seg["end"])}</p>' + _event_list(events, texts))
    counts = ", ".join(f"{len(doc[layer])} {layer}" for layer in LAYERS)
    dct = doc["dct"]
    return f"""<!DOCTYPE html>
<html lang="{_attr(doc['language'])}"><head><meta charset="utf-8">
<title>{escape(doc['id'])} · qantar</title><style>{css()}</style></head>
<body><p><a href="index.html">← all articles</a> · <a href="timeline.html">timeline</a></p>
<h1>{escape(doc['id'])}</h1>
<p class="docmeta">language {escape(doc['language'])} · outlet {escape(doc['outlet'] or 'unknown')} ·
DCT {escape(dct['value'] or 'unknown')} ({escape(dct['source'] or '—')}) · {escape(doc['source_file'])} · {counts}</p>
{_legend(doc)}
<p class="help">Hover an entity for its type and knowledge-base entry, a time expression for its TIMEX3 value,
an event trigger (or focus it with Tab) to outline its arguments with their roles.</p>
<main>
{chr(10).join(paragraphs)}
</main>
<script>{SCRIPT}</script></body></html>
"""


def index_html(docs: list[dict]) -> str:
    rows = []
    for doc in docs:
        gold = {layer: sum(a["status"] == "gold" for a in doc[layer]) for layer in LAYERS}
        cells = "".join(f"<td>{len(doc[layer])} ({gold[layer]} gold)</td>" for layer in LAYERS)
        rows.append(f'<tr><td><a href="{_attr(doc["id"])}.html">{escape(doc["id"])}</a></td>'
                    f'<td>{escape(doc["language"])}</td><td>{escape(doc["outlet"] or "unknown")}</td>'
                    f'<td>{escape(doc["dct"]["value"] or "—")}</td>{cells}</tr>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>qantar · articles</title><style>{css()}</style></head>
<body><h1>qantar: annotated articles</h1><p><a href="timeline.html">timeline of the events</a></p>
<table><thead><tr><th>article</th><th>language</th><th>outlet</th><th>DCT</th>
<th>entities</th><th>time expressions</th><th>events</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table></body></html>
"""


def write_pages(docs: list[dict], output: Path) -> list[Path]:
    """An article page per document and the index into `output`."""
    output.mkdir(parents=True, exist_ok=True)
    names = kb_names()
    files = []
    for doc in docs:
        path = output / f"{doc['id']}.html"
        path.write_text(article_html(doc, names), encoding="utf-8")
        files.append(path)
    index = output / "index.html"
    index.write_text(index_html(docs), encoding="utf-8")
    return files + [index]
