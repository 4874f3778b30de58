"""Trigger matching: lexicon phrases over a sentence's tokens, longest match first.

A trigger needing context (`stigning` is a PriceChange only near a price word) matches only
when a context word stands within its window. Tokens inside a named entity are not
triggers (`Rada Bezpieczeństwa` names a body, not an event).
"""

from dataclasses import dataclass

from .. import holdout
from .lexicon import Language, Trigger
from .sentences import Sentence


@dataclass(frozen=True)
class Match:
    first: int  # token index of the trigger's first token
    last: int  # token index one past its last token
    trigger: Trigger


def knowledge_key(lang: Language, trig: Trigger) -> str:
    """The trigger's key for leave-one-article-out evaluation (qantar.holdout)."""
    return f"trigger:{lang.code}:{trig.order}"


def _context_ok(lang: Language, sent: Sentence, first: int, last: int, trig: Trigger) -> bool:
    if not trig.context.phrases:
        return True
    lo = first - trig.context_window if trig.context_side != "after" else last
    hi = last + trig.context_window if trig.context_side != "before" else first
    return any(
        trig.context.at(lang.morph, sent.forms, i)
        for i in range(max(lo, 0), min(hi, len(sent.forms)))
        if not first <= i < last
    )


def _in_entity(sent: Sentence, first: int, last: int, entity_spans: list) -> bool:
    start, end = sent.spans[first][0], sent.spans[last - 1][1]
    return any(s < end and start < e for s, e in entity_spans)


def find(lang: Language, sent: Sentence, entity_spans: list) -> list[Match]:
    """Non-overlapping trigger matches of a sentence, left to right; at each position the
    longest phrase wins (`stan wyjątkowy` over `stan`)."""
    morph, forms = lang.morph, sent.forms
    matches, i = [], 0
    while i < len(forms):
        best = None
        for trig in lang.candidates(forms[i]):
            if holdout.is_withheld(knowledge_key(lang, trig)):
                continue
            last = i + len(trig.phrase)
            if last > len(forms) or (best and last <= best.last):
                continue
            if all(word.matches(morph, form) for word, form in zip(trig.phrase, forms[i:last])) \
                    and not trig.except_tags.tagged(morph, forms[i]) \
                    and _context_ok(lang, sent, i, last, trig) and not _in_entity(sent, i, last, entity_spans):
                best = Match(i, last, trig)
        if best:
            matches.append(best)
            i = best.last
        else:
            i += 1
    return matches
