"""Benchmark: qantar's time-expression tagger against dateparser on the seed articles.

Both systems read the same paragraphs with the paragraph's language and the document's
DCT (dateparser: `search_dates`, PREFER_DATES_FROM='current_period', RELATIVE_BASE = DCT).
Scored against the corrected timexes in annotation/gold/ where a document has them, else
against the hand-made reference in annotation/reference/timex/ (see its "note").

Reports, per paragraph language: detection precision/recall/F1, strict (same span) and
relaxed (overlapping spans, one to one); value accuracy on the relaxed matched pairs
(exact TIMEX3 value; dateparser's datetime is written `2022-01-05`, or
`2022-01-05T23:45` when it has a clock time); characters per second (best of --repeat
runs, after a warm-up run).

Needs the `bench` extra: .venv/bin/pip install -e '.[bench]'
Run: .venv/bin/python scripts/bench_timex.py [--repeat 5]
"""

import argparse
import datetime as dt
import json
import time
from collections import defaultdict

from dateparser.search import search_dates
from rich.console import Console
from rich.table import Table

from qantar import corrections, evaluation
from qantar.paths import annotation_dir
from qantar.seeds import ingest_seeds
from qantar.timex.annotator import annotate

SYSTEMS = ("qantar", "dateparser")


def reference(doc: dict, gold: dict) -> list[dict]:
    corrected = gold.get(doc["id"], {}).get("layers", {})
    if "timexes" in corrected:
        return corrected["timexes"]
    path = annotation_dir() / "reference" / "timex" / f"{doc['id']}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if data["text_sha256"] != corrections.text_sha256(doc["text"]):
        raise SystemExit(f"{path}: made for another text of {doc['id']}; redo the reference")
    return data["timexes"]


def _value(moment: dt.datetime) -> str:
    if moment.time() == dt.time(0, 0):
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%dT%H:%M")


def dateparser_segment(doc: dict, segment: dict) -> list[dict]:
    """dateparser's finds in one paragraph, as timex-like spans (offsets found in order)."""
    text = doc["text"][segment["start"]:segment["end"]]
    base = dt.datetime.fromisoformat(doc["dct"]["value"])
    settings = {"PREFER_DATES_FROM": "current_period", "RELATIVE_BASE": base}
    found = search_dates(text, languages=[segment["language"]], settings=settings) or []
    out, cursor = [], 0
    for substring, moment in found:
        at = text.find(substring, cursor)
        if at < 0:
            continue
        cursor = at + len(substring)
        start = segment["start"] + at
        out.append({"start": start, "end": start + len(substring), "text": substring, "value": _value(moment)})
    return out


def qantar_segment(doc: dict, segment: dict) -> list[dict]:
    return annotate({**doc, "segments": [segment]})


RUNNERS = {"qantar": qantar_segment, "dateparser": dateparser_segment}


def run(docs: list[dict], system: str, repeat: int) -> tuple[list[dict], dict[str, float]]:
    """Predicted documents, and language -> seconds (best run) spent on its paragraphs."""
    runner = RUNNERS[system]
    best: dict[str, float] = {}
    predicted = []
    for attempt in range(repeat + 1):  # attempt 0 warms up (loads rules and language data)
        seconds: dict[str, float] = defaultdict(float)
        predicted = []
        for doc in docs:
            found = []
            for segment in doc["segments"]:
                began = time.perf_counter()
                found += runner(doc, segment)
                seconds[segment["language"]] += time.perf_counter() - began
            predicted.append({**doc, "timexes": found})
        if attempt:
            best = {lang: min(s, best.get(lang, s)) for lang, s in seconds.items()}
    return predicted, best


def chars_by_language(docs: list[dict]) -> dict[str, int]:
    chars: dict[str, int] = defaultdict(int)
    for doc in docs:
        for segment in doc["segments"]:
            chars[segment["language"]] += segment["end"] - segment["start"]
    return chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per system (best is kept)")
    args = parser.parse_args()

    docs = ingest_seeds()
    gold = corrections.load_all()
    gold_docs = [{**doc, "timexes": reference(doc, gold)} for doc in docs]
    chars = chars_by_language(docs)
    chars[evaluation.ALL] = sum(chars.values())

    table = Table(title="Time expressions on the seeds: qantar vs dateparser "
                        "(detection, any type; value exact on relaxed matches)")
    for column in ("language", "system", "ref", "found",
                   "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
                   "value acc", "chars/s"):
        table.add_column(column, justify="left" if column in ("language", "system") else "right")
    languages = sorted(lang for lang in chars if lang != evaluation.ALL) + [evaluation.ALL]
    results = {}
    for system in SYSTEMS:
        predicted, seconds = run(docs, system, args.repeat)
        seconds[evaluation.ALL] = sum(seconds.values())
        pairs = list(zip(gold_docs, predicted))
        results[system] = (
            {mode: evaluation.span_scores(pairs, "timexes", mode, label=None) for mode in evaluation.MODES},
            evaluation.agreement(pairs, "timexes", "value", mode="relaxed", label=None),
            seconds,
        )
    for lang in languages:
        for system in SYSTEMS:
            scores, values, seconds = results[system]
            strict = scores["strict"].get((evaluation.ALL, lang), evaluation.Counts())
            relaxed = scores["relaxed"].get((evaluation.ALL, lang), evaluation.Counts())
            equal, compared = values.get(lang, (0, 0))
            table.add_row(
                lang, system, str(strict.tp + strict.fn), str(strict.tp + strict.fp),
                f"{strict.precision:.3f}", f"{strict.recall:.3f}", f"{strict.f1:.3f}",
                f"{relaxed.precision:.3f}", f"{relaxed.recall:.3f}", f"{relaxed.f1:.3f}",
                f"{equal / compared:.3f} ({equal}/{compared})" if compared else "-",
                f"{chars[lang] / seconds[lang]:,.0f}" if seconds.get(lang) else "-",
            )
        table.add_section()
    Console(width=max(150, Console().width)).print(table)


if __name__ == "__main__":
    main()
