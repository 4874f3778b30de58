"""The entity layer: claimed names and KB matches first, then candidates over the words
left, then one mention per span with no overlaps (longest first, then most confident),
then what neighbouring mentions say of each other (qantar.entities.neighbours) and one
sense per name in the article.

Registered in qantar.pipeline.AUTOMATIC_LAYERS as "qantar.entities.annotator:annotate".
"""

from functools import lru_cache

from .. import holdout, langdata, taxonomy
from .. import kb as kb_module
from ..errors import DataFileError
from . import candidates, gazetteer, matcher, names, neighbours, view
from .matcher import Match

SOURCE = "qantar-entity-rules/1.0"
_TYPE_SETTINGS = ("hashtag_type", "handle_type", "credit_type", "acronym_type",
                  "multiword_type", "single_type", "quoted_type")


@lru_cache(maxsize=1)
def settings() -> dict:
    """lang/xx/entities.toml, with its type names checked against the taxonomy."""
    data = langdata.shared("entities")
    known = set(taxonomy.load().entity_types)
    for key in _TYPE_SETTINGS:
        if data.get(key) not in known:
            raise DataFileError(f"lang/xx/entities.toml: {key} = {data.get(key)!r} is not an entity type of the taxonomy")
    return data


def _resolve(matches: list[Match]) -> list[Match]:
    """Keep non-overlapping matches: longest, then most confident, then leftmost."""
    kept, taken = [], []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), -m.confidence, m.start, m.kb_id or "")):
        if all(m.end <= a or m.start >= b for a, b in taken):
            kept.append(m)
            taken.append((m.start, m.end))
    return kept


def _mention(m: Match, text: str) -> dict:
    return {
        "id": f"ent-{m.start}-{m.end}",
        "start": m.start,
        "end": m.end,
        "text": text[m.start:m.end],
        "type": m.type,
        "kb_id": m.kb_id,
        "status": "silver",
        "source": SOURCE,
        "confidence": m.confidence,
    }


def _annotate(doc: dict) -> list[Match]:
    """The kept matches of `doc`, sorted by offset."""
    config = settings()
    text = doc["text"]
    excluded = frozenset(k for k in holdout.withheld() if k.startswith("kb:"))
    index = names.index(excluded)
    kept = []
    sentences = view.sentences(doc)
    for sentence in sentences:
        aliases = gazetteer.for_language(sentence.language, excluded=excluded)
        known = _resolve(candidates.claims(sentence, text, config)
                         + matcher.find(sentence, text, aliases, index, excluded, config))
        known = _resolve(known + candidates.institutions(sentence, text, known, config))
        covered = {i for m in known for i in range(m.first, m.last)}
        proposed = candidates.find(sentence, text, covered, config, index)
        found = neighbours.joined(_resolve(known + proposed), sentence, text,
                                  config["confidence"]["candidate"])
        found = _resolve(found + neighbours.abbreviations(found, sentence, config))
        kept += neighbours.coordinated(neighbours.with_colon_endings(found, sentence), sentence, config)
    return _one_sense_per_discourse(kept, sentences, text, config["confidence"])


def _one_sense_per_discourse(matches: list[Match], sentences, text: str, conf: dict) -> list[Match]:
    """A name typed by evidence somewhere in the article (`stadsdelen Hjällbo`: LOC; a credit
    line's `/Agerpres/`: ORG) keeps that type, and the keys of that evidence, where it
    occurs with none (`Hjällbo` alone), at a sentence or clause start included; so does a
    person's surname after the full name (`Karim Masimov` ... `Masimov`)."""
    evidenced: dict[str, Match] = {}
    for m in matches:
        if m.kb_id is None and m.confidence > conf["candidate"]:
            name = text[m.start:m.end]
            evidenced.setdefault(name, m)
            if m.type == "PER" and " " in name:
                evidenced.setdefault(name.split()[-1], m)
    if evidenced:
        starts = {m.start for m in matches}
        for sentence in sentences:
            for at in sorted(sentence.initial_indexes):
                token = sentence.tokens[at]
                if token.text in evidenced and token.start not in starts:
                    matches.append(Match(token.start, token.end, "", None, conf["candidate"], at, at + 1))
    out = []
    for m in matches:
        source = evidenced.get(text[m.start:m.end]) if m.kb_id is None and m.confidence <= conf["candidate"] else None
        if source is not None:
            m = Match(m.start, m.end, source.type, None, conf["discourse"], m.first, m.last, source.keys)
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))


def annotate_with_knowledge(doc: dict) -> tuple[list[dict], set[str]]:
    """The entity mentions of `doc` and the keys of the hand-written knowledge that produced
    them (for qantar.holdout), from one run: curated KB aliases `kb:<id>:<language>:<alias>`
    and evidence words `entities:<code>/entities.toml:<table>:<word>`. Generated names are
    not reported."""
    matches = _annotate(doc)
    return [_mention(m, doc["text"]) for m in matches], {key for m in matches for key in m.keys}


def knowledge_used(doc: dict) -> set[str]:
    return annotate_with_knowledge(doc)[1]


def knowledge_from_gold(doc_id: str) -> set[str]:
    """Keys of the aliases of KB entries copied from the gold of `doc_id` (for qantar.holdout):
    scoring that article, they would find what its annotators wrote."""
    return {names.alias_key(entry["id"], language, alias)
            for entry in kb_module.load_curated().entries
            if entry["provenance"].get("source") == "gold" and entry["provenance"].get("doc") == doc_id
            for language, aliases in entry["aliases"].items() for alias in aliases}


def annotate(doc: dict) -> list[dict]:
    """Entity mentions of `doc` (silver), sorted by offset."""
    return annotate_with_knowledge(doc)[0]
