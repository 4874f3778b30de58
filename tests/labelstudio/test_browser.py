"""Two annotators at work in a real browser (headless Chromium driven by Playwright)
against the real Label Studio server, then `qantar ls pull`.

anna takes the first task of the queue (its predictions loaded), draws a new entity and
gives it a KB id, deletes a region, adds an event argument, changes a TIMEX3 value and
submits. bob updates another task that the pushing account had already annotated. The
pull must bring exactly those changes, credited to anna and bob. Screenshots are kept
(the path is printed at the end of the run; QANTAR_SCREENSHOTS=DIR chooses it).
"""

import copy
import json
import os
import shutil
from pathlib import Path

import pytest

from qantar import corrections, ingest
from qantar.labelstudio import workflow
from qantar.labelstudio.regions import content

from . import browser as ui
from .conftest import EMOJI_TEXT, PLAIN_TEXT, annotate, emoji_doc, entity, plain_doc, project_tasks, span

GUIDE_SCREENSHOTS = Path(__file__).resolve().parents[2] / "annotation" / "label-studio" / "screenshots"


def _unavailable(message: str):
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def chromium():
    if not Path(ui.CHROMIUM).exists():
        _unavailable(f"Chromium missing ({ui.CHROMIUM}): the browser test needs the Debian package "
                     "(`apt-get install chromium`, or `python scripts/setup_label_studio.py` as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is missing: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=ui.CHROMIUM, args=ui.CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory, request):
    directory = Path(os.environ.get("QANTAR_SCREENSHOTS") or tmp_path_factory.mktemp("label-studio-screenshots"))
    directory.mkdir(parents=True, exist_ok=True)
    yield directory
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter:
        reporter.write_line(f"Label Studio screenshots: {directory}")
    if os.environ.get("QANTAR_GUIDE_SCREENSHOTS") == "1":  # refresh the guide's pictures
        GUIDE_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for picture in directory.glob("*.png"):
            shutil.copy(picture, GUIDE_SCREENSHOTS / picture.name)


def _long_doc() -> dict:
    """A long article (written for this test), one automatic entity near its end."""
    lines = [f"Day {day}: the committee met again, read the letters of the week and adjourned without a vote."
             for day in range(1, 81)]
    text = "\n".join(lines) + "\nOn the last day the committee moved to Astana."
    doc = ingest.from_text(text, "t-long", "tests/long.txt", language="en",
                           dct={"value": "2022-01-05", "source": "header", "evidence": None})
    doc["entities"] = [entity(text, "Astana", "GPE", "astana")]
    return doc


def _page(chromium):
    return chromium.new_context(viewport={"width": 1400, "height": 900}).new_page()


def _expected_emoji_layers(oubz: str) -> dict:
    """The emoji document's layers after anna's session."""
    doc = emoji_doc()
    t = EMOJI_TEXT
    s, e = span(t, "OUBZ")
    ratusz, date, deploy = "ent-%d-%d" % span(t, "ratusz"), "tx-%d-%d" % span(t, "5 stycznia 2022"), "ev-%d-%d" % span(t, "wyśle")
    entities = [a for a in doc["entities"] if a["id"] != ratusz]
    entities.append({"id": oubz, "start": s, "end": e, "text": "OUBZ", "type": "ORG", "kb_id": "csto"})
    timexes = copy.deepcopy(doc["timexes"])
    next(a for a in timexes if a["id"] == date)["value"] = "2022-01-06"
    events = copy.deepcopy(doc["events"])
    next(a for a in events if a["id"] == deploy)["arguments"] = [{"role": "agent", "ref": oubz}]
    layers = {"entities": entities, "timexes": timexes, "events": events}
    return {layer: sorted((content(layer, a) for a in anns), key=lambda a: a["start"]) for layer, anns in layers.items()}


def test_annotators_in_the_browser_and_pull_credits_each(ls_server, conn, chromium, screenshots, project_title, tmp_path):
    docs = [emoji_doc(), plain_doc(), _long_doc()]
    annotation_dir = tmp_path / "annotation"
    pushed, left_out = workflow.push(ls_server.url, ls_server.token, project_title, docs=docs,
                                     annotation_dir=annotation_dir)
    assert (pushed.imported, left_out) == (3, 0)
    tasks = project_tasks(conn, project_title)
    # The pushing account had annotated the plain document in an earlier round.
    annotate(conn, tasks["t-plain"]["id"], tasks["t-plain"]["prediction"])

    # anna: the queue, the first task to review, with its predictions
    anna = _page(chromium)
    ui.sign_up(anna, ls_server.url, "anna@example.com", "anna-local-only")
    anna.goto(f"{ls_server.url}/projects/{pushed.project_id}/data")
    anna.get_by_text("Label All Tasks").wait_for(timeout=ui.TIMEOUT_MS)
    ui.settle(2)
    anna.screenshot(path=screenshots / "1-queue.png")
    anna.get_by_text("Label All Tasks").click()
    ui.open_task(anna)
    assert anna.get_by_text("t-emoji").first.is_visible()
    anna.screenshot(path=screenshots / "2-task-with-predictions.png")

    ui.select_new_regions(anna, screenshots / "2b-settings-select-new-regions.png")
    ui.draw_region(anna, "ORG", "OUBZ")  # selected at once: its KB id field is beside it
    ui.fill_new_value(anna, "kb_id", "csto", "OUBZ")
    anna.screenshot(path=screenshots / "3-entity-with-kb-id.png")
    ui.select_region(anna, "ratusz")
    ui.delete_selected_region(anna)
    ui.add_argument(anna, "wyśle", "OUBZ", "agent")
    anna.screenshot(path=screenshots / "4-event-argument.png")
    ui.select_region(anna, "5 stycznia 2022")
    ui.edit_value(anna, "2022-01-06")
    anna.screenshot(path=screenshots / "5-timex-value.png")
    ui.submit(anna, "Submit")

    # bob: another task, already annotated by someone else; he marks the event as not actual
    bob = _page(chromium)
    ui.sign_up(bob, ls_server.url, "bob@example.com", "bob-local-only")
    bob.goto(f"{ls_server.url}/projects/{pushed.project_id}/data?task={tasks['t-plain']['id']}")
    ui.open_task(bob)
    ui.select_region(bob, "resignation")
    ui.choose(bob, "other")
    bob.screenshot(path=screenshots / "6-update-by-a-second-annotator.png")
    ui.submit(bob, "Update")

    # a long article: the fields of a region at its end are beside it, not pages below
    reader = _page(chromium)
    ui.log_in(reader, ls_server.url, "anna@example.com", "anna-local-only")
    reader.goto(f"{ls_server.url}/projects/{pushed.project_id}/data?task={tasks['t-long']['id']}")
    ui.open_task(reader)
    ui.region(reader, "Astana").scroll_into_view_if_needed()
    ui.select_region(reader, "Astana")
    kb_field = reader.locator(".qantar-side [data-testid=htx-textbox-content]:visible").first
    box, viewport = kb_field.bounding_box(), reader.viewport_size
    assert 0 <= box["y"] and box["y"] + box["height"] <= viewport["height"], box
    reader.screenshot(path=screenshots / "7-long-article-fields-stay-beside.png")

    report = workflow.pull(ls_server.url, ls_server.token, project_title, docs=docs, annotation_dir=annotation_dir,
                           save=screenshots / "pulled.json")

    gold = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in corrections.gold_dir(annotation_dir).glob("*.json")}
    assert set(gold) == {"t-emoji", "t-plain"}
    emoji = gold["t-emoji"]["layers"]
    s, e = span(EMOJI_TEXT, "OUBZ")
    oubz = f"ent-{s}-{e}"
    assert {layer: [content(layer, a) for a in anns] for layer, anns in emoji.items()} == _expected_emoji_layers(oubz)
    # every automatic annotation of a layer anna changed was checked by her: all are hers now
    assert {a["source"].rsplit(" ", 1)[0] for layer in emoji.values() for a in layer} == {"label-studio:anna@example.com"}

    plain = gold["t-plain"]["layers"]
    assert set(plain) == {"events"}  # bob changed only the events; the other layers stay automatic
    [resignation] = plain["events"]
    assert resignation["realis"] == "other" and resignation["source"].startswith("label-studio:bob@example.com ")

    by_doc = {d.doc_id: d for d in report.documents}
    assert by_doc["t-emoji"].annotator == "label-studio:anna@example.com"
    assert by_doc["t-plain"].annotator == "label-studio:bob@example.com"  # not the account that made it
    t = EMOJI_TEXT
    assert report.changes("t-emoji", "entities").added == [f"{oubz} 'OUBZ' ORG kb_id=csto"]
    assert report.changes("t-emoji", "entities").removed == ["ent-%d-%d 'ratusz' FAC" % span(t, "ratusz")]
    assert report.changes("t-emoji", "events").changed == ["ev-%d-%d 'wyśle': arguments [] → [agent=%s]" % (*span(t, "wyśle"), oubz)]
    assert report.changes("t-emoji", "timexes").changed == [
        "tx-%d-%d '5 stycznia 2022': value 2022-01-05 → 2022-01-06" % span(t, "5 stycznia 2022")]
    assert report.changes("t-plain", "events").changed == [
        "ev-%d-%d 'resignation': realis actual → other" % span(PLAIN_TEXT, "resignation")]
