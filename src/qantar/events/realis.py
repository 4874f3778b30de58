"""Realis: `other` when the trigger's clause carries a negation, modality, future, request or
hypothesis cue (per-language lists in events_realis.toml) before or on the trigger, else
`actual`.

Only cues up to the trigger count: negation, modals and future auxiliaries precede what
they govern (`nie działają`, `może oznaczać`), while a cue after a nominal trigger usually
belongs to another predicate (`Strzały na placu nie milkną`).
"""

from .lexicon import Language
from .sentences import Sentence


def cues(lang: Language, sent: Sentence, clause_start: int, last: int) -> list[str]:
    """The realis cue kinds found in tokens clause_start..last-1 (empty: actual)."""
    return [kind for kind, cue in lang.realis.items()
            if any(cue.at(lang.morph, sent.forms, i) for i in range(clause_start, last))]
