"""The evaluation metrics on small hand-made fixtures with known answers."""

import pytest

from qantar import evaluation


def doc(entities=(), events=(), timexes=(), segments=None):
    text = "x" * 100
    return {
        "id": "d", "language": "pl", "text": text,
        "segments": segments or [{"id": "p0", "start": 0, "end": 50, "kind": "body", "language": "pl"},
                                 {"id": "p1", "start": 50, "end": 100, "kind": "social_post", "language": "en"}],
        "entities": [{"id": f"e{s}", "start": s, "end": e, "type": t} for s, e, t in entities],
        "timexes": [{"id": f"t{s}", "start": s, "end": e, "type": t, "value": v} for s, e, t, v in timexes],
        "events": list(events),
    }


GOLD = doc(entities=[(0, 5, "PER"), (10, 15, "GPE"), (20, 30, "ORG"), (60, 65, "PER")])
PRED = doc(entities=[(0, 5, "PER"),      # exact
                     (10, 14, "GPE"),    # overlap only
                     (20, 30, "PER"),    # right span, wrong type
                     (70, 75, "GPE")])   # spurious, English paragraph


def test_strict_counts_only_exact_span_and_type():
    scores = evaluation.span_scores([(GOLD, PRED)], "entities", "strict")
    total = scores[("all", "all")]
    assert (total.tp, total.fp, total.fn) == (1, 3, 3)
    assert total.precision == pytest.approx(0.25) and total.recall == pytest.approx(0.25)


def test_relaxed_accepts_overlap_with_the_same_type():
    total = evaluation.span_scores([(GOLD, PRED)], "entities", "relaxed")[("all", "all")]
    assert (total.tp, total.fp, total.fn) == (2, 2, 2)
    assert total.f1 == pytest.approx(0.5)


def test_scores_are_broken_down_by_type_and_paragraph_language():
    scores = evaluation.span_scores([(GOLD, PRED)], "entities", "strict")
    assert (scores[("PER", "all")].tp, scores[("PER", "all")].fp, scores[("PER", "all")].fn) == (1, 1, 1)
    english = scores[("all", "en")]
    assert (english.tp, english.fp, english.fn) == (0, 1, 1)


def test_relaxed_matching_is_one_to_one():
    gold = doc(entities=[(0, 10, "PER")])
    pred = doc(entities=[(0, 4, "PER"), (5, 10, "PER")])
    total = evaluation.span_scores([(gold, pred)], "entities", "relaxed")[("all", "all")]
    assert (total.tp, total.fp, total.fn) == (1, 1, 0)


def test_detection_ignores_labels():
    total = evaluation.span_scores([(GOLD, PRED)], "entities", "strict", label=None)[("all", "all")]
    assert (total.tp, total.fp, total.fn) == (2, 2, 2)


def test_timex_value_accuracy_on_matched_pairs():
    gold = doc(timexes=[(0, 5, "DATE", "2022-01-05"), (10, 15, "DURATION", "P2D")])
    pred = doc(timexes=[(0, 5, "DATE", "2022-01-04"), (10, 15, "DURATION", "P2D"), (30, 35, "DATE", "2022")])
    assert evaluation.agreement([(gold, pred)], "timexes", "value")["all"] == (1, 2)


def test_argument_scores_compare_role_and_argument_span():
    def event(args):
        return {"id": "v", "start": 40, "end": 45, "type": "Riot", "realis": "actual", "arguments": args}
    gold = doc(entities=[(0, 5, "PER"), (10, 15, "GPE")],
               events=[event([{"role": "agent", "ref": "e0"}, {"role": "place", "ref": "e10"}])])
    pred = doc(entities=[(0, 5, "PER"), (10, 15, "GPE")],
               events=[event([{"role": "agent", "ref": "e0"}, {"role": "patient", "ref": "e10"}])])
    total = evaluation.argument_scores([(gold, pred)])[("all", "all")]
    assert (total.tp, total.fp, total.fn) == (1, 1, 1)


def test_empty_layers_score_zero_without_dividing_by_zero():
    total = evaluation.span_scores([(doc(), doc())], "entities", "strict").get(("all", "all"), evaluation.Counts())
    assert (total.precision, total.recall, total.f1) == (0.0, 0.0, 0.0)
