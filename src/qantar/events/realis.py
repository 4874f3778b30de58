"""Realis: `other` when the trigger's clause carries a negation, modality, future,
conditional or request cue (per-language lists in events_realis.toml) before or on the
trigger, else `actual`. Reported speech is `actual` unless it carries one of those (a hedged
`angiveligt stormet` is reported as having happened: annotation/GUIDELINES.md); what a
report says will happen is caught by the future and conditional cues of its clause.

Only cues up to the trigger count: negation, modals and future auxiliaries precede what
they govern (`nie działają`, `może oznaczać`), while a cue after a nominal trigger usually
belongs to another predicate (`Strzały na placu nie milkną`).
"""

from .lexicon import Language
from .sentences import Sentence


def cues(lang: Language, sent: Sentence, clause_start: int, last: int, withheld=frozenset()) -> list[str]:
    """The knowledge keys of the realis cues found in tokens clause_start..last-1 (empty: actual)."""
    found = []
    for cue in lang.realis.values():
        for i in range(clause_start, last):
            key = cue.at(lang.morph, sent.forms, i, withheld)
            if key:
                found.append(key)
                break
    return found
