"""The HTML views rendered by a real browser (Debian's chromium), the timeline, Croissant."""

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pyarrow.parquet as pq
import pytest

from qantar.cli import main
from qantar.exports import reader
from qantar.paths import corpus_dir
from qantar.views import timeline

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def _need_chromium():
    if CHROMIUM:
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail("chromium is missing in CI: scripts/setup_label_studio.py installs it (apt-get install chromium)")
    pytest.skip("chromium is not installed here (apt-get install chromium); the view tests need a real browser")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    assert main(["show", "--all", "--html", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def docs():
    return {doc["id"]: doc for _split, doc in reader.documents(corpus_dir())}


class _Collect(HTMLParser):
    """data-id of every element, and the text of the paragraphs without their badges."""

    def __init__(self):
        super().__init__()
        self.ids, self.paragraphs, self._depth, self._skip = set(), [], None, 0
        self._level = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "data-id" in attrs:
            self.ids.add(attrs["data-id"])
        if tag == "p" and "data-segment" in attrs:
            self.paragraphs.append("")
            self._depth = 0
        elif self._depth is not None and tag == "span":
            self._depth += 1
            if "meta" in (attrs.get("class") or "").split():
                self._skip = self._depth

    def handle_endtag(self, tag):
        if self._depth is None:
            return
        if tag == "p":
            self._depth = None
        elif tag == "span":
            if self._skip == self._depth:
                self._skip = 0
            self._depth -= 1

    def handle_data(self, data):
        if self._depth is not None and not self._skip:
            self.paragraphs[-1] += data


def test_every_annotation_is_on_its_article_page_rendered_by_chromium(site, docs, tmp_path):
    browser = _need_chromium()
    for doc_id, doc in docs.items():
        page = site / f"{doc_id}.html"
        dom = subprocess.run([browser, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                              page.as_uri()], capture_output=True, text=True, timeout=120, check=True).stdout
        collected = _Collect()
        collected.feed(dom)
        expected = {a["id"] for layer in ("entities", "timexes", "events") for a in doc[layer]}
        assert expected <= collected.ids, sorted(expected - collected.ids)[:5]
        # the page shows the exact article text, paragraph by paragraph
        assert collected.paragraphs == [doc["text"][s["start"]:s["end"]] for s in doc["segments"]]
        assert 'class="ann ent' in dom and "http://" not in dom.split("<main>")[0]  # no external resource


def test_article_page_screenshot(site, tmp_path):
    browser = _need_chromium()
    shot = tmp_path / "article.png"
    subprocess.run([browser, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
                    "--window-size=1100,1400", (site / "001_fd4c1457a455c17a.html").as_uri()],
                   capture_output=True, timeout=120, check=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a page with coloured text, not blank
    print(f"screenshot: {shot}")


def test_the_timeline_lists_every_event_dated_by_its_time_argument(site, docs):
    page = (site / "timeline.html").read_text(encoding="utf-8")
    for doc in docs.values():
        values = {t["id"]: t["value"] or "" for t in doc["timexes"]}
        for event in doc["events"]:
            days = [values[a["ref"]][:10] for a in event["arguments"]
                    if a["role"] == "time" and re.match(r"\d{4}-\d{2}-\d{2}", values.get(a["ref"], ""))]
            if event["status"] == "gold" and days:
                assert f'{doc["id"]}.html#{event["id"]}' in page
                row = page[page.index(f'{doc["id"]}.html#{event["id"]}') - 400:]
                assert days[0] in row
    assert (site / "timeline.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_timeline_dates_an_event_by_its_sentence_when_it_has_no_time_argument(docs):
    events = timeline.dated_events(list(docs.values()))
    assert {e.dated_by for e in events} == {"time argument", "sentence"}
    assert events == sorted(events, key=lambda e: (e.day, e.cluster, e.doc_id, e.event_id))


def test_show_one_document_and_an_unknown_one(tmp_path, capsys):
    assert main(["show", "000_936a6e5b7446c60f", "--html", str(tmp_path)]) == 0
    assert (tmp_path / "000_936a6e5b7446c60f.html").exists()
    assert main(["show", "nope", "--html", str(tmp_path)]) == 1
    assert "no document 'nope' in the corpus" in capsys.readouterr().err


def test_croissant_metadata_validates_and_reads_every_row():
    mlc = pytest.importorskip("mlcroissant")
    dataset = mlc.Dataset(jsonld=str(corpus_dir() / "croissant.json"))
    for config in ("entities", "timexes", "events", "tokens"):
        rows = sum(pq.read_metadata(p).num_rows for p in (corpus_dir() / config).glob("*.parquet"))
        assert sum(1 for _ in dataset.records(config)) == rows
