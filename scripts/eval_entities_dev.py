"""The entity layer alone on the development set: strict F1 and KB linking accuracy per
language, the aside articles apart, and (with --errors) every missed and spurious mention.

Usage: .venv/bin/python scripts/eval_entities_dev.py [--errors] [--aside]

Runs only the entity annotator (the whole pipeline is `qantar evaluate --dev`). Rules must
never be written from the errors of articles whose metadata says "aside": --errors lists
the other articles only, unless --aside is given to look at the figures' detail.
"""

import argparse
import copy

from qantar import devset, evaluation
from qantar.entities.annotator import annotate

ALL = evaluation.ALL


def _pairs(articles):
    pairs = []
    for article in articles:
        auto = copy.deepcopy(article.doc)
        auto["entities"] = annotate(auto)
        pairs.append(({**auto, **article.gold["layers"]}, auto))
    return pairs


def _table(name: str, pairs) -> None:
    scores = evaluation.span_scores(pairs, "entities", "strict")
    links = evaluation.linking_accuracy(pairs)
    languages = sorted({lang for (kind, lang) in scores if kind == ALL and lang != ALL}) + [ALL]
    print(f"\n{name}")
    print(f"{'language':<9} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'KB acc':>7} {'linkable':>8}")
    for lang in languages:
        c = scores.get((ALL, lang), evaluation.Counts())
        right, total = links.get(lang, (0, 0))
        acc = f"{right / total:.3f}" if total else "-"
        print(f"{lang:<9} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} {c.tp:>4} {c.fp:>4} {c.fn:>4} {acc:>7} {total:>8}")


def _errors(pairs) -> None:
    for gold_doc, auto in pairs:
        matched = evaluation.match(gold_doc["entities"], auto["entities"], "strict", "type")
        got_gold = {id(g) for g, _ in matched}
        got_pred = {id(p) for _, p in matched}
        print(f"\n== {auto['id']}")
        for g in gold_doc["entities"]:
            if id(g) not in got_gold:
                print(f"  missed   {g['text']!r} {g['type']} {g['kb_id']}")
        for p in auto["entities"]:
            if id(p) not in got_pred:
                print(f"  spurious {p['text']!r} {p['type']} {p['kb_id']} {p['confidence']}")
        for g, p in matched:
            if g["kb_id"] != p["kb_id"]:
                print(f"  link     {g['text']!r} gold {g['kb_id']} auto {p['kb_id']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the errors of the non-aside articles")
    parser.add_argument("--aside", action="store_true", help="with --errors: the aside articles' errors too")
    args = parser.parse_args()
    articles = devset.load()
    main_part = _pairs([a for a in articles if not a.aside])
    aside_part = _pairs([a for a in articles if a.aside])
    _table("development set (rules may be written from its errors)", main_part)
    _table("aside articles (never a source of rules)", aside_part)
    if args.errors:
        _errors(main_part + (aside_part if args.aside else []))


if __name__ == "__main__":
    main()
