"""Trigger matching: lexicon phrases over a sentence's tokens, longest match first.

A trigger needing context (`stigning` is a PriceChange only near a price word; `zatrzymać`
is an Arrest only near a person: a person noun of the language's `person` class or a PER
mention) matches only when such context stands within its window. Tokens inside a named
entity are not triggers (`Rada Bezpieczeństwa` names a body, not an event); the caller
says which spans are names. A particle verb may be split (`nahm ... fest`, lang/<code>/
events.toml `[separable]`): its verb is the trigger, with its particle when right after it.
"""

from dataclasses import dataclass

from .lexicon import Language, Trigger
from .sentences import Sentence
from .spans import SpanIndex


@dataclass(frozen=True)
class Match:
    first: int  # token index of the trigger's first token
    last: int  # token index one past its last token
    trigger: Trigger
    keys: tuple  # knowledge keys that made it: the trigger's, and its context's


def _window(sent: Sentence, first: int, last: int, trig: Trigger) -> tuple[int, int]:
    lo = first - trig.context_window if trig.context_side != "after" else last
    hi = last + trig.context_window if trig.context_side != "before" else first
    return max(lo, 0), min(hi, len(sent.forms))


def _context(lang: Language, sent: Sentence, first: int, last: int, trig: Trigger, withheld) -> str | None:
    """The key of the context that licenses the trigger ('' when it needs none), or None."""
    if not trig.needs_context:
        return ""
    lo, hi = _window(sent, first, last, trig)
    for i in range(lo, hi):
        if not first <= i < last:
            key = trig.context.at(lang.morph, sent.forms, i, withheld)
            if key:
                return key
    for label, key in trig.context_entities:
        if key in withheld:
            continue
        for mention in sent.mentions:
            if mention["type"] == label:
                m_first, m_last = sent.mention_tokens(mention)
                if m_first < hi and lo < m_last and not (first < m_last and m_first < last):
                    return key
    return None


def _boundary(form: str) -> bool:
    return not any(ch.isalnum() for ch in form)


def _particle_end(lang: Language, sent: Sentence, last: int, trig: Trigger) -> int | None:
    """One past the particle words of a separated verb ending at `last`, looked for later in
    the clause (up to punctuation, within the language's window), or None."""
    forms, size = sent.forms, len(trig.particle)
    for j in range(last, min(last + lang.particle_window, len(forms) - size + 1)):
        if _boundary(forms[j]):
            return None
        if all(word.matches(lang.morph, form) for word, form in zip(trig.particle, forms[j:j + size])):
            end = j + size
            # a one-word particle may be a preposition (`kam um 10 Uhr an`) unless it closes
            # the clause; particle words like `ums Leben` say enough wherever they stand
            if not lang.particle_clause_final or size > 1 or end == len(forms) or _boundary(forms[end]):
                return end
    return None


def find(lang: Language, sent: Sentence, entities: SpanIndex, withheld=frozenset(), used=None) -> list[Match]:
    """Non-overlapping trigger matches of a sentence, left to right; at each position the
    longest phrase wins (`stan wyjątkowy` over `stan`). `withheld`: knowledge keys to skip;
    `used` (a set) receives the keys of the exceptions that stopped a trigger."""
    morph, forms = lang.morph, sent.forms
    matches, i = [], 0
    while i < len(forms):
        best = None
        for trig in lang.candidates(forms[i]):
            if trig.key in withheld:
                continue
            last = i + len(trig.phrase)
            if last > len(forms) or (best and last <= best.last):
                continue
            if not all(word.matches(morph, form) for word, form in zip(trig.phrase, forms[i:last])):
                continue
            keys = (trig.key,)
            if trig.particle:
                if trig.particle_key in withheld:
                    continue
                particle_end = _particle_end(lang, sent, last, trig)
                if particle_end is None:
                    continue
                if particle_end - len(trig.particle) == last:  # adjacent: `gik af`, `vette át`
                    last = particle_end
                    if best and last <= best.last:
                        continue
                keys += (trig.particle_key,)
            exception = trig.except_tags.tagged(morph, forms[i], withheld)
            if exception:
                if used is not None:
                    used.add(exception)
                continue
            context = _context(lang, sent, i, last, trig, withheld)
            if context is None or entities.overlaps(sent.spans[i][0], sent.spans[last - 1][1]):
                continue
            best = Match(i, last, trig, keys + (context,) if context else keys)
        if best:
            matches.append(best)
            i = best.last
        else:
            i += 1
    return matches
