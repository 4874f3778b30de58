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

from .clauses import Clause
from .frames import Frames, RoleFrame
from .lexicon import Language, RoleCues
from .sentences import Sentence


def frame_key(event_type: str, role: str) -> str:
    """The knowledge key of a role frame (shared by all languages: no language in it)."""
    return f"xx/events.toml:{event_type}.{role}"


def _cue(lang: Language, sent: Sentence, cues: RoleCues | None, first: int, last: int, withheld) -> str | None:
    """The key of the role cue the mention at tokens first..last-1 carries, or None."""
    if cues is None:
        return None
    final = sent.forms[last - 1]
    key = cues.before.phrase_ending_at(lang.morph, sent.forms, first, withheld)
    if key:
        return key
    folded = lang.morph.fold(final)
    for ending, ending_key in cues.endings:
        if folded.endswith(ending) and ending_key not in withheld:
            return ending_key
    return cues.tags.tagged(lang.morph, final, withheld)


def _placed(frame: RoleFrame, first: int, last: int, trig_first: int, trig_last: int) -> bool:
    if frame.position == "before":
        return last <= trig_first
    if frame.position == "after":
        return first >= trig_last
    return True


def link(lang: Language, frames: Frames, sent: Sentence, event_type: str, trigger: tuple[int, int],
         clause: Clause, withheld=frozenset(), used=None) -> list[dict]:
    """[{role, ref}] for the trigger at token range `trigger` in `clause`, in role order of
    the frame, then text order. `used` (a set) receives the knowledge keys of the frames and
    cues of the arguments found."""
    trig_first, trig_last = trigger
    role_frames = {role: frame for role, frame in frames.roles[event_type].items()
                   if frame_key(event_type, role) not in withheld}
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
            if frame.scope == "clause" and not (clause.start <= first and last <= clause.end):
                continue
            cue = _cue(lang, sent, lang.roles.get(role), first, last, withheld)
            if frame.cue == "required" and not cue:
                continue
            scored.append((frames.cue_weight * bool(cue) + 1 / (1 + distance), mention["start"], role, mention["id"], cue))
    taken, filled, out = set(), {}, []
    for _score, start, role, ref, cue in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if ref in taken or filled.get(role, 0) >= role_frames[role].max:
            continue
        taken.add(ref)
        filled[role] = filled.get(role, 0) + 1
        out.append((list(role_frames).index(role), start, role, ref))
        if used is not None:
            used.add(frame_key(event_type, role))
            if cue:
                used.add(cue)
    return [{"role": role, "ref": ref} for _order, _start, role, ref in sorted(out)]
