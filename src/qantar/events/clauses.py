"""Clauses of a sentence, for realis cues and for arguments scoped to the trigger's clause.

A clause starts after clause punctuation (shared data, lang/xx/events.toml) or at a
clause-opening word (per language, events_realis.toml: `że`, `ότι`, `at`, `that`) and ends
before the next one; an opener belongs to the clause it opens, so `jeśli`/`if` can be a
cue of its own clause.
"""

from .frames import Frames
from .lexicon import Language
from .sentences import Sentence


def _boundary(frames: Frames, sent: Sentence, i: int) -> bool:
    form = sent.forms[i]
    if form in frames.spaced_punctuation:
        return i > 0 and sent.spans[i - 1][1] < sent.spans[i][0]
    return form in frames.clause_punctuation


def _opens(lang: Language, sent: Sentence, i: int) -> bool:
    return lang.clause_openers.at(lang.morph, sent.forms, i)


def clause(lang: Language, frames: Frames, sent: Sentence, first: int, last: int) -> tuple[int, int]:
    """Token range [lo, hi) of the clause holding tokens first..last-1."""
    lo = first
    while lo > 0 and not _boundary(frames, sent, lo - 1) and not _opens(lang, sent, lo):
        lo -= 1
    hi = last
    while hi < len(sent.forms) and not _boundary(frames, sent, hi) and not _opens(lang, sent, hi):
        hi += 1
    return lo, hi
