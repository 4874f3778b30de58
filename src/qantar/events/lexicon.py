"""The event data of one language, loaded and checked: trigger lexicon, word classes, role
cues, realis cues.

Files (lang/<code>/): events.toml (`[[triggers]]`; `[separable]`: particles and word order
of particle verbs), events_classes.toml (word classes a trigger's context or a role frame's
bridge may name: `person`, `announce`), events_roles.toml (per role: words before a
mention, endings and analyser tags of the mention; `[possessive]`: the possessive clitic or
ending of a name; `[coordination]`: the conjunctions
that join two mentions filling one role; `[reported]`, `[relative]`: the words opening a
reported or relative clause; `[embedding]`: prepositions governing a noun trigger) and events_realis.toml (per realis cue
kind: words, analyser tags, endings of the trigger's own words and words right after it;
clause openers). Words are matched through the language's
rules of qantar.morphology (lang/<code>/morphology.toml: an analyser, or simplemma's or
pymorphy3's lemmas). Every label is checked against the taxonomy; a bad entry stops with
file and entry.

Every hand-written item has a knowledge key (qantar.holdout), written without the layer
prefix `events:`: `<code>/<file>.toml:<section>:<item>`, e.g. `da/events.toml:anholde`,
`pl/events_realis.toml:negation:nie`, `pl/events_classes.toml:person:mężczyzna`. Matching
skips the items whose key is in the `withheld` set it is given, and says which key matched.
"""

from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import langdata, morphology, taxonomy, tokens
from ..errors import DataFileError
from ..morphology import Morphology
from ..paths import lang_dir

TRIGGER_KEYS = {"type", "lemmas", "forms", "context", "context_classes", "context_entities", "context_side",
                "context_window", "except_tags", "confidence"}
SIDES = ("before", "after", "both")
NONE = frozenset()


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
    """Words or phrases (lemmas: inflected forms match; forms: exact) and analyser tag sets,
    each with its knowledge key."""

    phrases: tuple[tuple[Phrase, str], ...] = ()
    tags: tuple[tuple[str, frozenset, str], ...] = ()  # (selecting part, required parts, key)
    # key of a phrase's last word -> the (phrase, key) pairs: only those can end at a given token
    by_last: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # when every phrase is exact forms and there are no tags: the folded forms a cue can end
    # with, a cheap test that skips the analyser for every other token (most function words)
    exact_last: frozenset | None = field(default=None, compare=False, hash=False, repr=False)

    def __post_init__(self):
        for phrase, key in self.phrases:
            for word_key in phrase[-1].keys:
                self.by_last.setdefault(word_key, []).append((phrase, key))
        if not self.tags and all(word.exact for phrase, _key in self.phrases for word in phrase):
            object.__setattr__(self, "exact_last", frozenset(self.by_last))

    def __add__(self, other: "Cues") -> "Cues":
        return Cues(self.phrases + other.phrases, self.tags + other.tags)

    def phrase_ending_at(self, morph: Morphology, forms: list[str], end: int, withheld=NONE) -> str | None:
        """The key of a phrase filling forms[end - len(phrase):end], or None."""
        return next((key for _length, key in self._ending_at(morph, forms, end, withheld)), None)

    def longest_ending_at(self, morph: Morphology, forms: list[str], end: int, withheld=NONE) -> tuple | None:
        """(length, key) of the longest phrase filling forms[end - length:end], or None."""
        return max(self._ending_at(morph, forms, end, withheld), default=None, key=lambda found: found[0])

    def _ending_at(self, morph: Morphology, forms: list[str], end: int, withheld):
        """(length, key) of each phrase filling forms[end - length:end]."""
        if end <= 0 or not self.phrases:
            return
        for word_key in morph.keys(forms[end - 1]):
            for phrase, key in self.by_last.get(word_key, ()):
                if len(phrase) <= end and key not in withheld \
                        and all(word.matches(morph, form) for word, form in zip(phrase, forms[end - len(phrase):end])):
                    yield len(phrase), key

    def tagged(self, morph: Morphology, form: str, withheld=NONE) -> str | None:
        """The key of a tag set that fits the form, or None: its first part selects analyses
        (a part of speech, `fin`), at least one is selected and all selected carry the other
        parts (`perf`): `wyśle` is a perfective present, `donoszą` (perf or imperf) is not."""
        if not self.tags:
            return None
        analyses = [a.parts for a in morph.analyses(form)]
        for head, rest, key in self.tags:
            selected = [parts for parts in analyses if head in parts]
            if selected and all(rest <= parts for parts in selected) and key not in withheld:
                return key
        return None

    def at(self, morph: Morphology, forms: list[str], index: int, withheld=NONE) -> str | None:
        """The key of a cue phrase ending at forms[index] or of a cue tag it carries, or None."""
        if self.exact_last is not None and morph.fold(forms[index]) not in self.exact_last:
            return None
        return self.phrase_ending_at(morph, forms, index + 1, withheld) or self.tagged(morph, forms[index], withheld)


@dataclass(frozen=True)
class Trigger:
    order: int  # position in the lexicon: breaks ties between equally long matches
    type: str
    phrase: Phrase
    key: str  # knowledge key of the lemma or form as written
    context: Cues  # words (context lemmas, members of context classes) one of which must be near
    context_entities: tuple[tuple[str, str], ...]  # (entity type, key): a mention that counts as context
    context_side: str
    context_window: int
    except_tags: Cues  # analyser tags that make the first word no trigger (`protestujący`, pact)
    confidence: float
    # a separated particle verb (`nahm ... fest` of festnehmen, `kamen ... ums Leben`): the
    # words that must follow the verb later in its clause, and the key of the particle rule
    particle: Phrase = ()
    particle_key: str = ""

    @property
    def needs_context(self) -> bool:
        return bool(self.context.phrases or self.context.tags or self.context_entities)


@dataclass(frozen=True)
class RoleCues:
    before: Cues  # words right before the mention (prepositions, governing nouns)
    endings: tuple[tuple[str, str], ...]  # (case ending of the mention's last word, key)
    tags: Cues  # analyser tags of the mention's last word (case)


@dataclass(frozen=True)
class Language:
    code: str
    morph: Morphology
    triggers: dict  # first-word key -> list of Trigger
    roles: dict  # role -> RoleCues
    realis: dict  # cue kind -> Cues
    realis_endings: tuple  # (ending of a trigger word, key): a synthetic future or conditional (`enviará`)
    realis_following: dict  # folded word right after a verb trigger -> (key, folded words that
    # undo it when they come next: `nicht nur`, not only): `anholdt ikke` (verb second)
    clause_openers: Cues
    coordinators: Cues  # conjunctions joining mentions that fill one role (`Air Astana i Lufthansa`)
    reported: Cues  # complementizers opening a reported clause (`że`, `at`): its time and place are its own
    relative: Cues  # relative pronouns and adverbs (`który`, `where`): the same, but see clauses
    embedding: Cues  # prepositions making a noun trigger another predicate's object (`against`)
    # how far after a separated particle verb its particle may stand (tokens, within the
    # clause), and whether it must close the clause (German verb-second: `nahm ... fest.`)
    particle_window: int = 0
    particle_clause_final: bool = False
    # a possessive (`Kazakhstan 's`, Danish `Kasakhstans`): its own token, or the ending of
    # a name's last word, each with its key; see arguments.appositions
    possessive: Cues = Cues()
    possessive_endings: tuple = ()
    classes: dict = field(default_factory=dict)  # word classes of events_classes.toml: name -> Cues

    def candidates(self, form: str) -> list[Trigger]:
        """Triggers whose first word may match this form (checked again by the caller)."""
        found = {trig for key in self.morph.keys(form) for trig in self.triggers.get(key, ())}
        return sorted(found, key=lambda trig: trig.order)


def _phrase(text: str, exact: bool, morph: Morphology, code: str) -> Phrase:
    spans = tokens.tokenize(text, 0, len(text), code)
    if exact:
        return tuple(Word(frozenset({morph.fold(text[a["start"]:a["end"]])}), True) for a in spans)
    words = [text[a["start"]:a["end"]] for a in spans]
    # a phrase is written in its base form, where the words after the first agree with it
    # (`godzina policyjna`, whose adjective's own lemma is `policyjny`): those match through
    # the lemmas of the written form too
    return tuple(Word(morph.lemma_keys(w) | (morph.keys(w) if i else frozenset()), False) for i, w in enumerate(words))


def _cues(data: dict, morph: Morphology, code: str, where: str, prefix: str) -> Cues:
    """Cues of a data table; the key of each item is `prefix` + its text (tags: parts joined by `.`)."""
    unknown = set(data) - {"lemmas", "forms", "tags"}
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}")
    phrases = [(_phrase(w, False, morph, code), prefix + w) for w in data.get("lemmas", [])]
    phrases += [(_phrase(w, True, morph, code), prefix + w) for w in data.get("forms", [])]
    if any(not p for p, _key in phrases):
        raise DataFileError(f"{where}: an empty word")
    tags = data.get("tags", [])
    if any(not t for t in tags):
        raise DataFileError(f"{where}: an empty tag set")
    return Cues(tuple(phrases), tuple((t[0], frozenset(t[1:]), f"{prefix}tags:{'.'.join(t)}") for t in tags))


def _path(code: str, name: str) -> str:
    return str(lang_dir() / code / f"{name}.toml")


def _classes(code: str, morph: Morphology) -> dict[str, Cues]:
    """The word classes of lang/<code>/events_classes.toml: name -> its words and tags."""
    where = _path(code, "events_classes")
    return {name: _cues(data, morph, code, f"{where}: [{name}]", f"{code}/events_classes.toml:{name}:")
            for name, data in langdata.load(code, "events_classes").items()}


@dataclass(frozen=True)
class Separable:
    """How a language splits particle verbs (`[separable]` of events.toml)."""

    particles: dict  # folded particle -> knowledge key (`festnehmen` -> `nehmen` + `fest`)
    phrase_verb: str | None  # "first" or "last": where multiword lemmas have their verb
    phrase_key: str  # knowledge key of splitting multiword lemmas at their verb
    window: int  # tokens after the verb in which the particle may stand
    clause_final: bool  # whether a one-word particle must close the clause


def _separable(code: str, data: dict, morph: Morphology) -> Separable | None:
    table = data.get("separable")
    if not table:
        return None
    where = f"{_path(code, 'events')}: [separable]"
    unknown = set(table) - {"particles", "phrase_verb", "clause_final", "window"}
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}")
    position = table.get("phrase_verb")
    if position not in (None, "first", "last"):
        raise DataFileError(f"{where}: phrase_verb {position!r} is not 'first' or 'last'")
    prefix = f"{code}/events.toml:separable:"
    return Separable({morph.fold(p): prefix + p for p in table.get("particles", [])}, position,
                     prefix + "phrase_verb", int(table.get("window", 8)), bool(table.get("clause_final", False)))


def _separated(phrase: Phrase, text: str, separable: Separable, morph: Morphology, code: str):
    """The (verb, particle words, particle key) of a lemma written as dictionary words, split
    at its verb, or None: a one-word lemma opening with a listed particle (`festnehmen` ->
    `nehmen` + `fest`) or a multiword lemma, whose verb the language writes last (`ums Leben
    kommen` -> `kommen` + `ums Leben`) or first (Swedish `ta fast` -> `ta` + `fast`)."""
    if len(phrase) > 1:
        if separable.phrase_verb == "last":
            return phrase[-1:], phrase[:-1], separable.phrase_key
        if separable.phrase_verb == "first":
            return phrase[:1], phrase[1:], separable.phrase_key
        return None
    folded = morph.fold(text)
    for particle, key in sorted(separable.particles.items(), key=lambda item: -len(item[0])):
        stem = folded[len(particle):]
        if folded.startswith(particle) and len(stem) >= 3:
            return _phrase(stem, False, morph, code), _phrase(particle, True, morph, code), key
    return None


def _trigger_entries(code: str, data: dict, morph: Morphology, classes: dict, separable: Separable | None) -> dict:
    where_file = _path(code, "events")
    tax = taxonomy.load()
    event_types = set(tax.event_types)
    default_conf = float(data.get("confidence", 0.7))
    index: dict = {}
    order = 0
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
        missing = set(entry.get("context_classes", [])) - set(classes)
        if missing:
            raise DataFileError(f"{where}: context classes {sorted(missing)} are not in {_path(code, 'events_classes')}")
        labels = entry.get("context_entities", [])
        if set(labels) - set(tax.entity_types):
            raise DataFileError(f"{where}: context_entities {labels} are not all entity types of the taxonomy")
        context = _cues({"lemmas": entry.get("context", [])}, morph, code, where, f"{code}/events.toml:context:")
        for name in entry.get("context_classes", []):
            context = context + classes[name]
        entities = tuple((label, f"{code}/events.toml:context:{label}") for label in labels)
        except_tags = _cues({"tags": entry.get("except_tags", [])}, morph, code, where, f"{code}/events.toml:except:")
        written = [(w, False) for w in entry.get("lemmas", [])] + [(w, True) for w in entry.get("forms", [])]
        if not written:
            raise DataFileError(f"{where}: needs non-empty `lemmas` or `forms`")
        for text, exact in written:
            phrase = _phrase(text, exact, morph, code)
            if not phrase:
                raise DataFileError(f"{where}: an empty word")
            trig = Trigger(order, entry["type"], phrase, f"{code}/events.toml:{text}", context, entities, side,
                           int(entry.get("context_window", 6)), except_tags,
                           float(entry.get("confidence", default_conf)))
            order += 1
            variants = [trig]
            split = _separated(phrase, text, separable, morph, code) if separable and not exact else None
            if split:
                verb, particle, particle_key = split
                variants.append(replace(trig, order=order, phrase=verb, particle=particle, particle_key=particle_key))
                order += 1
            for variant in variants:
                for key in variant.phrase[0].keys:
                    index.setdefault(key, []).append(variant)
    return index


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The event data of a language (empty lexicon when it has no events.toml)."""
    data = langdata.load(code, "events")
    morph = morphology.for_language(code)
    roles_data = langdata.load(code, "events_roles")
    known_roles = set(taxonomy.load().roles)
    roles_data = dict(roles_data)
    coordinators = _cues(roles_data.pop("coordination", {}), morph, code,
                         f"{_path(code, 'events_roles')}: [coordination]", f"{code}/events_roles.toml:coordination:")
    reported, relative = (_cues(roles_data.pop(table, {}), morph, code, f"{_path(code, 'events_roles')}: [{table}]",
                                f"{code}/events_roles.toml:{table}:") for table in ("reported", "relative"))
    embedding = _cues(roles_data.pop("embedding", {}), morph, code, f"{_path(code, 'events_roles')}: [embedding]",
                      f"{code}/events_roles.toml:embedding:")
    possessive_data = dict(roles_data.pop("possessive", {}))
    possessive_endings = tuple((morph.fold(e), f"{code}/events_roles.toml:possessive:endings:{e}")
                               for e in possessive_data.pop("endings", []))
    possessive = _cues(possessive_data, morph, code, f"{_path(code, 'events_roles')}: [possessive]",
                       f"{code}/events_roles.toml:possessive:")
    roles = {}
    for role, cue_data in roles_data.items():
        where = f"{_path(code, 'events_roles')}: [{role}]"
        if role not in known_roles:
            raise DataFileError(f"{where}: {role!r} is not a role of the taxonomy")
        prefix = f"{code}/events_roles.toml:{role}:"
        cue_data = dict(cue_data)
        endings = tuple((morph.fold(e), f"{prefix}endings:{e}") for e in cue_data.pop("endings", []))
        tags = _cues({"tags": cue_data.pop("tags", [])}, morph, code, where, prefix)
        roles[role] = RoleCues(_cues(cue_data, morph, code, where, prefix), endings, tags)
    realis_data = dict(langdata.load(code, "events_realis"))
    where = _path(code, "events_realis")
    prefix = f"{code}/events_realis.toml:"
    openers = _cues(realis_data.pop("clause_openers", {}), morph, code, f"{where}: [clause_openers]",
                    f"{prefix}clause_openers:")
    realis_endings = tuple((morphology.fold(ending, accents=False), f"{prefix}{kind}:endings:{ending}")
                           for kind, cues in realis_data.items() for ending in cues.get("endings", []))
    realis_following = {morph.fold(form): (f"{prefix}{kind}:following:{form}",
                                           frozenset(morph.fold(w) for w in cues.get("following_unless_before", [])))
                        for kind, cues in realis_data.items() for form in cues.get("following", [])}
    realis = {kind: _cues({k: v for k, v in cues.items() if k not in ("endings", "following", "following_unless_before")},
                          morph, code,
                          f"{where}: [{kind}]", f"{prefix}{kind}:")
              for kind, cues in realis_data.items()}
    classes, separable = _classes(code, morph), _separable(code, data, morph)
    return Language(code, morph, _trigger_entries(code, data, morph, classes, separable), roles, realis, realis_endings,
                    realis_following, openers, coordinators, reported, relative, embedding,
                    separable.window if separable else 0, bool(separable and separable.clause_final),
                    possessive, possessive_endings, classes)
