"""Role frames (lang/xx/events.toml): which labels fit which role of each event type, where
an argument may stand relative to its trigger, and the clause punctuation used by realis.

Language independent; per-language cue words live in lang/<code>/events_roles.toml.
"""

from dataclasses import dataclass
from functools import lru_cache

from .. import langdata, taxonomy
from ..errors import DataFileError
from ..paths import lang_dir

POSITIONS = ("before", "after", "any")
CUE_MODES = ("bonus", "required")
SCOPES = ("clause", "part")
FRAME_KEYS = {"labels", "position", "max", "cue", "scope", "lists", "per_label", "before_within", "before_bridge",
              "bridge_within"}


@dataclass(frozen=True)
class RoleFrame:
    labels: frozenset  # entity or time-expression types that may fill the role
    position: str  # where the mention stands relative to the trigger
    max: int  # how many mentions may fill the role
    cue: str  # "required": only mentions with a role cue; "bonus": a cue raises the score
    scope: str  # "clause": only mentions in the trigger's clause; "part": in its part of the sentence
    lists: bool  # whether mentions listed with a filled one fill the role too
    per_label: bool  # whether `max` counts each label apart (a date, a time of day, a duration)
    before_within: int | None  # at most this many tokens between a mention before the trigger and it
    # a word class (events_classes.toml) whose member between them lets a mention before the
    # trigger stand up to `bridge_within` tokens off: `Mamin announced his resignation`
    before_bridge: str | None = None
    bridge_within: int = 0


@dataclass(frozen=True)
class Frames:
    roles: dict  # event type -> {role: RoleFrame}, in data order
    max_distance: int  # tokens between trigger and argument
    cue_weight: float  # score of a role cue, against 1/(1+distance) for nearness
    clause_punctuation: frozenset
    spaced_punctuation: frozenset  # boundaries only with a space before (a dash, not a hyphen)
    part_punctuation: frozenset  # the clause punctuation that also bounds a part of the sentence
    age_units: frozenset  # units of a duration that is an age or a term of office, no event's time
    embedding_window: int  # tokens before a trigger in which a governing preposition makes it embedded

    def is_age(self, mention: dict) -> bool:
        """A duration counted in these units only (`P52Y` of `52-årige`): how old someone is or
        how long they governed, never how long a protest, curfew or shutdown lasted."""
        value = mention.get("value") or ""
        return mention["type"] == "DURATION" and value.startswith("P") and "T" not in value \
            and value[-1:] in self.age_units


def _frame(data: dict, where: str, tax) -> RoleFrame:
    unknown = set(data) - FRAME_KEYS
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}")
    labels = set(data.get("labels", []))
    bad = labels - set(tax.entity_types) - set(tax.timex_types)
    if bad:
        raise DataFileError(f"{where}: {sorted(bad)} are not entity or time-expression types")
    if data.get("position", "any") not in POSITIONS:
        raise DataFileError(f"{where}: position must be one of {POSITIONS}")
    if data.get("cue", "bonus") not in CUE_MODES:
        raise DataFileError(f"{where}: cue must be one of {CUE_MODES}")
    if data.get("scope", "part") not in SCOPES:
        raise DataFileError(f"{where}: scope must be one of {SCOPES}")
    return RoleFrame(frozenset(labels), data.get("position", "any"), int(data.get("max", 1)),
                     data.get("cue", "bonus"), data.get("scope", "part"), bool(data.get("lists", True)),
                     bool(data.get("per_label", False)),
                     int(data["before_within"]) if "before_within" in data else None,
                     data.get("before_bridge"), int(data.get("bridge_within", 0)))


@lru_cache(maxsize=1)
def load() -> Frames:
    data = langdata.shared("events")
    path = lang_dir() / langdata.SHARED / "events.toml"
    tax = taxonomy.load()
    defaults = data.get("defaults", {})
    types = data.get("types", {})
    unknown = (set(defaults) - set(tax.roles)) | set().union(*(set(r) - set(tax.roles) for r in types.values()))
    if unknown or set(types) - set(tax.event_types):
        raise DataFileError(f"{path}: unknown roles {sorted(unknown)} or event types {sorted(set(types) - set(tax.event_types))}")
    roles = {}
    for event_type in tax.event_types:
        merged = {role: dict(frame) for role, frame in defaults.items()}
        for role, frame in types.get(event_type, {}).items():
            merged.setdefault(role, {}).update(frame)
        roles[event_type] = {
            role: _frame(frame, f"{path}: [types.{event_type}.{role}]", tax)
            for role, frame in merged.items() if frame.get("labels")
        }
    try:
        return Frames(roles, int(data["max_distance"]), float(data["cue_weight"]),
                      frozenset(data["clause_punctuation"]), frozenset(data["spaced_punctuation"]),
                      frozenset(data["part_punctuation"]),
                      frozenset(data["age_units"]), int(data["embedding_window"]))
    except KeyError as exc:
        raise DataFileError(f"{path}: missing key {exc}") from exc
