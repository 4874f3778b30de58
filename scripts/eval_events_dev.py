"""Event layer on the development set (annotation/dev/): trigger+type F1, argument F1 per
role and realis accuracy per language, two ways: the whole pipeline (entities and time
expressions found automatically) and the event rules alone over the gold entities and time
expressions (what the event layer itself gets right). `aside` articles are scored apart.

Reads the dev files directly (no KB check, so it runs before the KB the gold links to is
merged); articles without gold yet are skipped. Usage:
python scripts/eval_events_dev.py [--dev-dir DIR] [--errors] (errors only of non-aside articles).
"""

import argparse
import copy
import json
from pathlib import Path

from qantar import evaluation, ingest, pipeline
from qantar.events import annotator
from qantar.paths import annotation_dir

ALL = evaluation.ALL


def articles(root: Path):
    for meta_path in sorted((root / "articles" / "meta").glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not (root / "gold" / f"{meta['id']}.json").exists():
            continue
        doc = ingest.from_file(root / "articles" / meta["file"], doc_id=meta["id"],
                               source_file=meta["file"], language=meta["language"], dct=meta["dct"])
        gold = json.loads((root / "gold" / f"{meta['id']}.json").read_text(encoding="utf-8"))["layers"]
        yield meta, doc, dict(doc, **{layer: gold.get(layer, []) for layer in ("entities", "timexes", "events")})


def scores(pairs) -> list[list]:
    triggers = evaluation.span_scores(pairs, "events", "strict")
    relaxed = evaluation.span_scores(pairs, "events", "relaxed")
    args = evaluation.argument_scores(pairs)
    realis = evaluation.agreement(pairs, "events", "realis")
    langs = sorted({lang for (_label, lang) in triggers if lang != ALL}) + [ALL]
    roles = ("agent", "patient", "place", "time")
    rows = []
    for lang in langs:
        def f1(table, key):
            c = table.get(key)
            return f"{c.f1:.2f}" if c and c.tp + c.fp + c.fn else "–"
        right, n = realis.get(lang, (0, 0))
        rows.append([lang, f1(triggers, (ALL, lang)), f1(relaxed, (ALL, lang)), f1(args, (ALL, lang)),
                     *(f1(args, (role, lang)) for role in roles), f"{right / n:.2f}" if n else "–",
                     triggers[(ALL, lang)].tp + triggers[(ALL, lang)].fn if (ALL, lang) in triggers else 0])
    return rows


def show(title, rows):
    print(f"\n{title}")
    print("| lang | trig+type F1 strict | relaxed | args F1 | agent | patient | place | time | realis acc | gold events |")
    print("|---" * 10 + "|")
    for row in rows:
        print("| " + " | ".join(map(str, row)) + " |")


def errors(pairs):
    for gold, pred in pairs:
        matched = evaluation.match(gold["events"], pred["events"], "strict")
        got = {id(g) for g, _ in matched}
        hit = {id(p) for _, p in matched}
        print(f"\n== {gold['id']}")
        for g in gold["events"]:
            if id(g) not in got:
                print("  FN", g["type"], repr(g["text"]), gold["text"][max(0, g["start"] - 40):g["end"] + 40].replace("\n", " "))
        for p in pred["events"]:
            if id(p) not in hit:
                print("  FP", p["type"], repr(p["text"]), pred["text"][max(0, p["start"] - 40):p["end"] + 40].replace("\n", " "))
        texts = {m["id"]: m["text"] for m in gold["entities"] + gold["timexes"]}
        for g, p in matched:
            gold_args = sorted((a["role"], texts.get(a["ref"], "?")) for a in g["arguments"])
            pred_args = sorted((a["role"], texts.get(a["ref"], "?")) for a in p["arguments"])
            if gold_args != pred_args:
                print("  ARGS", repr(g["text"]), "gold", gold_args, "pred", pred_args)
            if g["realis"] != p["realis"]:
                print("  REALIS", g["realis"], repr(g["text"]), gold["text"][max(0, g["start"] - 60):g["end"] + 20].replace("\n", " "))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev-dir", type=Path, default=annotation_dir() / "dev")
    parser.add_argument("--errors", action="store_true", help="list the errors of the non-aside articles")
    options = parser.parse_args()
    groups = {False: {"pipeline": [], "gold mentions": []}, True: {"pipeline": [], "gold mentions": []}}
    for meta, doc, gold in articles(options.dev_dir):
        full = pipeline.annotate(copy.deepcopy(doc))
        oracle = copy.deepcopy(gold)
        oracle["events"] = annotator.annotate(oracle)
        groups[bool(meta["aside"])]["pipeline"].append((gold, full))
        groups[bool(meta["aside"])]["gold mentions"].append((gold, oracle))
    for aside, variants in groups.items():
        for variant, pairs in variants.items():
            show(f"{'aside' if aside else 'open'} articles, {variant}", scores(pairs))
    if options.errors:
        errors(groups[False]["gold mentions"])


if __name__ == "__main__":
    main()
