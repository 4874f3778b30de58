"""Leave-one-out figures as before the streaming rewrite; the card at corpus scale; progress lines."""

import copy
import io

from rich.console import Console

from qantar import build, card, corrections, evaluation, holdout, pipeline
from qantar.card_stats import LISTED_ARTICLES, CorpusStats, DocumentStats
from qantar.progress import LogLines


def test_leave_one_out_figures_are_those_of_holdout_over_every_document():
    gold = corrections.load_all()
    seen, settings = build.scan(build.Run(jobs=1))
    streamed, counts = build.leave_one_out(seen, settings)
    every = build.automatic_documents()
    reference, reference_counts = holdout.leave_one_out(every, pipeline.annotate, scored=set(gold))
    assert counts == reference_counts
    assert streamed == reference
    assert (evaluation.summary(streamed, gold, "x").rows == evaluation.summary(reference, gold, "x").rows)


def test_size_categories_follow_the_hub_buckets():
    assert [card.size_category(n) for n in (5, 999, 1000, 20_000, 100_000, 2_500_000)] == [
        "n<1K", "n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M"]


def _doc(i: int, language: str) -> DocumentStats:
    return DocumentStats(f"doc{i:05d}", language, frozenset({language}), None, None, "2022-01-05 (inferred)",
                         "train" if i % 10 < 8 else "test", 100, 1, 1, ((1, False), (0, False), (0, False)),
                         ((("entities", "silver", "qantar-entities"), 1),), ((("entities", language, "GPE"), 1),), ())


def test_the_card_lists_a_few_dozen_articles_and_summarises_more():
    few, many = CorpusStats(), CorpusStats()
    for i in range(LISTED_ARTICLES):
        few.add(_doc(i, "pl"))
    for i in range(5000):
        many.add(_doc(i, "pl" if i % 2 else "da"))
    assert few.all_listed and "doc00039" in card.documents_table(few)
    table = card.documents_table(many)
    assert not many.all_listed and "doc0" not in table
    assert "| da | 2000 | 0 | 500 | 2500 | 250000 |" in table
    assert card.yaml_header(many, {})["size_categories"] == ["1K<n<10K"]


def test_progress_off_a_terminal_is_a_log_line_every_few_seconds():
    out = io.StringIO()
    now = [0.0]
    log = LogLines(Console(file=out, width=200), "building", every=10, clock=lambda: now[0])
    for done in range(1, 101):
        now[0] = done * 0.5  # two articles a second
        log(done, 100)
    lines = out.getvalue().splitlines()
    assert len(lines) == 5  # at 10 s, 20 s, 30 s, 40 s and 50 s (the last article)
    assert lines[0] == "building: 20/100 articles, 2.0 articles/s, ETA 0m40s"
    assert lines[-1].startswith("building: 100/100 articles")
