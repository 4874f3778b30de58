"""Clauses of a sentence, for realis cues and for arguments scoped to the trigger's clause.

A clause starts after clause punctuation (shared data, lang/xx/events.toml) or at a
clause-opening word (per language, events_realis.toml: `że`, `ότι`, `at`, `that`) and ends
before the next one; an opener belongs to the clause it opens, so `jeśli`/`if` can be a
cue of its own clause.

The trigger's part of the sentence is wider: only the openers of a reported or relative
clause (`że`, `at`, `that`; `który`, `som`, `where`: events_roles.toml) and dashes or colons
bound it, not commas or other conjunctions, so a time or place set off by commas still
counts (`Le tir, survenu le 27 juin`) while the day a report was made (`policie ve čtvrtek
oznámila, že ... zatkla`) and the date line of a quoted post (`... — name (@handle)
January 6, 2022`) do not. A relative clause right after the trigger describes it and
stays in its part (`Stan wyjątkowy, który Tokajew w środę rozszerzył`). After the trigger, a
comma and any clause opener end the part too (`au protestat ..., iar seara ...`), while a
time set before a trigger reaches into the clauses that follow (`Την Τρίτη η αστυνομία
συνέλαβε ..., ενώ ... τραυματίστηκαν`). A trigger
inside a relative clause reaches back into the clause it hangs on (`in Almaty, where crowds
stormed`, `samme dag som demonstranter stormet`, `W poniedziałek w Rzeszowie zatrzymano
dwóch mężczyzn, którzy podpalili opony`) but not past the relative clause's end.

The boundaries of a sentence are found once (a sentence holds several triggers) and looked
up by bisection for each trigger.
"""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .frames import Frames
from .lexicon import Cues, Language
from .sentences import Sentence


@dataclass(frozen=True)
class Clause:
    start: int  # first token
    end: int  # one past the last token
    part_start: int  # first token of the trigger's part of the sentence
    part_end: int  # one past its last token
    keys: tuple  # knowledge keys of the clause openers that bound them


def _boundary(frames: Frames, sent: Sentence, i: int, hard: bool) -> bool:
    """Whether token i is clause punctuation (`hard`: only a dash or a colon)."""
    form = sent.forms[i]
    if form in frames.spaced_punctuation:
        return i > 0 and sent.spans[i - 1][1] < sent.spans[i][0]
    return form in (frames.part_punctuation if hard else frames.clause_punctuation)


def _boundaries(frames: Frames, sent: Sentence, hard: bool) -> list[int]:
    """The token indices of the sentence's clause punctuation, in order (memoised)."""
    memo = ("punctuation", hard)
    if memo not in sent.memo:
        sent.memo[memo] = [i for i in range(len(sent.forms)) if _boundary(frames, sent, i, hard)]
    return sent.memo[memo]


def _openers(lang: Language, sent: Sentence, openers: Cues, withheld) -> tuple[list[int], dict]:
    """The token indices where one of `openers` stands, in order, and their keys (memoised)."""
    memo = ("openers", id(openers))
    if memo not in sent.memo:
        keys = {}
        for i in range(len(sent.forms)):
            key = openers.at(lang.morph, sent.forms, i, withheld)
            if key:
                keys[i] = key
        sent.memo[memo] = (sorted(keys), keys)
    return sent.memo[memo]


def _last_at_or_before(indices: list[int], i: int) -> int:
    """The last index <= i, or -1."""
    at = bisect_right(indices, i)
    return indices[at - 1] if at else -1


def _first_at_or_after(indices: list[int], i: int, default: int) -> int:
    at = bisect_left(indices, i)
    return indices[at] if at < len(indices) else default


def clause(lang: Language, frames: Frames, sent: Sentence, first: int, last: int, withheld=frozenset()) -> Clause:
    """The clause holding tokens first..last-1, and its part of the sentence."""
    size = len(sent.forms)
    soft, hard = _boundaries(frames, sent, False), _boundaries(frames, sent, True)
    openers, opener_keys = _openers(lang, sent, lang.clause_openers, withheld)
    reported, reported_keys = _openers(lang, sent, lang.reported, withheld)
    relative, relative_keys = _openers(lang, sent, lang.relative, withheld)
    keys = set()

    # the clause: from after the last punctuation or at the last opener up to the trigger ...
    lo = max(_last_at_or_before(soft, first - 1) + 1, _last_at_or_before(openers, first), 0)
    hi = min(_first_at_or_after(soft, last, size), _first_at_or_after(openers, last, size))
    keys.update(opener_keys[i] for i in (lo, hi) if i in opener_keys)

    # ... its part: back to a dash, a colon or a reported clause's opener; a relative opener
    # on the way puts the trigger in a relative clause
    part_lo = max(_last_at_or_before(hard, first - 1) + 1, _last_at_or_before(reported, first), 0)
    keys.update(reported_keys[i] for i in (part_lo,) if i in reported_keys)
    inside = relative[bisect_right(relative, part_lo):bisect_right(relative, first)]
    keys.update(relative_keys[i] for i in inside)

    def describes_trigger(i: int) -> bool:
        """Token i opens a relative clause on the trigger: right after it, or after a comma."""
        return i == last or (i == last + 1 and sent.forms[last] == ",")

    def ends_part(i: int) -> bool:
        if i in reported_keys or i in relative_keys:
            return not describes_trigger(i)
        # a comma and a clause opener start another clause (`, iar seara ...`, `, ενώ`)
        return sent.forms[i] == "," and i + 1 in opener_keys and not describes_trigger(i + 1)

    part_hi = _first_at_or_after(hard, last, size)
    stops = sorted(i for i in set(reported) | set(relative) | {o - 1 for o in openers} if last <= i < part_hi)
    for i in stops:
        if ends_part(i):
            keys.add(reported_keys.get(i) or relative_keys.get(i) or opener_keys[i + 1])
            part_hi = i
            break
    if inside:  # a relative clause ends at clause punctuation: what follows is the main clause's
        part_hi = min(part_hi, _first_at_or_after(soft, last, size))
    return Clause(lo, hi, part_lo, part_hi, tuple(sorted(keys)))
