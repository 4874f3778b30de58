"""What neighbouring mentions in a sentence say of each other: two mentions that are one
name, a short form in brackets after a name, a case ending after a colon, the items of a
list of names."""

from .. import langdata
from ..morphology import fold
from . import candidates, evidence
from .matcher import Match
from .view import Sentence

LIST_TYPES = ("GPE", "LOC", "ORG", "PER")
PLACE_TYPES = {"GPE", "LOC"}


def coordinated(matches: list[Match], sentence: Sentence, config: dict) -> list[Match]:
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
        if known == PLACE_TYPES:
            known = {"GPE"}   # towns typed by a KB and by a place cue (`in Otley, Ilkley and Keighley`)
        if len(known) != 1 or not known <= set(LIST_TYPES):
            continue
        for k in items:
            m = out[k]
            if m.kb_id is None and m.confidence <= conf["candidate"]:
                out[k] = Match(m.start, m.end, next(iter(known)), None,
                               conf["discourse"], m.first, m.last, m.keys)
    return out


MAX_COLON_ENDING = 4   # letters of a case ending after a colon (STT:lle, SVT:s, EU:ssa)


def with_colon_endings(matches: list[Match], sentence: Sentence) -> list[Match]:
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


def abbreviations(matches: list[Match], sentence: Sentence, config: dict) -> list[Match]:
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


def joined(matches: list[Match], sentence: Sentence, text: str, candidate: float) -> list[Match]:
    """Adjacent mentions that are one name: an unknown first part before a KB person
    (`Kasym-Žomart` + Tokajev; a first name in another spelling: the person, linked), and a
    head-typed name before a KB place, or joined to it by the language's place connectors
    (`Flughafen` + Almaty, `Τράπεζα της` + Ελλάδος: the airport, the bank, not linked)."""
    out: list[Match] = []
    for m in sorted(matches, key=lambda m: m.start):
        prev = out[-1] if out else None
        between = text[prev.end:m.start] if prev else ""
        if prev and prev.last == m.first and between.strip() == "" and "\n" not in between and prev.kb_id is None:
            weak = prev.confidence <= candidate and prev.last - prev.first == 1
            if m.type == "PER" and m.kb_id and (prev.type == "PER" or weak):   # `Nurszultan` Nazarbajev
                out[-1] = Match(prev.start, m.end, "PER", m.kb_id, m.confidence, prev.first, m.last, prev.keys | m.keys)
                continue
        if prev and prev.kb_id is None and prev.type in ("ORG", "FAC") and prev.keys and m.type in ("GPE", "LOC") \
                and m.kb_id and "\n" not in between and _connected(sentence, prev.last, m.first):
            out[-1] = Match(prev.start, m.end, prev.type, None, prev.confidence, prev.first, m.last, prev.keys | m.keys)
            continue
        out.append(m)
    return out


MAX_LINKS = 3   # connector tokens between an organisation's head and its place (`de la`)


def _connected(sentence: Sentence, after: int, before: int) -> bool:
    """Nothing but up to MAX_LINKS lower-case `place_connectors` of the language between the
    tokens (`of`, `της`: the bank of the country; not Polish `w`, the fire service in a town)."""
    joins = evidence.place_connectors(sentence.language)
    links = [t.text for t in sentence.tokens[after:before]]
    return len(links) <= MAX_LINKS and all(t.islower() and fold(t) in joins for t in links)
