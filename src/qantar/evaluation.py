"""Evaluation of automatic annotations against corrected ones.

Span layers are scored two ways: `strict` (same start, end and label) and `relaxed`
(overlapping spans with the same label, matched one to one, largest overlap first).
Scores are micro-averaged and broken down by label and by the language of the paragraph
holding the span.
"""

from collections import defaultdict
from dataclasses import dataclass

from .corpus_rows import segment_language

MODES = ("strict", "relaxed")
ALL = "all"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(gold: list[dict], pred: list[dict], mode: str, label: str | None = "type") -> list[tuple[dict, dict]]:
    """One-to-one pairs (gold, predicted) that count as the same annotation.

    `label=None` ignores labels (detection only)."""
    def same_label(g, p):
        return label is None or g[label] == p[label]

    if mode == "strict":
        index = {(p["start"], p["end"], p[label] if label else None): p for p in pred}
        return [(g, index[key]) for g in gold
                if (key := (g["start"], g["end"], g[label] if label else None)) in index]
    candidates = sorted(
        ((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
         if _overlap(g, p) > 0 and same_label(g, p)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_gold, used_pred, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gold[gi], pred[pi]))
    return pairs


def span_scores(pairs_of_docs, layer: str, mode: str, label: str | None = "type") -> dict:
    """(label, language) -> Counts, with ALL standing for every label or language.

    `pairs_of_docs` is a list of (gold document, predicted document) over the same text."""
    counts = defaultdict(Counts)
    for gold_doc, pred_doc in pairs_of_docs:
        language = segment_language(gold_doc)
        gold, pred = gold_doc[layer], pred_doc[layer]
        matched = match(gold, pred, mode, label)
        matched_gold = {id(g) for g, _ in matched}
        matched_pred = {id(p) for _, p in matched}

        def add(ann, field):
            kind = ann[label] if label else ALL
            for key in {(kind, language(ann["start"])), (kind, ALL), (ALL, language(ann["start"])), (ALL, ALL)}:
                setattr(counts[key], field, getattr(counts[key], field) + 1)

        for g in gold:
            add(g, "tp" if id(g) in matched_gold else "fn")
        for p in pred:
            if id(p) not in matched_pred:
                add(p, "fp")
    return dict(counts)


def agreement(pairs_of_docs, layer: str, field: str, mode: str = "relaxed", label: str | None = "type") -> dict:
    """language -> (equal, compared): how often a matched pair agrees on `field` (TIMEX value, realis)."""
    out = defaultdict(lambda: [0, 0])
    for gold_doc, pred_doc in pairs_of_docs:
        language = segment_language(gold_doc)
        for g, p in match(gold_doc[layer], pred_doc[layer], mode, label):
            for key in (language(g["start"]), ALL):
                out[key][1] += 1
                out[key][0] += g[field] == p[field]
    return {k: tuple(v) for k, v in out.items()}


def argument_scores(pairs_of_docs, mode: str = "strict") -> dict:
    """(role, language) -> Counts over (event, role, argument span) triples of matched triggers,
    with ALL standing for every role or language."""
    counts = defaultdict(Counts)

    def add(role, lang, field, n=1):
        for key in {(role, lang), (role, ALL), (ALL, lang), (ALL, ALL)}:
            setattr(counts[key], field, getattr(counts[key], field) + n)

    for gold_doc, pred_doc in pairs_of_docs:
        language = segment_language(gold_doc)

        def spans(doc):
            return {a["id"]: (a["start"], a["end"]) for layer in ("entities", "timexes") for a in doc[layer]}

        gold_spans, pred_spans = spans(gold_doc), spans(pred_doc)
        matched = match(gold_doc["events"], pred_doc["events"], mode)
        pred_of = {id(g): p for g, p in matched}
        for g in gold_doc["events"]:
            p = pred_of.get(id(g))
            gold_args = {(a["role"], gold_spans.get(a["ref"])) for a in g["arguments"]}
            pred_args = {(a["role"], pred_spans.get(a["ref"])) for a in p["arguments"]} if p else set()
            lang = language(g["start"])
            for role, _ in gold_args & pred_args:
                add(role, lang, "tp")
            for role, _ in gold_args - pred_args:
                add(role, lang, "fn")
            for role, _ in pred_args - gold_args:
                add(role, lang, "fp")
        matched_pred = {id(p) for _, p in matched}
        for p in pred_doc["events"]:
            if id(p) not in matched_pred:
                for a in p["arguments"]:
                    add(a["role"], language(p["start"]), "fp")
    return dict(counts)


def linking_accuracy(pairs_of_docs) -> dict:
    """language -> (right, linkable): of the gold entity mentions with a KB id that the
    automatic layer found with the right span (any type), how many got the same KB id."""
    out = defaultdict(lambda: [0, 0])
    for gold_doc, pred_doc in pairs_of_docs:
        language = segment_language(gold_doc)
        for g, p in match(gold_doc["entities"], pred_doc["entities"], "strict", label=None):
            if g["kb_id"]:
                for key in (language(g["start"]), ALL):
                    out[key][1] += 1
                    out[key][0] += g["kb_id"] == p["kb_id"]
    return {k: tuple(v) for k, v in out.items()}


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list]


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def _score_rows(name: str, scores: dict) -> list[list]:
    return [[name, kind, lang, _fmt(c.precision), _fmt(c.recall), _fmt(c.f1), c.tp, c.fp, c.fn]
            for (kind, lang), c in sorted(scores.items(), key=lambda kv: (kv[0][0] != ALL, kv[0]))]


def layer_pairs(auto_docs: list[dict], gold: dict[str, dict], layer: str) -> list[tuple[dict, dict]]:
    """(gold document, automatic document) for the documents whose `layer` was corrected.

    `gold` maps doc_id -> corrections ({"layers": {...}}); the gold document is the
    automatic one with every corrected layer in place (arguments refer across layers)."""
    pairs = []
    for doc in auto_docs:
        corrected = gold.get(doc["id"], {}).get("layers", {})
        if layer in corrected:
            pairs.append(({**doc, **corrected}, doc))
    return pairs


def _accuracy(layer: str, pairs) -> tuple[str, dict]:
    """The layer's accuracy measure beside span F1: KB links, TIMEX values, realis."""
    if layer == "entities":
        return "KB linking accuracy (gold mentions with a KB id, found with the right span)", linking_accuracy(pairs)
    field = {"timexes": "value", "events": "realis"}[layer]
    return f"{field} accuracy on matched pairs (relaxed)", agreement(pairs, layer, field)


def report(auto_docs: list[dict], gold: dict[str, dict]) -> list[Table]:
    """The evaluation tables: each span layer strict and relaxed per label and language,
    TIMEX value accuracy, event trigger/argument/realis scores."""
    header = ["what", "label", "language", "P", "R", "F1", "tp", "fp", "fn"]
    tables = []
    for layer in ("entities", "timexes", "events"):
        pairs = layer_pairs(auto_docs, gold, layer)
        if not pairs:
            continue
        rows = []
        for mode in MODES:
            rows += _score_rows(f"{layer} {mode}", span_scores(pairs, layer, mode))
        if layer == "events":
            for mode in MODES:
                rows += _score_rows(f"trigger detection {mode}", span_scores(pairs, layer, mode, label=None))
            rows += _score_rows("arguments (role + span)", argument_scores(pairs))
        tables.append(Table(f"{layer}: automatic against corrected", header, rows))
        title, acc = _accuracy(layer, pairs)
        tables.append(Table(f"{layer}: {title}", ["language", "right", "compared", "accuracy"],
                            [[lang, eq, n, _fmt(eq / n if n else 0.0)] for lang, (eq, n) in sorted(acc.items())]))
    return tables


SUMMARY_HEADER = ["language", "docs", "entities F1 (strict)", "KB linking acc.", "timexes F1 (strict)",
                  "timexes F1 (relaxed)", "TIMEX value acc.", "events F1 (strict)", "events F1 (relaxed)",
                  "arguments F1", "realis acc."]


def summary(auto_docs: list[dict], gold: dict[str, dict], title: str) -> Table:
    """One row per language (and `all`): the headline figure of every layer."""
    pairs = {layer: layer_pairs(auto_docs, gold, layer) for layer in ("entities", "timexes", "events")}
    docs_of = defaultdict(set)
    for gold_doc, _ in pairs["entities"] + pairs["timexes"] + pairs["events"]:
        language = segment_language(gold_doc)
        for layer in ("entities", "timexes", "events"):
            for ann in gold_doc[layer]:
                docs_of[language(ann["start"])].add(gold_doc["id"])
        docs_of[ALL].add(gold_doc["id"])

    def f1(scores, lang):
        c = scores.get((ALL, lang))
        return _fmt(c.f1) if c and c.tp + c.fp + c.fn else "–"

    def acc(measure, lang):
        right, n = measure.get(lang, (0, 0))
        return _fmt(right / n) if n else "–"

    ent_strict = span_scores(pairs["entities"], "entities", "strict")
    tx_strict = span_scores(pairs["timexes"], "timexes", "strict")
    tx_relaxed = span_scores(pairs["timexes"], "timexes", "relaxed")
    ev_strict = span_scores(pairs["events"], "events", "strict")
    ev_relaxed = span_scores(pairs["events"], "events", "relaxed")
    args = argument_scores(pairs["events"])
    linking = linking_accuracy(pairs["entities"])
    values = agreement(pairs["timexes"], "timexes", "value")
    realis = agreement(pairs["events"], "events", "realis")
    rows = []
    for lang in sorted(docs_of, key=lambda code: (code == ALL, code)):
        rows.append([lang, len(docs_of[lang]), f1(ent_strict, lang), acc(linking, lang), f1(tx_strict, lang),
                     f1(tx_relaxed, lang), acc(values, lang), f1(ev_strict, lang), f1(ev_relaxed, lang),
                     f1(args, lang), acc(realis, lang)])
    return Table(title, SUMMARY_HEADER, rows)
