"""Benchmark: qantar's time-expression tagger against dateparser, on the development set
(annotation/dev/, the default) or on the seed articles.

Systems, all reading the same paragraphs with the paragraph's language and the document's
DCT:
- `qantar`: every file (generated from CLDR and hand-written);
- `qantar-cldr`: without the hand-written per-language files (their items withheld through
  qantar.holdout): what a language gets from CLDR alone and the shared rules;
- `dateparser`: `search_dates`, PREFER_DATES_FROM='current_period', RELATIVE_BASE = DCT.

Gold: the dev set's gold timexes (annotation/dev/gold/), or for the seeds the corrected
timexes in annotation/gold/ where a document has them, else the hand-made reference in
annotation/reference/timex/.

Paragraph languages: as ingest detects them (among lang/xx/detection.toml's candidates and
the article's own language), as in the pipeline: an English post quoted in a Spanish
article is read as English.

Reports, per paragraph language, the dev set's aside articles (never read to write a
rule) in a table of their own: detection precision/recall/F1, strict (same span) and
relaxed (overlapping spans, one to one); value accuracy on the relaxed matched pairs
(exact TIMEX3 value; dateparser's datetime is written `2022-01-05`, or
`2022-01-05T23:45` when it has a clock time); characters per CPU second of the process
(one core; CPU time, not wall time, so that a busy shared machine does not skew it), best of
--repeat runs after a cold first run, whose time is reported too.

Needs the `bench` extra: .venv/bin/pip install -e '.[bench]'
Run: .venv/bin/python scripts/bench_timex.py [--set dev|seeds] [--dev-dir DIR] [--repeat 5]
"""

import argparse
import datetime as dt
import json
import time
from collections import defaultdict
from contextlib import nullcontext
from pathlib import Path

from dateparser.search import search_dates
from rich.console import Console
from rich.table import Table

from qantar import corrections, evaluation, holdout, ingest, langdata
from qantar.paths import annotation_dir
from qantar.seeds import ingest_seeds
from qantar.timex import resources
from qantar.timex.annotator import annotate

SYSTEMS = ("qantar", "qantar-cldr", "dateparser")


def seed_reference(doc: dict, gold: dict) -> list[dict]:
    corrected = gold.get(doc["id"], {}).get("layers", {})
    if "timexes" in corrected:
        return corrected["timexes"]
    path = annotation_dir() / "reference" / "timex" / f"{doc['id']}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if data["text_sha256"] != corrections.text_sha256(doc["text"]):
        raise SystemExit(f"{path}: made for another text of {doc['id']}; redo the reference")
    return data["timexes"]


def seeds() -> tuple[list[dict], list[dict], set]:
    docs = ingest_seeds()
    gold = corrections.load_all()
    return docs, [{**doc, "timexes": seed_reference(doc, gold)} for doc in docs], set()


def dev_set(root: Path | None = None) -> tuple[list[dict], list[dict], set]:
    """The dev-set documents (of `root`, default annotation/dev), their gold timexes, and the
    ids of the `aside` articles. Only the timex layer of the gold is read (the rest needs the
    knowledge base of its day); an article without gold yet is left out."""
    root = root or annotation_dir() / "dev"
    docs, golds, aside = [], [], set()
    for meta_path in sorted((root / "articles" / "meta").glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        doc = ingest.from_file(root / "articles" / meta["file"], doc_id=meta["id"],
                               source_file=f"annotation/dev/articles/{meta['file']}",
                               language=meta["language"], outlet=meta.get("outlet"), dct=meta["dct"])
        gold_path = root / "gold" / f"{meta['id']}.json"
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold["text_sha256"] != corrections.text_sha256(doc["text"]):
            raise SystemExit(f"{meta_path}: the gold was made for another text")
        docs.append(doc)
        golds.append({**doc, "timexes": gold["layers"].get("timexes", [])})
        if meta.get("aside"):
            aside.add(meta["id"])
    return docs, golds, aside


def _value(moment: dt.datetime) -> str:
    if moment.time() == dt.time(0, 0):
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%dT%H:%M")


def dateparser_segment(doc: dict, segment: dict) -> list[dict]:
    """dateparser's finds in one paragraph, as timex-like spans (offsets found in order)."""
    text = doc["text"][segment["start"]:segment["end"]]
    base = dt.datetime.fromisoformat(doc["dct"]["value"])
    settings = {"PREFER_DATES_FROM": "current_period", "RELATIVE_BASE": base}
    try:
        found = search_dates(text, languages=[segment["language"]], settings=settings) or []
    except ValueError:  # a language dateparser does not know
        found = []
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


def hand_written_keys(languages) -> frozenset:
    """The keys of every item of the hand-written per-language files (not the shared rules)."""
    return frozenset(key for lang in languages for key in resources.keys(lang)
                     if not key.startswith(f"{resources.KEY_PREFIX}{langdata.SHARED}/"))


RUNNERS = {"qantar": qantar_segment, "qantar-cldr": qantar_segment, "dateparser": dateparser_segment}


def run(docs: list[dict], system: str, repeat: int) -> tuple[list[dict], dict[str, float], float]:
    """Predicted documents, language -> seconds (best run) spent on its paragraphs, and the
    seconds of the cold first run."""
    runner = RUNNERS[system]
    languages = {seg["language"] for doc in docs for seg in doc["segments"]}
    context = holdout.withholding(hand_written_keys(languages)) if system == "qantar-cldr" else nullcontext()
    best: dict[str, float] = {}
    predicted, cold = [], 0.0
    with context:
        for attempt in range(repeat + 1):  # attempt 0 is cold (loads and compiles the rules)
            seconds: dict[str, float] = defaultdict(float)
            predicted = []
            for doc in docs:
                found = []
                for segment in doc["segments"]:
                    began = time.process_time()
                    found += runner(doc, segment)
                    seconds[segment["language"]] += time.process_time() - began
                predicted.append({**doc, "timexes": found})
            if attempt:
                best = {lang: min(s, best.get(lang, s)) for lang, s in seconds.items()}
            else:
                cold = sum(seconds.values())
    return predicted, best, cold


def chars_by_language(docs: list[dict]) -> dict[str, int]:
    chars: dict[str, int] = defaultdict(int)
    for doc in docs:
        for segment in doc["segments"]:
            chars[segment["language"]] += segment["end"] - segment["start"]
    return chars


def table_for(title: str, systems, results, keep, chars) -> Table:
    """Scores of each system on the documents `keep(doc_id)` accepts, per paragraph language."""
    table = Table(title=f"Time expressions on the {title}: qantar vs dateparser "
                        "(detection, any type; value exact on relaxed matches)")
    for column in ("language", "system", "gold", "found", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
                   "value acc", "chars/s"):
        table.add_column(column, justify="left" if column in ("language", "system") else "right")
    scored = {}
    for system in systems:
        pairs, seconds = results[system]
        pairs = [(g, p) for g, p in pairs if keep(g["id"])]
        scored[system] = (
            {mode: evaluation.span_scores(pairs, "timexes", mode, label=None) for mode in evaluation.MODES},
            evaluation.agreement(pairs, "timexes", "value", mode="relaxed", label=None),
            seconds,
        )
    languages = sorted({lang for _, lang in scored[systems[0]][0]["relaxed"] if lang != evaluation.ALL})
    for lang in [*languages, evaluation.ALL]:
        for system in systems:
            scores, values, seconds = scored[system]
            strict = scores["strict"].get((evaluation.ALL, lang), evaluation.Counts())
            relaxed = scores["relaxed"].get((evaluation.ALL, lang), evaluation.Counts())
            equal, compared = values.get(lang, (0, 0))
            table.add_row(
                lang, system, str(strict.tp + strict.fn), str(strict.tp + strict.fp), f"{strict.f1:.3f}",
                f"{relaxed.precision:.3f}", f"{relaxed.recall:.3f}", f"{relaxed.f1:.3f}",
                f"{equal / compared:.3f} ({equal}/{compared})" if compared else "-",
                f"{chars[lang] / seconds[lang]:,.0f}" if seconds.get(lang) else "-",
            )
        table.add_section()
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("dev", "seeds"), default="dev", help="articles to measure on")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per system (best is kept)")
    parser.add_argument("--dev-dir", type=Path, help="another development set directory (default annotation/dev)")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset of " + ", ".join(SYSTEMS))
    args = parser.parse_args()
    systems = [s for s in args.systems.split(",") if s]

    docs, gold_docs, aside = dev_set(args.dev_dir) if args.set == "dev" else seeds()
    chars = chars_by_language(docs)
    chars[evaluation.ALL] = sum(chars.values())

    results = {}
    colds = {}
    for system in systems:
        predicted, seconds, colds[system] = run(docs, system, args.repeat)
        seconds[evaluation.ALL] = sum(seconds.values())
        results[system] = (list(zip(gold_docs, predicted)), seconds)
    name = "development set" if args.set == "dev" else "seeds"
    subsets = [(name, lambda doc_id: True)]
    if aside:  # the aside articles were never read to write a rule: the honest figure
        subsets = [(f"{name}, articles rules were written after", lambda doc_id: doc_id not in aside),
                   (f"{name}, aside articles ({', '.join(sorted(aside))})", lambda doc_id: doc_id in aside)]
    tables = [table_for(title, systems, results, keep, chars) for title, keep in subsets]
    console = Console(width=max(150, Console().width))
    for table in tables:
        console.print(table)
    console.print("chars/s: CPU speed over every article of the set (all languages' paragraphs)")
    for system in systems:
        console.print(f"{system}: cold first pass {colds[system]:.2f} s over {chars[evaluation.ALL]:,} chars "
                      f"(loading and compiling each language's rules on first use)")


if __name__ == "__main__":
    main()
