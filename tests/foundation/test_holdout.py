"""Leave-one-article-out: knowledge only one article uses is withheld while it is annotated."""

from qantar import holdout, ingest, pipeline


def annotated(text, language="pl"):
    doc = ingest.from_text(text, "t", "t.txt", language=language,
                           dct={"value": "2022-01-05", "source": "inferred", "evidence": "test"})
    return pipeline.annotate(doc)


def test_unique_knowledge_is_what_no_other_document_uses():
    usage = {"a": {"kb:x", "kb:y"}, "b": {"kb:y", "kb:z"}, "c": {"kb:y"}}
    assert holdout.unique_knowledge(usage) == {"a": {"kb:x"}, "b": {"kb:z"}, "c": set()}


def test_a_withheld_kb_alias_is_not_linked_but_a_generated_name_is():
    text = "Protestujący w Ałmaty wtargnęli do ratusza, a Tokajew zwołał radę."
    doc = annotated(text)
    assert {"almaty", "kassym-jomart-tokayev"} <= {e["kb_id"] for e in doc["entities"]}
    aliases = {k for k in holdout.knowledge_used(doc) if k.startswith(("kb:kassym-jomart-tokayev:", "kb:almaty:"))}
    assert "kb:kassym-jomart-tokayev:pl:Tokajew" in aliases   # the alias, in the language it is written in
    with holdout.withholding(aliases):
        linked = {e["kb_id"] for e in annotated(text)["entities"]}
    # Ałmaty is also a GeoNames name of the entry (generated knowledge: never withheld)
    assert "kassym-jomart-tokayev" not in linked and "almaty" in linked
    assert "kassym-jomart-tokayev" in {e["kb_id"] for e in annotated(text)["entities"]}  # restored afterwards


def test_withheld_trigger_and_timex_rule_are_skipped():
    doc = annotated("Onsdag har han erklæret undtagelsestilstand i Almaty.", language="da")
    used = holdout.knowledge_used(doc)
    triggers = {k for k in used if k.startswith("events:da/events.toml:")}
    rules = {k for k in used if k.startswith("timex:")}
    assert triggers and rules and any(k.startswith("kb:") for k in used)
    with holdout.withholding(triggers | rules):
        again = annotated("Onsdag har han erklæret undtagelsestilstand i Almaty.", language="da")
    assert doc["events"] and not again["events"]
    assert doc["timexes"] and not again["timexes"]


def test_leave_one_out_withholds_only_what_the_article_alone_uses(seed_docs):
    import copy

    docs = [pipeline.annotate(copy.deepcopy(d)) for d in seed_docs.values()]
    loao, withheld = holdout.leave_one_out(docs, pipeline.annotate)
    assert all(count > 0 for count in withheld.values())
    danish = {d["id"]: d for d in loao}["004_d5d6603a1b0a140e"]
    full = {d["id"]: d for d in docs}["004_d5d6603a1b0a140e"]
    assert any(e["text"] == "undtagelsestilstand" for e in full["events"])
    assert not any(e["text"] == "undtagelsestilstand" for e in danish["events"])
    # knowledge shared with other seeds stays: Almaty is named in every article
    assert any(e["kb_id"] == "almaty" for e in danish["entities"])


def test_knowledge_recorded_while_annotating_is_what_the_annotated_document_uses(seed_docs):
    import copy

    for doc in seed_docs.values():
        doc = copy.deepcopy(doc)
        recorded = pipeline.annotate_with_knowledge(doc)  # what the build caches with each document
        assert recorded and recorded == holdout.knowledge_used(doc), doc["id"]
