"""The whole readable view of a corpus: article pages, index, timeline page and figure."""

from pathlib import Path

from . import page, timeline


def write(docs: list[dict], output: Path) -> list[Path]:
    """Every document's page, the index and the timeline into `output` (no network needed to view)."""
    files = page.write_pages(docs, output)
    events = timeline.dated_events(docs)
    path = output / "timeline.html"
    path.write_text(timeline.html(events), encoding="utf-8")
    return files + [path, timeline.figure(events, output / "timeline.svg")]
