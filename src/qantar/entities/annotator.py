"""The entity layer: claimed names and KB matches first, then candidates over the words
left, then one mention per span with no overlaps (longest first, then most confident).

Registered in qantar.pipeline.AUTOMATIC_LAYERS as "qantar.entities.annotator:annotate".
"""

from functools import lru_cache

from .. import holdout, langdata, taxonomy
from .. import kb as kb_module
from ..errors import DataFileError
from . import candidates, gazetteer, matcher, names, view
from .matcher import Match

SOURCE = "qantar-entity-rules/1.0"
_TYPE_SETTINGS = ("hashtag_type", "handle_type", "credit_type", "acronym_type",
                  "multiword_type", "single_type")


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
        kept += _joined(_resolve(known + proposed), text)
    return _one_sense_per_discourse(kept, sentences, text, config["confidence"])


def _one_sense_per_discourse(matches: list[Match], sentences, text: str, conf: dict) -> list[Match]:
    """A name typed by evidence somewhere in the article (`stadsdelen Hjällbo`: LOC) keeps
    that type, and the keys of that evidence, where it occurs with none (`Hjällbo` alone),
    sentence-initial words included."""
    evidenced: dict[str, Match] = {}
    for m in matches:
        if m.kb_id is None and m.keys and m.confidence > conf["candidate"]:
            evidenced.setdefault(text[m.start:m.end], m)
    if evidenced:
        starts = {m.start for m in matches}
        for sentence in sentences:
            at = sentence.first_word_index()
            token = sentence.tokens[at] if at is not None else None
            if token is not None and token.text in evidenced and token.start not in starts:
                matches.append(Match(token.start, token.end, "", None, conf["candidate"], at, at + 1))
    out = []
    for m in matches:
        source = evidenced.get(text[m.start:m.end]) if m.kb_id is None and m.confidence <= conf["candidate"] else None
        if source is not None:
            m = Match(m.start, m.end, source.type, None, conf["discourse"], m.first, m.last, source.keys)
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))


def _joined(matches: list[Match], text: str) -> list[Match]:
    """Adjacent mentions that are one name: an unknown first part before a KB person
    (`Kasym-Žomart` + Tokajev: the person, linked), and a head-typed name before a KB place
    (`Flughafen` + Almaty: the airport, not linked)."""
    out: list[Match] = []
    for m in sorted(matches, key=lambda m: m.start):
        prev = out[-1] if out else None
        if prev and prev.last == m.first and text[prev.end:m.start].strip() == "" and "\n" not in text[prev.end:m.start] \
                and prev.kb_id is None:
            if prev.type == m.type == "PER" and m.kb_id:
                out[-1] = Match(prev.start, m.end, "PER", m.kb_id, m.confidence, prev.first, m.last, prev.keys | m.keys)
                continue
            if prev.type in ("ORG", "FAC") and prev.keys and m.type in ("GPE", "LOC") and m.kb_id:
                out[-1] = Match(prev.start, m.end, prev.type, None, prev.confidence, prev.first, m.last, prev.keys | m.keys)
                continue
        out.append(m)
    return out


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
