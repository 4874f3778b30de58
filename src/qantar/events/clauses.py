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
"""

from dataclasses import dataclass

from .frames import Frames
from .lexicon import Language
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


def clause(lang: Language, frames: Frames, sent: Sentence, first: int, last: int, withheld=frozenset()) -> Clause:
    """The clause holding tokens first..last-1, and its part of the sentence."""
    keys = set()

    def opens(i: int, openers) -> bool:
        key = openers.at(lang.morph, sent.forms, i, withheld)
        if key:
            keys.add(key)
        return bool(key)

    def describes_trigger(i: int) -> bool:
        """Token i opens a relative clause on the trigger: right after it, or after a comma."""
        return i == last or (i == last + 1 and sent.forms[last] == ",")

    lo = first
    while lo > 0 and not _boundary(frames, sent, lo - 1, False) and not opens(lo, lang.clause_openers):
        lo -= 1
    hi = last
    while hi < len(sent.forms) and not _boundary(frames, sent, hi, False) and not opens(hi, lang.clause_openers):
        hi += 1
    part_lo, in_relative = first, False
    while part_lo > 0 and not _boundary(frames, sent, part_lo - 1, True) and not opens(part_lo, lang.reported):
        in_relative = in_relative or opens(part_lo, lang.relative)
        part_lo -= 1
    def next_clause(i: int) -> bool:
        """A comma and a clause opener at token i start another clause (`, iar seara ...`, `, ενώ`)."""
        return sent.forms[i] == "," and i + 1 < len(sent.forms) and not describes_trigger(i + 1) \
            and opens(i + 1, lang.clause_openers)

    part_hi = last
    while part_hi < len(sent.forms) and not _boundary(frames, sent, part_hi, True) and not next_clause(part_hi) and (
            describes_trigger(part_hi) or not (opens(part_hi, lang.reported) or opens(part_hi, lang.relative))):
        part_hi += 1
    if in_relative:  # a relative clause ends at clause punctuation: what follows is the main clause's
        punctuation = last
        while punctuation < part_hi and not _boundary(frames, sent, punctuation, False):
            punctuation += 1
        part_hi = punctuation
    return Clause(lo, hi, part_lo, part_hi, tuple(sorted(keys)))
