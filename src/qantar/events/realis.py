"""Realis: `other` when the trigger's clause carries a negation, modality, future, request or
hypothesis cue (per-language lists in events_realis.toml), else `actual`.

The clause is the stretch of the sentence between clause punctuation (shared data) or
clause-opening words (per language: `że`, `ότι`, `at`, `that`) around the trigger; an
opener belongs to the clause it opens, so `jeśli`/`if` can be a cue of its own clause.
"""

from .frames import Frames
from .lexicon import Language
from .sentences import Sentence


def _boundary(frames: Frames, sent: Sentence, i: int) -> bool:
    form = sent.forms[i]
    if form in frames.spaced_punctuation:
        return i > 0 and sent.spans[i - 1][1] < sent.spans[i][0]
    return form in frames.clause_punctuation


def clause(lang: Language, frames: Frames, sent: Sentence, first: int, last: int) -> tuple[int, int]:
    """Token range [lo, hi) of the clause containing tokens first..last-1."""
    lo = first
    while lo > 0 and not _boundary(frames, sent, lo - 1) and not lang.clause_openers.at(lang.morph, sent.forms, lo):
        lo -= 1
    hi = last
    while hi < len(sent.forms) and not _boundary(frames, sent, hi) and not lang.clause_openers.at(lang.morph, sent.forms, hi):
        hi += 1
    return lo, hi


def cues(lang: Language, frames: Frames, sent: Sentence, first: int, last: int) -> list[str]:
    """The realis cue kinds found in the trigger's clause (empty: actual)."""
    lo, hi = clause(lang, frames, sent, first, last)
    return [kind for kind, cue in lang.realis.items()
            if any(cue.at(lang.morph, sent.forms, i) for i in range(lo, hi))]
