"""The `timexes` layer: time expressions found by the rules of each paragraph's language
and normalized against the document creation time (DCT).

An embedded social-media post is read against its own date (the absolute date it ends
with, `— Name (@handle) February 7, 2024`), not the article's: its "tonight" is the
post's night."""

import bisect
import datetime as dt
import re
from dataclasses import replace

from ..errors import DataFileError
from . import normalize, resources, values

SOURCE = "qantar-timex-rules/1.0"
UNTIL = "ON_OR_BEFORE"
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
    mod = rule.mod
    if mod and mod.startswith("{"):
        mod = groups.get(mod[1:-1])
    if mod == UNTIL:  # "flights cancelled until Friday": a bound ahead of the DCT
        anchors = replace(anchors, future=True)
    try:
        result = normalize.evaluate(rule.value, groups, anchors)
    except normalize.NotADate:
        return None
    except normalize.ExpressionError as exc:
        raise DataFileError(
            f"{rule.where()}: document {doc['id']}: cannot normalize {match[0]!r}: {exc}") from exc
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


_READS_TENSE = {"weekday", "weekend"}  # the value functions a future cue changes
_CLAUSE_MARKS = (",", ";", ":", "«", "»", '"', "“", "”", "„", "(", ")", " – ", " — ")


def _future_cue(doc: dict, segment: dict, rule_set: resources.RuleSet, rule: resources.Rule, match):
    """The future cue (`will`, `skal`, `on määrä`) before a match whose value reads a weekday
    or a weekend, in its sentence, if there is one; else None. Only a cue before the weekday counts: in
    "said on Monday that he will resign" the future is another clause's, and so it is across
    a comma, a colon or a quotation mark."""
    if rule_set.future_cue_finder is None or not _READS_TENSE & normalize.calls(rule.value):
        return None
    sentences = doc.get("sentences") or []
    at = bisect.bisect_right([s["start"] for s in sentences], match.start()) - 1
    if at >= 0 and match.start() < sentences[at]["end"]:
        start = sentences[at]["start"]
    else:  # no sentence layer: the paragraph is the sentence
        start = segment["start"]
    text = doc["text"]
    clause = max(text.rfind(mark, start, match.start()) for mark in _CLAUSE_MARKS) + 1
    return rule_set.future_cue_finder.search(text, max(start, clause), match.start())


def _matches(doc: dict):
    """(segment, rule, match, future cue or None) of every kept rule match, paragraph by
    paragraph."""
    for segment in doc["segments"]:
        rule_set = resources.rule_set(segment["language"])
        for *_, rule, match in _select(_candidates(doc["text"], segment["start"], segment["end"], segment["language"])):
            yield segment, rule, match, _future_cue(doc, segment, rule_set, rule, match)


def _keys(segment: dict, rule: resources.Rule, match, cue) -> set[str]:
    """The knowledge keys of a match: its rule's, those of the list forms it matched and
    of the future cue that resolved it (generated items have none)."""
    found = {rule.key} if rule.key else set()
    if cue is not None:
        key = resources.rule_set(segment["language"]).future_cue.key(cue[0])
        if key:
            found.add(key)
    for group, word_list in rule.group_lists.items():
        text = match[group]
        if text is not None and word_list.keys:
            key = word_list.key(text)
            if key:
                found.add(key)
    return found


def knowledge_used(doc: dict) -> set[str]:
    return annotate_with_knowledge(doc)[1]


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _post_date(doc: dict, matches: list) -> dt.date | None:
    """The date an embedded post ends with: the last absolute day in it, if any."""
    for _segment, rule, match, _cue in reversed(matches):
        timex = _annotation(doc, rule, match, normalize.Anchors(None))
        if timex and _FULL_DATE.fullmatch(timex["value"]):
            return dt.date.fromisoformat(timex["value"])
    return None


def annotate(doc: dict) -> list[dict]:
    """The time expressions of `doc`, each paragraph read with its own language's rules."""
    return annotate_with_knowledge(doc)[0]


def annotate_with_knowledge(doc: dict) -> tuple[list[dict], set[str]]:
    """The time expressions of `doc` and the keys of the hand-written rules, list forms and
    future cues behind its rule matches (for qantar.holdout), whatever paragraph language they
    served, from one pass of the matching."""
    dct = _dct(doc)
    out, used, paragraph, matches = [], set(), None, list(_matches(doc))
    for index, (segment, rule, match, cue) in enumerate(matches):
        used |= _keys(segment, rule, match, cue)
        if segment is not paragraph:
            paragraph, own_dct = segment, dct
            if segment.get("kind") == "social_post":
                own_dct = _post_date(doc, [m for m in matches[index:] if m[0] is segment]) or dct
            anchors = normalize.Anchors(own_dct)
        timex = _annotation(doc, rule, match, replace(anchors, future=cue is not None))
        if timex is None:
            continue
        out.append(timex)
        day = values.day_of(timex["value"])
        if day:  # later day parts and clock times in the paragraph hang on this day
            anchors = normalize.Anchors(own_dct, day, timex["id"])
    return out, used
