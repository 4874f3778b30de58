"""The event data of one language, loaded and checked: trigger lexicon, role cues, realis cues.

Files (lang/<code>/): events.toml (`[[triggers]]`), events_roles.toml
(per role: words before a mention, endings and analyser tags of the mention) and
events_realis.toml (per realis cue kind: words and analyser tags; clause openers).
Words are matched through the language's rules of qantar.morphology (lang/<code>/morphology.toml).
Every label is checked against the taxonomy; a bad entry stops with file and entry.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from .. import langdata, morphology, taxonomy, tokens
from ..errors import DataFileError
from ..morphology import Morphology
from ..paths import lang_dir

TRIGGER_KEYS = {"type", "lemmas", "forms", "context", "context_side", "context_window", "except_tags", "confidence"}
SIDES = ("before", "after", "both")


@dataclass(frozen=True)
class Word:
    """One word of a phrase: a dictionary word (any inflected form matches) or an exact form."""

    keys: frozenset
    exact: bool

    def matches(self, morph: Morphology, form: str) -> bool:
        if self.exact:
            return morph.fold(form) in self.keys
        return not self.keys.isdisjoint(morph.keys(form))


Phrase = tuple[Word, ...]


@dataclass(frozen=True)
class Cues:
    """Words or phrases (lemmas: inflected forms match; forms: exact) and analyser tag sets."""

    phrases: tuple[Phrase, ...] = ()
    tags: tuple[tuple[str, frozenset], ...] = ()  # (selecting part, required parts)
    # key of a phrase's last word -> the phrases: only those can end at a given token
    by_last: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __post_init__(self):
        for phrase in self.phrases:
            for key in phrase[-1].keys:
                self.by_last.setdefault(key, []).append(phrase)

    def phrase_ending_at(self, morph: Morphology, forms: list[str], end: int) -> bool:
        """Whether a phrase fills forms[end - len(phrase):end]."""
        if end <= 0 or not self.phrases:
            return False
        return any(
            len(phrase) <= end
            and all(word.matches(morph, form) for word, form in zip(phrase, forms[end - len(phrase):end]))
            for key in morph.keys(forms[end - 1]) for phrase in self.by_last.get(key, ())
        )

    def tagged(self, morph: Morphology, form: str) -> bool:
        """Whether a tag set fits the form: its first part selects analyses (a part of
        speech, `fin`), at least one is selected and all selected carry the other parts
        (`perf`): `wyśle` is a perfective present, `donoszą` (perf or imperf) is not."""
        analyses = [a.parts for a in morph.analyses(form)]
        for head, rest in self.tags:
            selected = [parts for parts in analyses if head in parts]
            if selected and all(rest <= parts for parts in selected):
                return True
        return False

    def at(self, morph: Morphology, forms: list[str], index: int) -> bool:
        """Whether forms[index] ends a cue phrase or carries a cue tag."""
        return self.phrase_ending_at(morph, forms, index + 1) or self.tagged(morph, forms[index])


@dataclass(frozen=True)
class Trigger:
    order: int  # position in the lexicon: breaks ties between equally long matches
    type: str
    phrase: Phrase
    context: Cues
    context_side: str
    context_window: int
    except_tags: Cues  # analyser tags that make the first word no trigger (`protestujący`, pact)
    confidence: float


@dataclass(frozen=True)
class RoleCues:
    before: Cues  # words right before the mention (prepositions, governing nouns)
    endings: tuple[str, ...]  # case endings of the mention's last word
    tags: Cues  # analyser tags of the mention's last word (case)


@dataclass(frozen=True)
class Language:
    code: str
    morph: Morphology
    triggers: dict  # first-word key -> list of Trigger
    roles: dict  # role -> RoleCues
    realis: dict  # cue kind -> Cues
    clause_openers: Cues

    def candidates(self, form: str) -> list[Trigger]:
        """Triggers whose first word may match this form (checked again by the caller)."""
        found = {trig for key in self.morph.keys(form) for trig in self.triggers.get(key, ())}
        return sorted(found, key=lambda trig: trig.order)


def _phrase(text: str, exact: bool, morph: Morphology, code: str) -> Phrase:
    spans = tokens.tokenize(text, 0, len(text), code)
    if exact:
        return tuple(Word(frozenset({morph.fold(text[a["start"]:a["end"]])}), True) for a in spans)
    return tuple(Word(morph.lemma_keys(text[a["start"]:a["end"]]), False) for a in spans)


def _cues(data: dict, morph: Morphology, code: str, where: str) -> Cues:
    unknown = set(data) - {"lemmas", "forms", "tags"}
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}")
    phrases = [_phrase(w, False, morph, code) for w in data.get("lemmas", [])]
    phrases += [_phrase(w, True, morph, code) for w in data.get("forms", [])]
    if any(not p for p in phrases):
        raise DataFileError(f"{where}: an empty word")
    tags = data.get("tags", [])
    if any(not t for t in tags):
        raise DataFileError(f"{where}: an empty tag set")
    return Cues(tuple(phrases), tuple((t[0], frozenset(t[1:])) for t in tags))


def _path(code: str, name: str) -> str:
    return str(lang_dir() / code / f"{name}.toml")


def _trigger_entries(code: str, data: dict, morph: Morphology) -> dict:
    where_file = _path(code, "events")
    event_types = set(taxonomy.load().event_types)
    default_conf = float(data.get("confidence", 0.7))
    index: dict = {}
    index_order: list = []
    for n, entry in enumerate(data.get("triggers", []), 1):
        where = f"{where_file}: trigger entry {n} ({entry.get('lemmas') or entry.get('forms')})"
        unknown = set(entry) - TRIGGER_KEYS
        if unknown:
            raise DataFileError(f"{where}: unknown keys {sorted(unknown)}")
        if entry.get("type") not in event_types:
            raise DataFileError(f"{where}: type {entry.get('type')!r} is not an event type of the taxonomy")
        side = entry.get("context_side", "both")
        if side not in SIDES:
            raise DataFileError(f"{where}: context_side {side!r} is not one of {SIDES}")
        context = _cues({"lemmas": entry.get("context", [])}, morph, code, where)
        except_tags = _cues({"tags": entry.get("except_tags", [])}, morph, code, where)
        phrases = [_phrase(w, False, morph, code) for w in entry.get("lemmas", [])]
        phrases += [_phrase(w, True, morph, code) for w in entry.get("forms", [])]
        if not phrases or any(not p for p in phrases):
            raise DataFileError(f"{where}: needs non-empty `lemmas` or `forms`")
        for phrase in phrases:
            trig = Trigger(len(index_order), entry["type"], phrase, context, side, int(entry.get("context_window", 6)),
                           except_tags, float(entry.get("confidence", default_conf)))
            index_order.append(trig)
            for key in phrase[0].keys:
                index.setdefault(key, []).append(trig)
    return index


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The event data of a language (empty lexicon when it has no events.toml)."""
    data = langdata.load(code, "events")
    morph = morphology.for_language(code)
    roles_data = langdata.load(code, "events_roles")
    known_roles = set(taxonomy.load().roles)
    roles = {}
    for role, cue_data in roles_data.items():
        where = f"{_path(code, 'events_roles')}: [{role}]"
        if role not in known_roles:
            raise DataFileError(f"{where}: {role!r} is not a role of the taxonomy")
        cue_data = dict(cue_data)
        endings = tuple(morph.fold(e) for e in cue_data.pop("endings", []))
        tags = _cues({"tags": cue_data.pop("tags", [])}, morph, code, where)
        roles[role] = RoleCues(_cues(cue_data, morph, code, where), endings, tags)
    realis_data = dict(langdata.load(code, "events_realis"))
    where = _path(code, "events_realis")
    openers = _cues(realis_data.pop("clause_openers", {}), morph, code, f"{where}: [clause_openers]")
    realis = {kind: _cues(cues, morph, code, f"{where}: [{kind}]") for kind, cues in realis_data.items()}
    return Language(code, morph, _trigger_entries(code, data, morph), roles, realis, openers)
