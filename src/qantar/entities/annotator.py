"""The entity layer: claimed names and KB matches first, then candidates over the words
left, then one mention per span with no overlaps (longest first, then most confident).

Registered in qantar.pipeline.AUTOMATIC_LAYERS as "qantar.entities.annotator:annotate".
"""

from functools import lru_cache

from .. import holdout, langdata, taxonomy
from ..morphology import fold
from .. import kb as kb_module
from ..errors import DataFileError
from . import candidates, evidence, gazetteer, matcher, names, view
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
        found = _joined(_resolve(known + proposed), text, config["confidence"]["candidate"])
        found = _with_colon_endings(_resolve(found + _abbreviations(found, sentence, text, config)), sentence, text)
        found = _coordinated(found, sentence, config)
        kept += found
    return _one_sense_per_discourse(kept, sentences, text, config["confidence"])


def _one_sense_per_discourse(matches: list[Match], sentences, text: str, conf: dict) -> list[Match]:
    """A name typed by evidence somewhere in the article (`stadsdelen Hjällbo`: LOC; a credit
    line's `/Agerpres/`: ORG) keeps that type, and the keys of that evidence, where it
    occurs with none (`Hjällbo` alone),
    at a sentence or clause start included; so does a person's surname after the full name
    (`Karim Masimov` ... `Masimov`)."""
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


LIST_TYPES = ("GPE", "LOC", "ORG", "PER")


def _coordinated(matches: list[Match], sentence, config: dict) -> list[Match]:
    """The unknown names of a list (`Almaty, Kiotari and Lindos`: items separated by commas
    and ended by one of the `coordinators` of the language's entities.toml, its stop words
    allowed between) take the type its known names agree on, at the confidence of discourse
    evidence. Two names with only a comma between are no list (`Hjällbo, Gothenburg`)."""
    conf = config["confidence"]
    toks = sentence.tokens
    joins = evidence.coordinators(sentence.language)
    skipped = candidates.stop_words(sentence.language)
    out = sorted(matches, key=lambda m: m.start)
    lists, current, coordinated = [], [], False
    for k, m in enumerate(out):
        if current:
            between = [fold(t.text) for t in toks[out[k - 1].last:m.first]]
            if between and all(w == "," or w in joins or w in skipped for w in between) \
                    and any(w == "," or w in joins for w in between):
                current.append(k)
                coordinated = coordinated or any(w in joins for w in between)
                continue
            if coordinated:
                lists.append(current)
        current, coordinated = [k], False
    if coordinated:
        lists.append(current)
    for items in lists:
        known = {out[k].type for k in items if out[k].confidence > conf["candidate"]}
        if len(known) != 1 or not known <= set(LIST_TYPES):
            continue
        for k in items:
            m = out[k]
            if m.kb_id is None and m.confidence <= conf["candidate"]:
                out[k] = Match(m.start, m.end, next(iter(known)), None,
                               conf["discourse"], m.first, m.last, m.keys)
    return out


MAX_COLON_ENDING = 4   # letters of a case ending after a colon (STT:lle, SVT:s, EU:ssa)


def _with_colon_endings(matches: list[Match], sentence, text: str) -> list[Match]:
    """Each mention with the case ending its language writes after a colon (Finnish
    `STT:lle`, Swedish `SVT:s`: `colon_case_endings` of the language's entities.toml)."""
    if not langdata.load(sentence.language, "entities").get("colon_case_endings"):
        return matches
    toks, out = sentence.tokens, []
    for m in matches:
        colon, ending = m.last, m.last + 1
        if ending < len(toks) and toks[colon].text == ":" and toks[m.last - 1].end == toks[colon].start \
                and toks[colon].end == toks[ending].start and toks[ending].text.isalpha() \
                and toks[ending].text.islower() and len(toks[ending].text) <= MAX_COLON_ENDING:
            m = Match(m.start, toks[ending].end, m.type, m.kb_id, m.confidence, m.first, ending + 1, m.keys)
        out.append(m)
    return out


MAX_ABBREVIATION = 8   # letters of a short form in brackets after a name (KTL, Palta, S)


def _abbreviations(matches: list[Match], sentence, text: str, config: dict) -> list[Match]:
    """The one word in brackets right after an organisation is its short form, of its type
    (`Kuljetusalan Työntekijäliitto (KTL)`, `Palvelualojen työnantajat (Palta)`); a short word
    in capitals after a person is their party (`Jonas Attenius (S)`: ORG). Replaces a
    weaker guess for that word."""
    toks, out = sentence.tokens, []
    strong = {m.first for m in matches if m.confidence > config["confidence"]["candidate"]}
    for m in matches:
        at = m.last + 1
        if at + 1 >= len(toks) or toks[m.last].text != "(" or toks[at + 1].text != ")" or at in strong:
            continue
        word = toks[at].text
        if not (word.isalpha() and word[:1].isupper() and len(word) <= MAX_ABBREVIATION):
            continue
        if m.type == "ORG" or (m.type == "PER" and word.isupper() and len(word) <= config["max_party_letters"]):
            out.append(Match(toks[at].start, toks[at].end, "ORG", None, config["confidence"]["abbreviation"],
                             at, at + 1, m.keys if m.type == "ORG" and m.kb_id is None else frozenset()))
    return out


def _joined(matches: list[Match], text: str, candidate: float) -> list[Match]:
    """Adjacent mentions that are one name: an unknown first part before a KB person
    (`Kasym-Žomart` + Tokajev, a first name in another spelling: the person, linked), and a head-typed name before a KB place
    (`Flughafen` + Almaty: the airport, not linked)."""
    out: list[Match] = []
    for m in sorted(matches, key=lambda m: m.start):
        prev = out[-1] if out else None
        if prev and prev.last == m.first and text[prev.end:m.start].strip() == "" and "\n" not in text[prev.end:m.start] \
                and prev.kb_id is None:
            weak = prev.confidence <= candidate and prev.last - prev.first == 1
            if m.type == "PER" and m.kb_id and (prev.type == "PER" or weak):   # `Nurszultan` Nazarbajev
                out[-1] = Match(prev.start, m.end, "PER", m.kb_id, m.confidence, prev.first, m.last, prev.keys | m.keys)
                continue
            if prev.type in ("ORG", "FAC") and prev.keys and m.type in ("GPE", "LOC") and m.kb_id:
                out[-1] = Match(prev.start, m.end, prev.type, None, prev.confidence, prev.first, m.last, prev.keys | m.keys)
                continue
        out.append(m)
    return out


def knowledge_used(doc: dict) -> set[str]:
    """Keys of the hand-written knowledge that produced the entities of `doc` (for
    qantar.holdout): curated KB aliases `kb:<id>:<language>:<alias>` and evidence words
    `entities:<code>/entities.toml:<table>:<word>`. Generated names are not reported."""
    return {key for m in _annotate(doc) for key in m.keys}


def knowledge_from_gold(doc_id: str) -> set[str]:
    """Keys of the aliases of KB entries copied from the gold of `doc_id` (for qantar.holdout):
    scoring that article, they would find what its annotators wrote."""
    return {names.alias_key(entry["id"], language, alias)
            for entry in kb_module.load_curated().entries
            if entry["provenance"].get("source") == "gold" and entry["provenance"].get("doc") == doc_id
            for language, aliases in entry["aliases"].items() for alias in aliases}


def annotate(doc: dict) -> list[dict]:
    """Entity mentions of `doc` (silver), sorted by offset."""
    return [_mention(m, doc["text"]) for m in _annotate(doc)]
