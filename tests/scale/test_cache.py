"""The annotation cache re-annotates exactly what a change touches."""

import json
import shutil

import pyarrow.parquet as pq

from qantar import build, corpus_features, corrections
from qantar.engine import articles, cache, document
from qantar.engine.knowledge_version import KnowledgeVersion
from qantar.paths import lang_dir

from scale_helpers import add_article


def rebuild(project, tmp_path, name):
    return build.build(tmp_path / name, run=build.Run(jobs=1, cache_dir=tmp_path / "cache"))


def test_unchanged_rebuild_annotates_nothing_and_a_new_article_alone(project_copy, tmp_path):
    assert rebuild(project_copy, tmp_path, "a").annotated == 5
    again = rebuild(project_copy, tmp_path, "b")
    assert (again.annotated, again.from_cache) == (0, 5)
    add_article(project_copy, "t01_da", "da", "Onsdag blev lufthavnen i Almaty lukket.\n")
    added = rebuild(project_copy, tmp_path, "c")
    assert (added.annotated, added.from_cache) == (1, 5)


def test_a_changed_text_reannotates_that_article_only(project_copy, tmp_path):
    rebuild(project_copy, tmp_path, "a")
    article = project_copy / "seeds" / "004_d5d6603a1b0a140e.txt"
    article.write_text(article.read_text(encoding="utf-8") + "Onsdag var gaderne tomme.\n", encoding="utf-8")
    gold = project_copy / "annotation" / "gold" / "004_d5d6603a1b0a140e.json"
    gold.unlink()  # the corrections were made on the old text
    result = rebuild(project_copy, tmp_path, "b")
    assert (result.annotated, result.from_cache) == (1, 4)


def test_a_changed_knowledge_base_or_taxonomy_reannotates_everything(project_copy, tmp_path):
    rebuild(project_copy, tmp_path, "a")
    kb_path = project_copy / "annotation" / "kb.json"
    kb = json.loads(kb_path.read_text(encoding="utf-8"))
    kb["entries"][0]["aliases"].setdefault("da", []).append("Testbyen")
    kb_path.write_text(json.dumps(kb, ensure_ascii=False), encoding="utf-8")
    assert rebuild(project_copy, tmp_path, "b").annotated == 5
    taxonomy = project_copy / "schema" / "taxonomy.toml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8") + "\n# a new comment\n", encoding="utf-8")
    assert rebuild(project_copy, tmp_path, "c").annotated == 5


def test_a_changed_rule_file_makes_stale_only_documents_with_paragraphs_in_its_language(tmp_path):
    rebuild(None, tmp_path, "a")
    lang_copy = tmp_path / "lang"
    shutil.copytree(lang_dir(), lang_copy)
    before = KnowledgeVersion.compute(lang_copy)
    rules = lang_copy / "pl" / "timex.toml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a new comment\n", encoding="utf-8")
    after = KnowledgeVersion.compute(lang_copy)
    assert after.shared == before.shared
    assert {code for code in after.languages if after.languages[code] != before.languages[code]} == {"pl"}

    settings = document.Settings(KnowledgeVersion.compute(), str(tmp_path / "cache"))
    store = cache.DocumentCache(tmp_path / "cache")
    changed = document.Settings(KnowledgeVersion(settings.version.shared,
                                                 {**settings.version.languages, "pl": after.languages["pl"]},
                                                 settings.version.output), settings.cache_dir)
    stale, polish = set(), set()
    for article in articles.seed_articles(corrections.load_all()):
        key = cache.key(open(article.path, "rb").read(), article.metadata(), frozenset(), settings.version)
        entry = store.get(key, settings.version)
        assert entry is not None
        if store.get(key, changed.version) is None:
            stale.add(article.id)
        if "pl" in cache.document_languages(entry["doc"]):
            polish.add(article.id)
    assert stale == polish and polish and len(polish) < 5


def shard_files(cache_dir):
    return {p.name for p in (cache_dir / "shards").rglob("*.parquet")}


def has_rows(config_dir, doc_id):
    for shard in config_dir.glob("*.parquet"):
        table = pq.read_table(shard)
        if doc_id in table.column("doc_id" if "doc_id" in table.column_names else "id").to_pylist():
            return True
    return False


def test_a_rebuild_after_an_added_article_writes_its_shards_only_and_equals_a_cold_build(small_project, tmp_path):
    from test_engines import assert_same_tree

    warm = build.Run(jobs=1, cache_dir=tmp_path / "cache")
    build.build(tmp_path / "before", run=warm, max_shard_bytes=1)  # a shard per document
    stored = shard_files(tmp_path / "cache")
    add_article(small_project, "t08_en", "en", "On Thursday the airport of Almaty opened again.\n")
    rebuilt = build.build(tmp_path / "after", run=warm, max_shard_bytes=1)
    assert (rebuilt.annotated, rebuilt.from_cache) == (1, 12)
    new = shard_files(tmp_path / "cache") - stored
    configs_with_rows = [c for c in corpus_features.CONFIGS if has_rows(rebuilt.path / c, "t08_en")]
    assert "documents" in configs_with_rows
    assert len(new) == len(configs_with_rows)  # one new shard per config holding rows of the article
    # every other shard is the very file of the previous build (linked, not written again)
    before = {p.stat().st_ino for p in (tmp_path / "before").rglob("*.parquet")}
    after = list(rebuilt.path.rglob("*.parquet"))
    assert len([p for p in after if p.stat().st_ino in before]) == len(after) - len(new) == len(before)
    cold = build.build(tmp_path / "cold", run=build.Run(jobs=1, use_cache=False), max_shard_bytes=1)
    assert_same_tree(cold.path, rebuilt.path)
