"""Names the KB does not know, typed by evidence, as silver mentions.

A candidate is a run of capitalised words (hyphenated parts joined) that are not KB matches
or stop words. Its span stops at the name: a sentence-initial common word (`Ifølge`, `In`,
`Die`) and title or function words (`Prezident`) are cut from its start; a first name after
another word starts a new name (`Kłodzka` | `Michał Piszko`); two runs joined by a connector
word are one name when the first is headed by an organisation word (`Instytutu Meteorologii i
Gospodarki Wodnej`). A word alone that the language knows as a common word (`Montag`,
`Policie`) is not a name without evidence, nor is a run of such words.

The type comes from evidence (qantar.entities.evidence, per language, as data), strongest
first, and the confidence says which: the segment kind (credit lines are agencies), a head
word (`Straży` ORG, `Amalienborg` FAC), the word before (`prezydent` PER, `miasto` GPE), a
first name, the morphology's proper-name label, then the word shape alone (low confidence).
@handles and #hashtags are candidates of their own.
"""

from dataclasses import dataclass, replace
from functools import lru_cache

from .. import langdata, morphology
from ..morphology import fold
from . import evidence, words
from .matcher import Match
from .names import NameIndex
from .text import is_all_caps, is_capitalised, is_mixed_script, is_word
from .view import CLOSING_QUOTES, OPENING_QUOTES, Sentence


@dataclass(frozen=True)
class _Word:
    index: int
    text: str
    common: bool             # a known common word of the language
    first_name: bool
    head: evidence.Evidence | None
    label_type: str | None   # the analyser's proper-name label
    modifier: evidence.Evidence | None = None   # a lower-case word continuing a name after its head


def _language_data(language: str) -> dict:
    return langdata.load(language, "entities")


@lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """Folded words that never start or make a candidate (shared and the language's)."""
    shared = langdata.shared("entities").get("stop", [])
    return frozenset(fold(w) for w in [*shared, *_language_data(language).get("stop", [])])


def _describe(index: int, text: str, language: str, labels: dict) -> _Word:
    morph = morphology.for_language(language).analyser
    analyses = morph.analyse(text) if morph is not None else ()
    common_labels = set(_language_data(language).get("common_labels", []))
    if any(common_labels.intersection(a.labels) and a.lemma[:1].isupper() for a in analyses):
        return _Word(index, text, True, False, None, None)   # a capitalised common noun (Polacy)
    label_type = next((labels[label] for a in analyses for label in a.labels if label in labels), None)
    common = words.is_common(text, language) if text != "-" else False
    return _Word(index, text, common, words.is_first_name(text, language) if text != "-" else False,
                 evidence.head(text, language) if text != "-" else None, label_type)


def _runs(sentence: Sentence, text: str, covered: set[int], stop: set[str]) -> list[list[int]]:
    """Token index runs of capitalised words, hyphens inside a run allowed."""
    runs, current = [], []
    toks = sentence.tokens
    for i, token in enumerate(toks):
        name_like = (i not in covered and is_word(token.text) and is_capitalised(token.text)
                     and token.text[0] not in "@#" and fold(token.text) not in stop
                     and not is_mixed_script(token.text)
                     and (not words.is_non_name(token.text, sentence.language) or _before_head(sentence, i, text)))
        glued_hyphen = (token.text == "-" and current and i + 1 < len(toks)
                        and not sentence.gap(i - 1, i, text) and not sentence.gap(i, i + 1, text))
        hyphen_part = (current and toks[current[-1]].text == "-" and token.text.isalpha() and i + 2 < len(toks)
                       and toks[i + 1].text == "-" and not sentence.gap(i, i + 1, text)
                       and not sentence.gap(i - 1, i, text))   # Île-de-France, Hauts-de-Seine
        joinable = not current or (sentence.gap(current[-1], i, text).strip() == ""
                                   and "\n" not in sentence.gap(current[-1], i, text))
        if (name_like and joinable) or glued_hyphen or hyphen_part:
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = [i] if name_like else []
    if current:
        runs.append(current)
    return [run for run in (_trim_hyphens(r, toks) for r in runs) if run]


def _before_head(sentence: Sentence, at: int, text: str) -> bool:
    """The next word, after a space, is a capitalised organisation or facility head: a
    language or month word before it is part of the name (`Turkish Airlines`)."""
    toks = sentence.tokens
    if at + 1 >= len(toks) or sentence.gap(at, at + 1, text) != " " or not is_capitalised(toks[at + 1].text):
        return False
    found = evidence.head(toks[at + 1].text, sentence.language)
    return found is not None and found.type in ("ORG", "FAC")


def _trim_hyphens(run: list[int], toks) -> list[int]:
    while run and toks[run[-1]].text == "-":
        run = run[:-1]
    while run and toks[run[0]].text == "-":
        run = run[1:]
    return run


def _cut_start(ws: list[_Word], initial: frozenset[int], language: str, tail: list[_Word]) -> list[_Word]:
    """Without the sentence-initial common word and the title or function words in front;
    an initial word inflected before an organisation's head stays (Finnish `Kuljetusalan
    Työntekijäliitto`, Danish `Danske Bank`), as does a compound headed by one
    (`Forsvarsministeriet`), a family name before a first name (`Kovács Péter`) and a
    language's adjective before a head (`Dansk Folkeparti`); a preposition or an article
    goes (`Ifølge`, `La`)."""
    while ws:
        first = ws[0]
        whole_word_head = first.head is not None and (":heads:" in first.head.key or _compound(first))
        family_name = _family_name_first(language) and len(ws) > 1 and ws[1].first_name   # Kovács Péter
        national = len(ws) > 1 and ws[1].head is not None and (   # Dansk Folkeparti, Turkish Airlines
            words.is_non_name(first.text, language) or fold(first.text).endswith(evidence.adjective_endings(language)))
        initial_common = first.index in initial and first.common and not whole_word_head \
            and not first.first_name and not _acronym(first.text) and not family_name and not national \
            and not _modifies_head(first, (ws[1:] + tail)[:1], language)
        if initial_common or (evidence.cue(first.text, language) is not None and not first.head):
            ws = ws[1:]
            while ws and ws[0].text == "-":
                ws = ws[1:]
            continue
        return ws
    return ws


ARTICLE = 3   # letters of an article, inflected too (`La`, `Der`), which is no modifier
HEAD_WORD = 5   # letters of a head ending that is a word (-ministeriet), not an inflection (-erne, -nen)


def _compound(word: _Word) -> bool:
    """`word` is a compound headed by a head ending that is a word (`Forsvarsministeriet`),
    not that word alone (`Ministeriet`) nor an inflection (`Protesterne`)."""
    ending = word.head.key.rsplit(":", 1)[1] if word.head and ":head_endings:" in word.head.key else None
    return ending is not None and len(ending) >= HEAD_WORD and not fold(word.text).startswith(fold(ending))


def _modifies_head(word: _Word, after: list[_Word], language: str) -> bool:
    """`word` is an inflected common word right before an organisation's or facility's head
    word, in a language that does not capitalise its nouns anyway."""
    head = after[0].head if after else None
    return head is not None and head.type in ("ORG", "FAC") and not words.capitalises_nouns(language) \
        and len(word.text) > ARTICLE and words.is_inflected(word.text, language)


def _given_names(ws: list[_Word]) -> list[_Word]:
    """A capitalised word right before a surname (a word with a person's head ending: Greek
    `-άκης`, Finnish `-nen`) is a first name, known or not (`Νίκος` Παπαδάκης)."""
    return [replace(w, first_name=True) if k + 1 < len(ws) and ws[k + 1].head and ws[k + 1].head.type == "PER"
            and w.text != "-" and not w.head else w for k, w in enumerate(ws)]


def _family_name_first(language: str) -> bool:
    """The language writes a person's family name before the first name (Hungarian)."""
    return bool(_language_data(language).get("family_name_first", False))


def _split_at_first_names(ws: list[_Word], language: str) -> list[list[_Word]]:
    """A first name after a word that is not one starts a new name (a place glued to a
    person), unless the name so far starts with a first name itself: a surname may be one
    too (`Lucía Ferrer Gil`); or the language puts the first name last (`Nagy Katalin`)."""
    if _family_name_first(language):
        return [ws]
    parts, current = [], []
    for w in ws:
        if current and w.first_name and not current[-1].first_name and current[-1].text != "-" \
                and not current[0].first_name:
            parts.append(current)
            current = []
        current.append(w)
    return parts + [current] if current else parts


def _is_name(ws: list[_Word], initial: frozenset[int], language: str) -> bool:
    content = [w for w in ws if w.text != "-"]
    if not content:
        return False
    if len(content) == 1 and content[0].head and ":heads:" in content[0].head.key and not content[0].first_name \
            and not content[0].label_type and (content[0].index in initial or words.capitalises_nouns(language)
                                               or not evidence.head_alone_is_name(language)):
        # a head word alone at a sentence start or as a German noun (`Police`, `Polizei`);
        # mid-sentence it is capitalised as a name (Danish `Venstres`), as is a compound
        return False
    if any(w.head or w.first_name or w.label_type for w in content) or _hyphen_compound(ws):
        return True
    if len(content) == 1 and content[0].index in initial and not is_all_caps(content[0].text):
        return False
    if len(content) == 1 and _acronym(content[0].text):
        return True   # an acronym that spells a common word too (Spanish EFE, `efe`)
    return not all(w.common for w in content)


# Letters of a word in capitals that is an acronym even when it spells a common word too
# (EFE, TUI; not `TV`, nor a headline's words).
MIN_ACRONYM, MAX_ACRONYM = 3, 4


def _acronym(word: str) -> bool:
    return MIN_ACRONYM <= len(word) <= MAX_ACRONYM and is_all_caps(word)


MAX_LINKS = 3   # connector tokens between two parts of one name (`de la`, `de l'`)


def _join_connected(parts: list[list[_Word]], sentence: Sentence, text: str, language: str) -> list[list[_Word]]:
    """Runs separated by connector words (`Instytut Meteorologii i Gospodarki Wodnej`,
    `Ministerio de Asuntos Exteriores`), the first headed by an organisation word; a first
    name and a surname separated by the language's `name_particles` (`Joost van Dam`); or
    by a joiner of xx/entities.toml that makes one name of any two (`Landbrug & Fødevarer`)."""
    joins = evidence.connectors(language)
    particles = evidence.name_particles(language)
    out: list[list[_Word]] = []
    for part in parts:
        if out and out[-1] and part:
            prev = out[-1]
            links = range(prev[-1].index + 1, part[0].index)
            texts = [sentence.tokens[k].text for k in links]
            joiner = evidence.joiner(texts[0], language) if len(texts) == 1 else None
            connected = 0 < len(texts) <= MAX_LINKS and all(fold(t) in joins for t in texts) \
                and any(w.head for w in prev) and not _starts_name(part)
            connected = connected or (0 < len(texts) <= MAX_LINKS and prev[0].first_name
                                      and all(fold(t) in particles and t.islower() for t in texts))
            if (joiner or connected) \
                    and "\n" not in text[sentence.tokens[prev[-1].index].end:sentence.tokens[part[0].index].start]:
                out[-1] = prev + [_Word(k, t, True, False, joiner, None) for k, t in zip(links, texts)] + part
                continue
        out.append(part)
    return out


def _starts_name(part: list[_Word]) -> bool:
    """The part starts a name of its own: with a head word or an acronym (`Partido Popular y
    el` | `Partido Socialista`, `Partij van de Arbeid en de` | `VVD`)."""
    first = part[0]
    return (first.head is not None and ":heads:" in first.head.key) or is_all_caps(first.text)


def _hyphen_compound(ws: list[_Word]) -> bool:
    """A lower-case word between hyphens inside the name: a place's shape in French and
    others (`Hauts-de-Seine`, `Saint-Martin-d'Hères`, `Castellammare-di-Stabia`)."""
    return any(ws[k].text.islower() and ws[k - 1].text == "-" and ws[k + 1].text == "-"
               for k in range(1, len(ws) - 1))


def _type(ws: list[_Word], sentence: Sentence, settings: dict, before: str | None) -> tuple[str, float, set[str]]:
    """(type, confidence, knowledge keys) from the strongest evidence."""
    conf = settings["confidence"]
    content = [w for w in ws if w.text != "-" and is_capitalised(w.text)]
    if sentence.kind in settings["credit_kinds"]:
        return settings["credit_type"], conf["credit"], set()
    head = next((w.head for w in reversed(ws) if w.head), None)   # a lower-case head too
    if head:
        return head.type, conf["head"], {head.key}
    if content and all(is_all_caps(w.text) and len(w.text) <= settings["max_acronym_length"] for w in content):
        return settings["acronym_type"], conf["candidate"], set()   # ΑΠΕ-ΜΠΕ, MSZ
    cue = evidence.cue(before, sentence.language, one_word=len(content) == 1) if before else None
    given = (content[-1] if _family_name_first(sentence.language) else content[0]) if content else None
    person = len(content) > 1 and given.first_name
    if cue and not (person and cue.type in ("GPE", "LOC")):   # `στον Νίκο Παππά`: a person
        return cue.type, conf["cue"], {cue.key}
    if given is not None and given.first_name:
        return "PER", conf["first_name"] if len(content) > 1 else conf["first_name_alone"], set()
    labelled = next((w.label_type for w in content if w.label_type), None)
    if labelled:
        return labelled, conf["label"], set()
    guess = settings["multiword_type"] if len(content) > 1 else settings["single_type"]
    return guess, conf["candidate"], set()


def _lowercase_head(sentence: Sentence, text: str, at: int, covered: set[int]) -> list[_Word]:
    """[the word at `at`] when the language ends names with a lower-case head word
    (`lowercase_heads`) and that word is one of an organisation, facility or region
    (Ukrainian `Херсонській області`)."""
    toks, language = sentence.tokens, sentence.language
    if not evidence.lowercase_heads(language) or at >= len(toks) or at in covered:
        return []
    word = toks[at].text
    found = evidence.head(word, language, alone=True) if word.isalpha() and word.islower() else None
    if found is None or found.type not in ("ORG", "FAC", "GPE") or text[toks[at - 1].end:toks[at].start] != " ":
        return []
    return [_Word(at, word, True, False, found, None)]


MAX_MODIFIERS = 5   # lower-case words continuing a name (`закордонних справ`, `za notranje zadeve`)


def _modifiers(sentence: Sentence, text: str, ws: list[_Word], covered: set[int]) -> list[_Word]:
    """The lower-case words after an organisation's head word that continue its name
    (`Ministerstvo zahraničních věcí`, `Міністерство внутрішніх справ`): modifiers
    (qantar.entities.evidence.modifier), connectors between them (`za notranje zadeve`); it
    stops at any other word, a capitalised one, punctuation or a line break."""
    toks, language = sentence.tokens, sentence.language
    last = ws[-1]
    if not last.head or ":heads:" not in last.head.key or last.head.type != "ORG":
        return []
    joins = evidence.connectors(language)
    out, links, at = [], [], last.index + 1
    while at < len(toks) and len(out) + len(links) < MAX_MODIFIERS and at not in covered \
            and text[toks[at - 1].end:toks[at].start] == " " and toks[at].text.isalpha() and toks[at].text.islower():
        word = toks[at].text
        found = evidence.modifier(word, language)
        if found:
            out += links + [_Word(at, word, True, False, None, None, found)]
            links = []
        elif fold(word) in joins and not links:   # one connector at a time, kept before a modifier
            links.append(_Word(at, word, True, False, None, None))
        else:
            break
        at += 1
    # a state's abbreviation closes the name, in the genitive too (`Ministerstvo vnitra ČR`,
    # `Министерство обороны РФ`)
    at = out[-1].index + 1 if out else at
    if out and at < len(toks) and at not in covered and text[toks[at - 1].end:toks[at].start] == " " \
            and MIN_STATE <= len(toks[at].text) <= MAX_ACRONYM and is_all_caps(toks[at].text):
        out.append(_Word(at, toks[at].text, False, False, None, None))
    return out


MIN_STATE = 2   # letters of a state's abbreviation (ČR, RP, РФ)


def _lowercase_lead(sentence: Sentence, text: str, first: int, covered: set[int]) -> list[_Word]:
    """[head, connectors...] before the name at `first` when the language puts a lower-case
    head word and connectors in front of it (`leading_heads`: French `ministère de
    l'Intérieur`, Italian `ministero dell'Interno`, Spanish `partido de los Verdes`)."""
    toks, language = sentence.tokens, sentence.language
    if not evidence.leading_heads(language):
        return []
    joins = evidence.connectors(language)
    at = first - 1
    while at >= 0 and first - at <= MAX_LINKS and fold(toks[at].text) in joins and toks[at].text.islower():
        at -= 1
    if at < 0 or at == first - 1 or at in covered or "\n" in text[toks[at].end:toks[first].start]:
        return []
    word = toks[at].text
    found = evidence.head(word, language) if word.isalpha() and word.islower() else None
    if found is None or found.type not in ("ORG", "FAC"):
        return []
    return [_Word(at, word, True, False, found, None)] + [
        _Word(k, toks[k].text, True, False, None, None) for k in range(at + 1, first)]


def _quoted(sentence: Sentence, first: int, last: int) -> bool:
    """The words first..last are all a quotation holds (`„Solidarności Rolniczej”`): a name
    quoted as such, typically an organisation's or a party's."""
    toks = sentence.tokens
    return 0 < first and last + 1 < len(toks) and toks[first - 1].text in OPENING_QUOTES \
        and toks[last + 1].text in CLOSING_QUOTES and toks[first - 1].end == toks[first].start \
        and toks[last].end == toks[last + 1].start


def _credited(sentence: Sentence, first: int, last: int) -> bool:
    """A name between slashes (`/Agerpres/`, `/ritzau/`: an agency's credit) or in capitals
    next to one (`AGERPRES/`, `/MTI`): credit lines name agencies."""
    toks = sentence.tokens

    def slash(at: int, glued_to: int) -> bool:
        return 0 <= at < len(toks) and toks[at].text == "/" \
            and (toks[at].end == toks[glued_to].start or toks[glued_to].end == toks[at].start)

    before, after = slash(first - 1, first), slash(last + 1, last)
    return (before and after) or ((before or after) and first == last and _acronym(toks[first].text))


def _cued(ws: list[_Word], before: str | None, initial: frozenset[int], language: str) -> bool:
    """One capitalised word mid-sentence that is also a common word, right after a word that
    types it (Greek `στον Αρχάγγελο`, archangel, a village): a name, where nouns are not
    capitalised anyway."""
    return len(ws) == 1 and ws[0].index not in initial and before is not None \
        and not words.capitalises_nouns(language) and evidence.cue(before, language, one_word=True) is not None


def _word_before(sentence: Sentence, first: int) -> str | None:
    return next((sentence.tokens[i].text for i in range(first - 1, -1, -1)
                 if is_word(sentence.tokens[i].text)), None)


def find(sentence: Sentence, text: str, covered: set[int], settings: dict, index: NameIndex) -> list[Match]:
    """Candidate mentions in the sentence, avoiding the token indexes in `covered`."""
    language = sentence.language
    labels = _language_data(language).get("proper_labels", {})
    stop = stop_words(language)
    initial = sentence.initial_indexes
    parts = []
    for run in _runs(sentence, text, covered, stop):
        tail = _lowercase_head(sentence, text, run[-1] + 1, covered)
        ws = _cut_start(_given_names([_describe(i, sentence.tokens[i].text, language, labels) for i in run]),
                        initial, language, tail)
        parts += [p for p in _split_at_first_names(ws, language) if p]
    found = []
    for ws in _join_connected(parts, sentence, text, language):
        ws = _lowercase_lead(sentence, text, ws[0].index, covered) + ws \
            + _lowercase_head(sentence, text, ws[-1].index + 1, covered)
        ws += _modifiers(sentence, text, ws, covered)
        first, last = ws[0].index, ws[-1].index
        before = _word_before(sentence, first)
        quoted = _quoted(sentence, first, last) and not words.capitalises_nouns(language)   # not «Terroristen»
        if not _is_name(ws, initial, language) and not _cued(ws, before, initial, language) and not quoted:
            continue
        entity_type, confidence, keys = _type(ws, sentence, settings, before)
        keys = set(keys) | {w.modifier.key for w in ws if w.modifier}
        if quoted and confidence <= settings["confidence"]["candidate"]:
            entity_type = settings["quoted_type"]
        if _credited(sentence, first, last):
            entity_type, confidence, keys = settings["credit_type"], settings["confidence"]["credit"], set()
        if confidence <= settings["confidence"]["first_name_alone"] and (_hyphenated_place(ws, index)
                                                                       or _hyphen_compound(ws)):
            entity_type, confidence, keys = "GPE", settings["confidence"]["label"], set()
        last += _initial_stop(sentence, text, last)
        found.append(Match(sentence.tokens[first].start, sentence.tokens[last].end, entity_type, None,
                           confidence, first, last + 1, frozenset(keys)))
    return found + _signs(sentence, covered, stop, settings)


def _hyphenated_place(ws: list[_Word], index: NameIndex) -> bool:
    """A hyphenated name with a KB place among its parts (Île-de-`France`, Seine-`Saint-Denis`)."""
    if not any(w.text == "-" for w in ws):
        return False
    folded = [fold(w.text) for w in ws]
    for k, first in enumerate(folded):
        for name in index.names(first):
            if name.type in ("GPE", "LOC") and tuple(folded[k + 1:k + 1 + len(name.rest)]) == name.rest:
                return True
    return False


def _initial_stop(sentence: Sentence, text: str, last: int) -> int:
    """1 when the name ends in a one-letter initial followed by its full stop (`Samira B.`)."""
    toks = sentence.tokens
    word = toks[last].text
    if len(word) == 1 and word.isupper() and last + 1 < len(toks) and toks[last + 1].text == "." \
            and toks[last].end == toks[last + 1].start:
        return 1
    return 0


def institutions(sentence: Sentence, text: str, known: list[Match], settings: dict) -> list[Match]:
    """Names built on a KB place: a head word before it (`Flughafen Almaty`), a lower-case
    head after it (Finnish `Helsingin poliisilaitoksen`), or the place in the genitive before
    a capitalised common word (Danish `Danmarks Statistik`, `Københavns Politi`:
    `place_genitive_ending` of the language's entities.toml)."""
    language = sentence.language
    ending = _language_data(language).get("place_genitive_ending")
    key = f"entities:{language}/entities.toml:place_genitive_ending"
    toks, out = sentence.tokens, []
    taken = {i for m in known for i in range(m.first, m.last)}
    out += _headed_places(sentence, text, known, taken, settings)
    for m in known:
        tail = _lowercase_head(sentence, text, m.last, taken) if m.kb_id and m.type in ("GPE", "LOC") else []
        if tail:
            out.append(Match(m.start, toks[m.last].end, tail[0].head.type, None, settings["confidence"]["head"],
                             m.first, m.last + 1, frozenset({tail[0].head.key})))
    if not ending or evidence.withheld(key):
        return out
    for m in known:
        nxt = m.last
        if m.kb_id is None or m.type not in ("GPE", "LOC") or not fold(text[m.start:m.end]).endswith(ending) \
                or nxt >= len(toks) or nxt in taken:
            continue
        word = toks[nxt].text
        if is_capitalised(word) and word.isalpha() and words.is_common(word, language) \
                and not words.is_non_name(word, language) and text[toks[nxt - 1].end:toks[nxt].start] == " ":
            end = nxt + 1   # and the capitalised words after it (`Danmarks Meteorologiske Institut`)
            while end < len(toks) and end not in taken and is_capitalised(toks[end].text) and toks[end].text.isalpha() \
                    and text[toks[end - 1].end:toks[end].start] == " ":
                end += 1
            out.append(Match(m.start, toks[end - 1].end, "ORG", None, settings["confidence"]["head"], m.first, end,
                             frozenset({key})))
    return out


def _headed_places(sentence: Sentence, text: str, known: list[Match], taken: set[int], settings: dict) -> list[Match]:
    """A capitalised head word right before or after a KB place names a facility or
    organisation there (`Flughafen Almaty`, `Air Astana`, `Polsat News`: a place name read
    by a suffix; after it also a water or landform: `Vejle Fjord`), as does a lower-case one with connectors where
    the language puts them in front (`aeropuerto de Almaty`, facilities only): the whole is
    the name, not linked."""
    toks, out = sentence.tokens, []
    for m in known:
        before = m.first - 1
        if m.kb_id is None or m.type not in ("GPE", "LOC"):
            continue
        word = toks[before].text if before >= 0 and before not in taken else ""
        found = evidence.head(word, sentence.language) if is_capitalised(word) and word.isalpha() else None
        if found and found.type in ("ORG", "FAC") and text[toks[before].end:m.start] == " ":
            out.append(Match(toks[before].start, m.end, found.type, None, settings["confidence"]["head"],
                             before, m.last, frozenset({found.key})))
        after = m.last
        word = toks[after].text if after < len(toks) and after not in taken else ""
        found = evidence.head(word, sentence.language) if is_capitalised(word) and word.isalpha() else None
        if found and found.type in ("ORG", "FAC", "LOC") and text[m.end:toks[after].start] == " ":   # `Polsat News`
            out.append(Match(m.start, toks[after].end, found.type, None, settings["confidence"]["head"],
                             m.first, after + 1, frozenset({found.key})))
        lead = _lowercase_lead(sentence, text, m.first, taken)   # `aeropuerto de Almaty`
        if lead and lead[0].head.type == "FAC":   # `policía de Almaty` is the city's police
            out.append(Match(toks[lead[0].index].start, m.end, lead[0].head.type, None,
                             settings["confidence"]["head"], lead[0].index, m.last, frozenset({lead[0].head.key})))
    return out


def claims(sentence: Sentence, text: str, settings: dict) -> list[Match]:
    """Names that a claiming word before them types over any KB name (`rzeka Nysa Kłodzka`)."""
    toks = sentence.tokens
    out = []
    claim = evidence.claimer(sentence.language)
    if claim is None:
        return out
    for i, token in enumerate(toks[:-1]):
        found = claim(token.text) if is_word(token.text) else None
        if found is None:
            continue
        last = i + 1
        while last < len(toks) and is_capitalised(toks[last].text) and is_word(toks[last].text) \
                and text[toks[last - 1].end:toks[last].start].strip() == "" \
                and "\n" not in text[toks[last - 1].end:toks[last].start]:
            last += 1
        if last > i + 1:
            out.append(Match(toks[i + 1].start, toks[last - 1].end, found.type, None,
                             settings["confidence"]["claim"], i + 1, last, frozenset({found.key})))
    return out


def _signs(sentence: Sentence, covered: set[int], stop: set[str], settings: dict) -> list[Match]:
    """Unknown @handles and capitalised #hashtags."""
    out = []
    for i, token in enumerate(sentence.tokens):
        if i in covered or len(token.text) < 2 or token.text[0] not in "@#":
            continue
        body = token.text[1:]
        if fold(body) in stop or not is_word(body):
            continue
        if token.text[0] == "@":
            out.append(Match(token.start, token.end, settings["handle_type"], None,
                             settings["confidence"]["candidate"], i, i + 1))
        elif is_capitalised(body):
            out.append(Match(token.start, token.end, settings["hashtag_type"], None,
                             settings["confidence"]["candidate"], i, i + 1))
    return out
