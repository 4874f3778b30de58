"""The `timexes` layer: time expressions found by the rules of each paragraph's language
and normalized against the document creation time (DCT)."""

import datetime as dt

from ..errors import DataFileError
from . import normalize, resources, values

SOURCE = "qantar-timex-rules/1.0"
STATUS = "silver"


def _dct(doc: dict) -> dt.date | None:
    value = (doc.get("dct") or {}).get("value")
    return dt.date.fromisoformat(value) if value else None


def _candidates(text: str, start: int, end: int, language: str):
    """(start, end, rule order, rule, match) for every rule match inside text[start:end]
    (the resources leave withheld rules and forms out): the finder locates each position
    where some rule matches, every rule is tried there."""
    rule_set = resources.rule_set(language)
    if rule_set.finder is None:
        return
    pos = start
    while (found := rule_set.finder.search(text, pos, end)) is not None:
        at = found.start()
        for order, rule in enumerate(rule_set.rules):
            match = rule.regex.match(text, at, end)
            if match:
                yield at, match.end(), order, rule, match
        pos = at + 1


def _select(candidates) -> list:
    """Longest matches first, earlier rules on ties; no two kept matches overlap."""
    kept = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if all(cand[1] <= k[0] or k[1] <= cand[0] for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c[0])


def _groups(rule: resources.Rule, match) -> dict[str, str]:
    groups = {}
    for name, text in match.groupdict().items():
        if text is None:
            continue
        word_list = rule.group_lists.get(name)
        groups[name] = word_list.normalize(text) if word_list else text
    return groups


def _annotation(doc: dict, rule: resources.Rule, match, anchors: normalize.Anchors) -> dict | None:
    """The timex of a match; None when its numbers name no calendar day."""
    groups = _groups(rule, match)
    try:
        result = normalize.evaluate(rule.value, groups, anchors)
    except normalize.NotADate:
        return None
    except normalize.ExpressionError as exc:
        raise DataFileError(
            f"{rule.where()}: document {doc['id']}: cannot normalize {match[0]!r}: {exc}") from exc
    mod = rule.mod
    if mod and mod.startswith("{"):
        mod = groups.get(mod[1:-1])
    start, end = match.start(), match.end()
    return {
        "id": f"tx-{start}-{end}",
        "start": start,
        "end": end,
        "text": doc["text"][start:end],
        "type": rule.timex_type,
        "value": result.value,
        "mod": mod or None,
        "range_begin": result.range_begin,
        "range_end": result.range_end,
        "anchor": result.anchor,
        "status": STATUS,
        "source": SOURCE,
        "confidence": rule.confidence,
    }


def _matches(doc: dict):
    """(segment, rule, match) of every kept rule match, paragraph by paragraph."""
    for segment in doc["segments"]:
        for *_, rule, match in _select(_candidates(doc["text"], segment["start"], segment["end"], segment["language"])):
            yield segment, rule, match


def _keys(rule: resources.Rule, match) -> set[str]:
    """The knowledge keys of a match: its rule's and those of the list forms it matched
    (generated items have none)."""
    found = {rule.key} if rule.key else set()
    for group, word_list in rule.group_lists.items():
        text = match[group]
        if text is not None and word_list.keys:
            key = word_list.key(text)
            if key:
                found.add(key)
    return found


def knowledge_used(doc: dict) -> set[str]:
    return annotate_with_knowledge(doc)[1]


def annotate(doc: dict) -> list[dict]:
    """The time expressions of `doc`, each paragraph read with its own language's rules."""
    return annotate_with_knowledge(doc)[0]


def annotate_with_knowledge(doc: dict) -> tuple[list[dict], set[str]]:
    """The time expressions of `doc` and the keys of the hand-written rules and list forms
    behind its rule matches (for qantar.holdout), whatever paragraph language they served,
    from one pass of the matching."""
    dct = _dct(doc)
    out, used, paragraph = [], set(), None
    for segment, rule, match in _matches(doc):
        used |= _keys(rule, match)
        if segment is not paragraph:
            paragraph, anchors = segment, normalize.Anchors(dct)
        timex = _annotation(doc, rule, match, anchors)
        if timex is None:
            continue
        out.append(timex)
        day = values.day_of(timex["value"])
        if day:  # later day parts and clock times in the paragraph hang on this day
            anchors = normalize.Anchors(dct, day, timex["id"])
    return out, used
