"""Clauses of a sentence, for realis cues and for arguments scoped to the trigger's clause.

A clause starts after clause punctuation (shared data, lang/xx/events.toml) or at a
clause-opening word (per language, events_realis.toml: `że`, `ότι`, `at`, `that`) and ends
before the next one; an opener belongs to the clause it opens, so `jeśli`/`if` can be a
cue of its own clause.
"""

from dataclasses import dataclass

from .frames import Frames
from .lexicon import Language
from .sentences import Sentence


@dataclass(frozen=True)
class Clause:
    start: int  # first token
    end: int  # one past the last token
    keys: tuple  # knowledge keys of the clause openers that bound it


def _boundary(frames: Frames, sent: Sentence, i: int) -> bool:
    form = sent.forms[i]
    if form in frames.spaced_punctuation:
        return i > 0 and sent.spans[i - 1][1] < sent.spans[i][0]
    return form in frames.clause_punctuation


def clause(lang: Language, frames: Frames, sent: Sentence, first: int, last: int, withheld=frozenset()) -> Clause:
    """The clause holding tokens first..last-1."""
    keys = []

    def opens(i: int) -> bool:
        key = lang.clause_openers.at(lang.morph, sent.forms, i, withheld)
        if key:
            keys.append(key)
        return bool(key)

    lo = first
    while lo > 0 and not _boundary(frames, sent, lo - 1) and not opens(lo):
        lo -= 1
    hi = last
    while hi < len(sent.forms) and not _boundary(frames, sent, hi) and not opens(hi):
        hi += 1
    return Clause(lo, hi, tuple(keys))
