"""Leave-one-out withholds a knowledge item when, and only when, the left-out article alone
uses it — item by item, whatever kind of knowledge it is."""

import copy

from qantar import holdout, ingest, pipeline

DCT = {"value": "2022-01-05", "source": "inferred", "evidence": "test"}


def annotated(doc_id, text, language="da"):
    return pipeline.annotate(ingest.from_text(text, doc_id, f"{doc_id}.txt", language=language, dct=DCT))


# Both articles: an arrest (`anholde`) in a place (`i` + a KB city) on a weekday.
# Only A: a state of emergency (`undtagelsestilstand`) and a relative day (`i går`).
A = annotated("a", "Politiet anholdt onsdag tre demonstranter i Almaty. I går erklærede regeringen undtagelsestilstand.\n")
B = annotated("b", "Tirsdag anholdt politiet flere personer i Almaty.\n")


def left_out(doc_id):
    docs = [copy.deepcopy(A), copy.deepcopy(B)]
    again, counts = holdout.leave_one_out(docs, pipeline.annotate, scored={doc_id})
    return again[0], holdout.unique_knowledge({d["id"]: holdout.knowledge_used(d) for d in docs})[doc_id]


def test_a_trigger_only_the_left_out_article_uses_is_withheld_a_shared_one_is_not():
    doc, withheld = left_out("a")
    assert "events:da/events.toml:undtagelsestilstand" in withheld
    assert "events:da/events.toml:anholde" not in withheld
    assert {e["type"] for e in doc["events"]} == {"Arrest"}  # the emergency is gone, the arrest stays
    assert {e["type"] for e in A["events"]} == {"Arrest", "DeclareEmergency"}


def test_a_time_rule_only_the_left_out_article_uses_is_withheld_a_shared_one_is_not():
    doc, withheld = left_out("a")
    assert "timex:xx/timex.toml:relative day" in withheld
    assert "timex:xx/timex.toml:weekday" not in withheld  # B uses the weekday rule too
    assert [t["text"] for t in doc["timexes"]] == ["onsdag"]
    assert [t["text"] for t in A["timexes"]] == ["onsdag", "I går"]


def test_role_cues_and_frames_used_by_both_articles_stay():
    _doc, withheld = left_out("b")
    used_by_b = holdout.knowledge_used(B)
    assert "events:da/events_roles.toml:place:i" in used_by_b and "events:xx/events.toml:Arrest.place" in used_by_b
    assert not withheld & {"events:da/events_roles.toml:place:i", "events:xx/events.toml:Arrest.place"}


def test_nothing_is_withheld_from_an_article_whose_knowledge_is_all_shared():
    doc, withheld = left_out("b")
    assert withheld == set()
    assert doc["events"] == B["events"] and doc["timexes"] == B["timexes"] and doc["entities"] == B["entities"]


def test_knowledge_from_general_sources_is_never_reported():
    """CLDR words and generated rules were written from no article: they are never withheld."""
    for doc in (A, B):
        used = holdout.knowledge_used(doc)
        assert not [key for key in used if ".cldr." in key or ":generated" in key]


def test_a_shared_rule_is_keyed_where_it_is_written_not_by_the_paragraph_language():
    greek = annotated("g", "Την Τετάρτη η αστυνομία συνέλαβε διαδηλωτές.\n", language="el")
    assert "timex:xx/timex.toml:weekday" in holdout.knowledge_used(greek)
    assert not [key for key in holdout.knowledge_used(greek) if key.startswith("timex:el/") and "weekday" in key]


def test_a_kb_alias_only_the_left_out_article_uses_is_withheld_a_shared_one_is_not():
    only_a = annotated("a2", "Politiet anholdt tre demonstranter i Aktau og i Almaty.\n")
    also_b = annotated("b2", "Politiet anholdt flere personer i Almaty.\n")
    withheld = holdout.unique_knowledge({d["id"]: holdout.knowledge_used(d) for d in (only_a, also_b)})["a2"]
    assert {key for key in withheld if key.startswith("kb:aktau:")}
    assert not {key for key in withheld if key.startswith("kb:almaty:")}
    again, _ = holdout.leave_one_out([only_a, also_b], pipeline.annotate, scored={"a2"})
    linked = {e["kb_id"] for e in again[0]["entities"]}
    assert "almaty" in linked and "aktau" not in linked


def test_kb_entries_copied_from_an_articles_gold_are_withheld_from_that_article_only(seed_docs):
    """`aibek-smadiyarov` entered the KB from the gold of seed 003."""
    keys = holdout.knowledge_from_gold("003_fa6e131e1ecad4e0")
    assert keys and all(key.startswith("kb:") for key in keys)
    assert {key.split(":")[1] for key in keys} >= {"aibek-smadiyarov"}
    assert not {key for key in holdout.knowledge_from_gold("000_936a6e5b7446c60f") if ":aibek-smadiyarov:" in key}
    doc = pipeline.annotate(copy.deepcopy(seed_docs["003_fa6e131e1ecad4e0"]))
    assert "aibek-smadiyarov" in {e["kb_id"] for e in doc["entities"]}
    again, counts = holdout.leave_one_out([doc], pipeline.annotate)
    assert "aibek-smadiyarov" not in {e["kb_id"] for e in again[0]["entities"]}
    assert counts["003_fa6e131e1ecad4e0"] >= len(keys)
