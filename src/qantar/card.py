"""The dataset card corpus/README.md: YAML metadata for `datasets`, then the description."""

import yaml
from datasets import DatasetInfo

from . import card_figures, corpus_features, corpus_shards, splits, taxonomy
from .card_stats import LISTED_ARTICLES, CorpusStats
from .paths import annotation_dir

PRETTY_NAME = "qantar: annotated multilingual news on the January 2022 unrest in Kazakhstan"
LAYERS = ("entities", "timexes", "events")


# The Hub's size categories: (upper bound, name), the last one open.
SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
                   (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"), (1_000_000_000, "100M<n<1B"))


def size_category(documents: int) -> str:
    return next((name for bound, name in SIZE_CATEGORIES if documents < bound), "n>1B")


def yaml_header(stats: CorpusStats, counts: dict[tuple[str, str], int]) -> dict:
    configs, infos = [], []
    for config in corpus_features.CONFIGS:
        present = [s for s in splits.SPLITS if counts.get((config, s), 0)]
        if not present:
            continue  # `datasets` refuses a config without rows
        configs.append({
            "config_name": config,
            "data_files": [{"split": s, "path": corpus_shards.pattern(config, s)} for s in present],
            **({"default": True} if config == "documents" else {}),
        })
        info = DatasetInfo(features=corpus_features.features(config))._to_yaml_dict()
        infos.append({"config_name": config, "features": info["features"]})
    return {
        "pretty_name": PRETTY_NAME,
        "language": sorted(stats.languages - {"und"}),
        "license": "other",
        "multilinguality": "multilingual",
        "task_categories": ["token-classification"],
        "task_ids": ["named-entity-recognition"],
        "tags": ["news", "kazakhstan", "events", "timex3", "entity-linking"],
        "size_categories": [size_category(stats.documents)],
        "configs": configs,
        "dataset_info": infos,
    }


def _table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def provenance_table(stats: CorpusStats) -> str:
    """Per layer and language: how many annotations are gold (corrected) and silver (automatic)."""
    counter = stats.provenance
    rows = []
    for layer in LAYERS:
        for lang in sorted(stats.per_language):
            rows.append([layer, lang, counter[(layer, lang, "gold")], counter[(layer, lang, "silver")]])
    made_by = [[layer, status, ", ".join(sorted(src))] for (layer, status), src in sorted(stats.sources.items())]
    return (_table(["layer", "document language", "gold (corrected)", "silver (automatic)"], rows)
            + "\n\nMade by:\n\n" + _table(["layer", "status", "source"], made_by))


def label_tables() -> str:
    tax = taxonomy.load()
    ents = [[e["name"], e["conll2003"], e["universal_ner"], e["description"]] for e in tax.sections["entity_types"]]
    events = [[e["name"], e["ace2005"] or "—", e["acled"] or "—", e["description"]] for e in tax.sections["event_types"]]
    timex = [[e["name"], e["description"]] for e in tax.sections["timex_types"]]
    return "\n\n".join([
        "### Entity types\n\n" + _table(["qantar", "CoNLL-2003", "Universal NER", "meaning"], ents),
        "### Time-expression types (TIMEX3)\n\n" + _table(["type", "meaning"], timex),
        "### Event types\n\n" + _table(["qantar", "ACE 2005", "ACLED", "meaning"], events),
        "Event argument roles: " + ", ".join(f"`{r}`" for r in tax.roles)
        + "; realis: " + ", ".join(f"`{r}`" for r in tax.realis) + ".",
    ])


def documents_table(stats: CorpusStats) -> str:
    """Every article up to a few dozen; beyond, articles and characters per language and split."""
    if not stats.all_listed:
        rows = [[lang, *(c[s] for s in splits.SPLITS), sum(c[s] for s in splits.SPLITS), c["characters"]]
                for lang, c in sorted(stats.per_language.items())]
        return (f"{stats.documents} articles, more than the {LISTED_ARTICLES} listed one by one; per document "
                "language:\n\n" + _table(["language", *splits.SPLITS, "articles", "characters"], rows))
    rows = [[doc.id, doc.language, doc.outlet or "unknown", doc.published or "—", doc.dct, doc.split, doc.characters]
            for doc in stats.listed]
    return _table(["id", "language", "outlet", "published (as given)", "DCT (source)", "split", "characters"], rows)


def process_text() -> str:
    path = annotation_dir() / "PROCESS.md"
    return path.read_text(encoding="utf-8").strip() if path.is_file() else "No layer has been corrected yet."


EVALUATION_ORDER = (
    ("development set",
     "New articles written for evaluation (`annotation/dev/`, outside the corpus), in the seed "
     "languages and in languages without hand-written resources, on this topic and on others, "
     "each with gold made by the guidelines. No rule is written from them without saying so in "
     "the commit; these are the figures to expect on a new article."),
    ("development set, aside articles",
     "Dev-set articles that no rule has ever been written from, reported apart."),
    ("leave one article out",
     "The seeds, each annotated with the knowledge that only it uses withheld (knowledge-base "
     "aliases, word-list entries, triggers, cues and rules written where they were read), and "
     "with knowledge copied from its own gold withheld."),
    ("full knowledge",
     "The seeds with all the knowledge. **Not an estimate of accuracy:** the knowledge base, "
     "lexicons and rules were written from these same articles, and the corrections started "
     "from the automatic output, so this is agreement with post-edited output on training text."),
)


def evaluation_section(tables: dict) -> str:
    if not tables:
        return ("No layer has been corrected yet, so the automatic layers have not been evaluated "
                "against corrected annotations.")
    parts = ["Automatic layers scored against gold, one row per language of the paragraph (`all` sums "
             "over them). *Strict*: same span and label; *relaxed*: overlapping spans with the same label; "
             "events are scored on trigger span and type; arguments on role and argument span of matched "
             "triggers; KB linking accuracy over gold mentions with a KB id found with the right span. "
             "`qantar evaluate --dev --detail` and `qantar evaluate --leave-one-out --detail` print the "
             "tables per type."]
    for variant, explanation in EVALUATION_ORDER:
        if variant in tables:
            parts.append(f"### {variant[0].upper()}{variant[1:]}\n\n{explanation}")
            parts += [f"**{t.title}**\n\n" + _table(t.header, t.rows) for t in tables[variant]]
    return "\n\n".join(parts)


def body(stats: CorpusStats, counts: dict, tables: dict) -> str:
    config_rows = [[c] + [counts.get((c, s), 0) for s in splits.SPLITS] for c in corpus_features.CONFIGS]
    return f"""# {PRETTY_NAME}

News articles about the January 2022 unrest in Kazakhstan ("Qandy Qañtar") in Polish,
Greek and Danish (with embedded English social-media posts), with stand-off annotations of
named entities (linked to a cross-lingual knowledge base), TIMEX3 time expressions and
events with arguments and realis. Built by the `qantar` tools from `seeds/`; see
`DATASHEET.md` in the repository for the full datasheet.

This is a small research corpus, not a representative sample of the coverage: {stats.documents}
articles chosen by hand.

## Loading

```python
from datasets import load_dataset
docs = load_dataset("path/to/corpus", "documents")   # one row per article, layers nested
tokens = load_dataset("path/to/corpus", "tokens")    # one row per sentence, BIO ner_tags/event_tags
entities = load_dataset("path/to/corpus", "entities")  # flat tables: entities, timexes, events
```

The Parquet files carry the features in their `huggingface` schema metadata, so
`load_dataset("parquet", data_files=...)`, pandas, polars, DuckDB and pyarrow read them too.
Label fields are ClassLabel (integers); `features[...].int2str` gives the names.

## Configs and rows per split

{_table(["config", *splits.SPLITS], config_rows)}

Splits are by document and never move: a document's split is fixed in `seeds/metadata.json`,
or derived from a hash of its id for an article without one.

## Documents

{documents_table(stats)}

DCT is the document creation time used to resolve relative dates. The seeds give at most a
month (`published`); the day was inferred from the article text by the project team with AI
assistance, and `dct.evidence` in each document quotes the words that justify it.

## Annotation layers and how they were made

Every annotation has a `status`: `gold` when corrected through Label Studio and imported
with the validating importer, `silver` when produced by an automatic rule set, and a
`source` naming the annotator account or the rule set and version. **In this release the
gold layers were made by AI agents and no person has reviewed them yet** (see below). Automatic layers come from rules, morphology (Morfeusz 2 for Polish) and
the knowledge base; no statistical model is involved. Corrected layers are imported from
Label Studio with `qantar ls import`/`pull`; a corrected layer replaces the automatic layer
of its document whole.

{provenance_table(stats)}

How the corrected layers of this corpus were made (`annotation/PROCESS.md`):

{process_text()}

## Figures

{card_figures.markdown(tables)}

The timeline places every event whose time argument (or else a time expression of its sentence)
has a calendar day; `qantar show --all --html DIR` writes it as a page with links to each
sentence, beside a readable page per article.

## Other formats

`qantar export --format conll2003|conllu|spacy|brat|timeml|jsonl` writes the corpus for other
tools (each export says what its format cannot carry); `croissant.json` describes the Parquet
files in the MLCommons Croissant format.

## Evaluation of the automatic layers

{evaluation_section(tables)}

## Labels

{label_tables()}

## Sources and licensing

One statement, in the repository's `LICENSE` file: the code, the schemas and the
project's own annotations and documentation are under the MIT licence. The article texts
(the `text` of every document) are **not** covered: they are news reports by their
publishers and agencies (named in the table above where the text names them; otherwise
unknown), included for research on the annotation of news text only, and any other use
needs the rights holders' permission. `license: other` in the metadata reflects this.
"""


def render(stats: CorpusStats, counts: dict, tables: dict) -> str:
    header = yaml.safe_dump(yaml_header(stats, counts), sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{header}---\n\n{body(stats, counts, tables)}"
