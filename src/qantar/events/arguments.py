"""Argument linking: the entity mentions and time expressions of the trigger's sentence that
fill the roles of its event type.

A mention is a candidate for a role when its label is in the role's frame (lang/xx), it
stands on the frame's side of the trigger, within `max_distance` tokens, inside the
trigger's clause for roles scoped to it (agent, patient: the agency in "TASS przekazała,
że ... próbowało wtargnąć" is no agent) and in its part of the sentence for the others
(qantar.events.clauses: the day of the report in `ve čtvrtek oznámila, že ... zatkla` is
not the day of the arrests), and (for roles
whose frame requires it) carries a role cue of its language: a word right before it
(`w`, `στο`, `i`, `in`), a case ending or an analyser case tag on its last word. An age
(`52-årige`, a duration in years) is no event's time. The score is the cue weight (when
cued) plus 1/(1 + distance); the best pairs are taken greedily, each mention filling at
most one role, each role at most its `max` mentions (of each label, for the time: a
date, a time of day and a duration). A candidate joined to a mention
already taken by a list comma or a conjunction of the language (`v Almaty a v
Mangystauské oblasti`, `Hviderusland, Tadsjikistan og Kirgisistan`) fills the same role
too, whatever the `max`: a list names several, a second name elsewhere in the sentence
is usually another place (the country after the city, the dateline). A noun trigger
governed by a preposition (`protests against the price rise`) is another predicate's
object: it keeps only the cued mentions after it (`after the riots in Almaty`). A possessive
name whose noun is named by an apposition (`in Kazakhstan's largest city, Almaty`) is no
argument: the apposition takes the cue before the possessive. A frame's bridge class lets a
mention stand farther before the trigger across one of its words (`Mamin announced his
resignation`: the subject of `announced`).
"""

from dataclasses import dataclass

from .clauses import Clause
from .frames import Frames, RoleFrame
from .lexicon import Language, RoleCues
from .sentences import Sentence


def frame_key(event_type: str, role: str) -> str:
    """The knowledge key of a role frame (shared by all languages: no language in it)."""
    return f"xx/events.toml:{event_type}.{role}"


AGE_KEY = "xx/events.toml:age_units"


@dataclass(frozen=True)
class Candidate:
    score: float
    start: int  # character offset: ties go to the earlier mention
    role: str
    ref: str
    label: str
    first: int  # token range of the mention
    last: int
    cue: str | None  # knowledge key of its role cue
    in_scope: bool  # inside the role's scope; outside its clause, it can only be an item of a list
    # key of the word that let it in: the possessive whose cue it took (see appositions),
    # the announcing verb whose subject it is (`Mamin announced his resignation`)
    via: str | None = None


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


APPOSITION_HEAD = 3  # words of the noun a possessive modifies: `største by`, `largest city`


def _possessive(lang: Language, sent: Sentence, last: int, withheld) -> tuple[int, str] | None:
    """(token after it, key) when the mention ending at `last` is a possessive, or None."""
    if last < len(sent.forms):
        key = lang.possessive.at(lang.morph, sent.forms, last, withheld)
        if key:
            return last + 1, key
    folded = lang.morph.fold(sent.forms[last - 1])
    for ending, key in lang.possessive_endings:
        if folded.endswith(ending) and key not in withheld:
            return last, key
    return None


def appositions(lang: Language, sent: Sentence, withheld) -> dict:
    """Possessive mention's first token -> (first token of the mention in apposition to the
    noun it modifies, key of the possessive): `i Kasakhstans største by, Almaty`. A
    preposition before the possessive governs that noun, and so the mention naming it: the
    possessive is a modifier (the country is not where the storming was)."""
    starts = {sent.mention_tokens(m)[0] for m in sent.mentions}
    found = {}
    for mention in sent.mentions:
        first, last = sent.mention_tokens(mention)
        possessive = _possessive(lang, sent, last, withheld)
        if not possessive:
            continue
        after = possessive[0]
        for comma in range(after + 1, min(after + APPOSITION_HEAD + 1, len(sent.forms) - 1)):
            if sent.forms[comma] == ",":
                if comma + 1 in starts and all(any(ch.isalnum() for ch in f) for f in sent.forms[after:comma]):
                    found[first] = (comma + 1, possessive[1])
                break
    return found


def _bridge(lang: Language, sent: Sentence, frame: RoleFrame, last: int, trig_first: int, withheld) -> str | None:
    """The key of a word of the frame's bridge class between a mention ending at `last` and
    the trigger, when they are at most `bridge_within` tokens apart, or None."""
    bridge = lang.classes.get(frame.before_bridge) if frame.before_bridge else None
    if bridge is None or trig_first - last > frame.bridge_within:
        return None
    return next((key for i in range(last, trig_first) if (key := bridge.at(lang.morph, sent.forms, i, withheld))), None)


def _too_far_before(frame: RoleFrame, last: int, trig_first: int) -> bool:
    return last <= trig_first and frame.before_within is not None and trig_first - last > frame.before_within


def _placed(frame: RoleFrame, first: int, last: int, trig_first: int, trig_last: int, bridged: bool) -> bool:
    if _too_far_before(frame, last, trig_first) and not bridged:
        return False
    if frame.position == "before":
        return last <= trig_first
    if frame.position == "after":
        return first >= trig_last
    return True


def _joined(lang: Language, sent: Sentence, cues: RoleCues | None, left: Candidate, right: Candidate,
            withheld) -> list[str] | None:
    """The keys of the conjunctions joining two mentions as items of one list (the tokens
    between them are list commas, conjunctions and role cues: `, à`, `a v`, `και στην`), or None."""
    end, keys = right.first, []
    while end > left.last:
        conjunction = lang.coordinators.longest_ending_at(lang.morph, sent.forms, end, withheld)
        cue = cues.before.longest_ending_at(lang.morph, sent.forms, end, withheld) if cues else None
        if conjunction and end - conjunction[0] >= left.last:
            end -= conjunction[0]
            keys.append(conjunction[1])
        elif cue and end - cue[0] >= left.last:
            end -= cue[0]
        elif sent.forms[end - 1] == ",":
            end -= 1
        else:
            return None
    if not keys and right.last < len(sent.forms) and sent.forms[right.last] != "," \
            and not lang.coordinators.at(lang.morph, sent.forms, right.last, withheld):
        return None  # commas alone, and no list going on: an apposition (`Almaty, Kasakhstans største by`)
    return keys


def embedding(lang: Language, frames: Frames, sent: Sentence, trig_first: int, withheld=frozenset()) -> str | None:
    """The key of a preposition that governs the trigger (`gegen die Verdopplung`), or None."""
    covered = set()
    for mention in sent.mentions:
        covered.update(range(*sent.mention_tokens(mention)))
    for end in range(trig_first, max(trig_first - frames.embedding_window, 0) - 1, -1):
        if end < trig_first and (end in covered or not any(c.isalnum() for c in sent.forms[end])):
            return None
        key = lang.embedding.phrase_ending_at(lang.morph, sent.forms, end, withheld)
        if key:
            return key
    return None


def _candidates(lang: Language, frames: Frames, sent: Sentence, role_frames: dict, trigger: tuple[int, int],
                clause: Clause, embedded: str | None, withheld, used) -> list[Candidate]:
    trig_first, trig_last = trigger
    trig_start, trig_end = sent.spans[trig_first][0], sent.spans[trig_last - 1][1]
    found = []
    appositive = appositions(lang, sent, withheld)
    moved = {head: (poss_first, key) for poss_first, (head, key) in appositive.items()}
    for mention in sent.mentions:
        if mention["start"] < trig_end and trig_start < mention["end"]:
            continue  # a mention overlapping the trigger is not its argument
        first, last = sent.mention_tokens(mention)
        distance = trig_first - last if last <= trig_first else first - trig_last
        if distance > frames.max_distance:
            continue
        for role, frame in role_frames.items():
            if mention["type"] not in frame.labels:
                continue
            bridge = _bridge(lang, sent, frame, last, trig_first, withheld) \
                if _too_far_before(frame, last, trig_first) else None
            if not _placed(frame, first, last, trig_first, trig_last, bool(bridge)):
                continue
            if not (clause.part_start <= first and last <= clause.part_end):
                continue
            in_scope = frame.scope != "clause" or (clause.start <= first and last <= clause.end)
            if AGE_KEY not in withheld and frames.is_age(mention):
                if used is not None:
                    used.add(AGE_KEY)
                continue
            if first in appositive:
                continue  # a possessive modifier: its noun, named by the apposition, is the argument
            cue_first, possessive = moved.get(first, (first, None))
            cue = _cue(lang, sent, lang.roles.get(role), cue_first, last, withheld)
            if frame.cue == "required" and not cue:
                continue
            if embedded and not (cue and first >= trig_last):
                if used is not None:
                    used.add(embedded)
                continue
            found.append(Candidate(frames.cue_weight * bool(cue) + 1 / (1 + distance), mention["start"], role,
                                   mention["id"], mention["type"], first, last, cue, in_scope,
                                   possessive if cue and cue_first != first else bridge))
    return found


def link(lang: Language, frames: Frames, sent: Sentence, event_type: str, trigger: tuple[int, int],
         clause: Clause, embedded: str | None = None, withheld=frozenset(), used=None) -> list[dict]:
    """[{role, ref}] for the trigger at token range `trigger` in `clause` (`embedded`: the key
    of the preposition governing it, see `embedding`), in role order of the frame, then text
    order. `used` (a set) receives the knowledge keys of the frames, cues and conjunctions of
    the arguments found."""
    role_frames = {role: frame for role, frame in frames.roles[event_type].items()
                   if frame_key(event_type, role) not in withheld}
    candidates = _candidates(lang, frames, sent, role_frames, trigger, clause, embedded, withheld, used)
    taken, chosen, keys = set(), [], set()

    def take(cand: Candidate):
        taken.add(cand.ref)
        chosen.append(cand)
        keys.add(frame_key(event_type, cand.role))
        keys.update(key for key in (cand.cue, cand.via) if key)

    def room(cand: Candidate) -> bool:
        frame = role_frames[cand.role]
        return sum(c.role == cand.role and (c.label == cand.label or not frame.per_label) for c in chosen) < frame.max

    for cand in sorted(candidates, key=lambda c: (-c.score, c.start, c.role)):
        if cand.in_scope and cand.ref not in taken and room(cand):
            take(cand)
    grown = True
    while grown:  # lists grow item by item: `Helsingin ... sekä Kotkan ja Turun`
        grown = False
        for cand in sorted(candidates, key=lambda c: c.start):
            if cand.ref in taken or not role_frames[cand.role].lists:
                continue
            cues = lang.roles.get(cand.role)
            for item in [c for c in chosen if c.role == cand.role]:
                pair = (item, cand) if item.last <= cand.first else (cand, item)
                joined = _joined(lang, sent, cues, *pair, withheld) if pair[0].last <= pair[1].first else None
                if joined is not None:
                    take(cand)
                    keys.update(joined)
                    grown = True
                    break
    if used is not None:
        used.update(keys)
    order = list(role_frames)
    return [{"role": c.role, "ref": c.ref} for c in sorted(chosen, key=lambda c: (order.index(c.role), c.start))]
