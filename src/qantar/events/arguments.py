"""Argument linking: the entity mentions and time expressions of the trigger's sentence that
fill the roles of its event type.

A mention is a candidate for a role when its label is in the role's frame (lang/xx), it
stands on the frame's side of the trigger, within `max_distance` tokens and, for roles
scoped to the clause (agent, patient), inside the trigger's clause (so the agency in
"TASS przekazała, że ... próbowało wtargnąć" is no agent), and (for roles
whose frame requires it) carries a role cue of its language: a word right before it
(`w`, `στο`, `i`, `in`), a case ending or an analyser case tag on its last word. The score
is the cue weight (when cued) plus 1/(1 + distance); the best pairs are taken greedily,
each mention filling at most one role, each role at most its `max` mentions.
"""

from .frames import Frames, RoleFrame
from .lexicon import Language, RoleCues
from .sentences import Sentence


def _cued(lang: Language, sent: Sentence, cues: RoleCues | None, first: int, last: int) -> bool:
    if cues is None:
        return False
    final = sent.forms[last - 1]
    return (cues.before.phrase_ending_at(lang.morph, sent.forms, first)
            or lang.morph.fold(final).endswith(cues.endings or ("\0",))
            or cues.tags.tagged(lang.morph, final))


def _placed(frame: RoleFrame, first: int, last: int, trig_first: int, trig_last: int) -> bool:
    if frame.position == "before":
        return last <= trig_first
    if frame.position == "after":
        return first >= trig_last
    return True


def link(lang: Language, frames: Frames, sent: Sentence, event_type: str,
         trigger: tuple[int, int], clause: tuple[int, int]) -> list[dict]:
    """[{role, ref}] for the trigger at token range `trigger` whose clause is the token range
    `clause`, in role order of the frame, then text order."""
    trig_first, trig_last = trigger
    role_frames = frames.roles[event_type]
    trig_start, trig_end = sent.spans[trig_first][0], sent.spans[trig_last - 1][1]
    scored = []
    for mention in sent.mentions:
        if mention["start"] < trig_end and trig_start < mention["end"]:
            continue  # a mention overlapping the trigger is not its argument
        first, last = sent.mention_tokens(mention)
        distance = trig_first - last if last <= trig_first else first - trig_last
        if distance > frames.max_distance:
            continue
        for role, frame in role_frames.items():
            if mention["type"] not in frame.labels or not _placed(frame, first, last, trig_first, trig_last):
                continue
            if frame.scope == "clause" and not (clause[0] <= first and last <= clause[1]):
                continue
            cued = _cued(lang, sent, lang.roles.get(role), first, last)
            if frame.cue == "required" and not cued:
                continue
            scored.append((frames.cue_weight * cued + 1 / (1 + distance), mention["start"], role, mention["id"]))
    taken, filled, out = set(), {}, []
    for _score, start, role, ref in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if ref in taken or filled.get(role, 0) >= role_frames[role].max:
            continue
        taken.add(ref)
        filled[role] = filled.get(role, 0) + 1
        out.append((list(role_frames).index(role), start, role, ref))
    return [{"role": role, "ref": ref} for _order, _start, role, ref in sorted(out)]
