"""Realis: `other` when the trigger's clause carries a negation, modality, future,
conditional or request cue (per-language lists in events_realis.toml) before or on the
trigger, else `actual`. Reported speech is `actual` unless it carries one of those (a hedged
`angiveligt stormet` is reported as having happened: annotation/GUIDELINES.md); what a
report says will happen is caught by the future and conditional cues of its clause.

A verb trigger can carry its own future or conditional (`enviará`, `invierà`, `enverra`): the
endings of events_realis.toml, matched on the trigger's words with their accents. In the
verb-second languages the negation follows the finite verb (`politiet anholdt ikke`,
`verhaftete nicht`): the `following` words count right after the trigger, unless a
`following_unless_before` word comes next (`verhaftete nicht nur`: not only).

Only cues up to the trigger count: negation, modals and future auxiliaries precede what
they govern (`nie działają`, `może oznaczać`), while a cue after a nominal trigger usually
belongs to another predicate (`Strzały na placu nie milkną`).
"""

from ..morphology import fold
from .lexicon import Language
from .sentences import Sentence


def cues(lang: Language, sent: Sentence, clause_start: int, first: int, last: int, noun: bool = False,
         withheld=frozenset()) -> list[str]:
    """The knowledge keys of the realis cues found in tokens clause_start..last-1, of the
    endings of the trigger's words first..last-1 and of the word right after it, unless the
    trigger is known to be a `noun` (`seit Beginn der Unruhen nicht geäußert`) (empty: actual)."""
    found = []
    for form in sent.forms[first:last]:
        folded = fold(form, accents=False)
        for ending, key in lang.realis_endings:
            if folded.endswith(ending) and len(folded) > len(ending) + 2 and key not in withheld:
                found.append(key)
                break
    if last < len(sent.forms) and not noun:
        key, unless = lang.realis_following.get(lang.morph.fold(sent.forms[last]), (None, ()))
        after = lang.morph.fold(sent.forms[last + 1]) if last + 1 < len(sent.forms) else ""
        if key and key not in withheld and after not in unless:
            found.append(key)
    for cue in lang.realis.values():
        for i in range(clause_start, last):
            key = cue.at(lang.morph, sent.forms, i, withheld)
            if key:
                found.append(key)
                break
    return found
