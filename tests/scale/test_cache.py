"""The annotation cache re-annotates exactly what a change touches."""

import json
import shutil

from qantar import build, corrections
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
