"""Names the KB does not know, proposed as low-confidence silver mentions.

A candidate is a run of capitalised words (hyphenated parts joined) that are not KB
matches, stop words, or - for a language with morphology - common words the dictionary
knows: a sentence-initial word with a common reading is dropped, and a lone capitalised
common word mid-sentence is not a name. Without morphology a lone sentence-initial word is
dropped. @handles and #hashtags are candidates of their own. The type is a guess: the
segment kind (credit lines are agencies), an organisation cue word, the morphology's
proper-name label, the word before the run (`[cues]`), then the word shape.
"""

from dataclasses import dataclass

from .. import langdata, morphology
from ..morphology import fold
from .matcher import Match
from .text import is_all_caps, is_capitalised, is_mixed_script, is_word
from .view import Sentence


@dataclass(frozen=True)
class _Word:
    index: int
    text: str
    unknown: bool     # the morphology does not know it
    common: bool      # the morphology has a common-word reading
    label_type: str | None


def _language_data(language: str) -> dict:
    return langdata.load(language, "entities")


def _stop(language: str, settings: dict) -> set[str]:
    return {fold(w) for w in [*settings.get("stop", []), *_language_data(language).get("stop", [])]}


def _describe(index: int, text: str, morph, labels: dict) -> _Word:
    if morph is None:
        return _Word(index, text, False, False, None)
    analyses = morph.analyse(text)
    unknown = not analyses
    common = any(a.lemma[:1].islower() for a in analyses)
    label_type = next((labels[label] for a in analyses for label in a.labels if label in labels), None)
    return _Word(index, text, unknown, common, label_type)


def _runs(sentence: Sentence, text: str, covered: set[int], stop: set[str]) -> list[list[int]]:
    """Token index runs of capitalised words, hyphens inside a run allowed."""
    runs, current = [], []
    toks = sentence.tokens
    for i, token in enumerate(toks):
        name_like = (i not in covered and is_word(token.text) and is_capitalised(token.text)
                     and token.text[0] not in "@#" and fold(token.text) not in stop
                     and not is_mixed_script(token.text))
        glued_hyphen = (token.text == "-" and current and i + 1 < len(toks)
                        and not sentence.gap(i - 1, i, text) and not sentence.gap(i, i + 1, text))
        joinable = not current or (sentence.gap(current[-1], i, text).strip() == ""
                                   and "\n" not in sentence.gap(current[-1], i, text))
        if (name_like and joinable) or glued_hyphen:
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = [i] if name_like else []
    if current:
        runs.append(current)
    trimmed = [_trim(run, toks) for run in runs]
    return [run for run in trimmed if run]


def _trim(run: list[int], toks) -> list[int]:
    while run and toks[run[-1]].text == "-":
        run = run[:-1]
    return run


def _filter(words: list[_Word], initial: int | None, has_morph: bool) -> list[_Word]:
    if words and words[0].index == initial:
        if (has_morph and words[0].common) or (not has_morph and len(words) == 1
                                               and not is_all_caps(words[0].text)):
            words = words[1:]
    content = [w for w in words if w.text != "-"]
    if len(content) == 1 and has_morph and content[0].common and not content[0].unknown \
            and content[0].label_type is None:
        return []
    return words if content else []


def _guess(words: list[_Word], sentence: Sentence, settings: dict, before: str | None, morph) -> str:
    content = [w for w in words if w.text != "-"]
    if sentence.kind in settings["credit_kinds"]:
        return settings["credit_type"]
    org_cues = {fold(c) for c in settings.get("org_cues", [])}
    if any(fold(w.text) in org_cues for w in content):
        return settings["org_cue_type"]
    labelled = next((w.label_type for w in content if w.label_type), None)
    if labelled:
        return labelled
    cues = {fold(k): v for k, v in _language_data(sentence.language).get("cues", {}).items()}
    if before is not None:
        keys = {fold(before)}
        if morph is not None:
            keys |= {fold(a.lemma) for a in morph.analyse(before)}
        cue = next((cues[k] for k in sorted(keys) if k in cues), None)
        if cue:
            return cue
    if len(content) == 1 and is_all_caps(content[0].text) and len(content[0].text) <= settings["max_acronym_length"]:
        return settings["acronym_type"]
    return settings["multiword_type"] if len(content) > 1 else settings["single_type"]


def find(sentence: Sentence, text: str, covered: set[int], settings: dict) -> list[Match]:
    """Candidate mentions in the sentence, avoiding the token indexes in `covered`."""
    morph = morphology.for_language(sentence.language).analyser
    labels = _language_data(sentence.language).get("proper_labels", {})
    stop = _stop(sentence.language, settings)
    conf = settings["confidence"]
    initial = sentence.first_word_index()
    found = []
    for run in _runs(sentence, text, covered, stop):
        words = _filter([_describe(i, sentence.tokens[i].text, morph, labels) for i in run], initial, morph is not None)
        if not words:
            continue
        first, last = words[0].index, words[-1].index
        before = next((sentence.tokens[i].text for i in range(first - 1, -1, -1)
                       if is_word(sentence.tokens[i].text)), None)
        if sentence.kind in settings["credit_kinds"]:
            confidence = conf["credit"]
        elif any(w.unknown for w in words):
            confidence = conf["candidate_unknown_word"]
        else:
            confidence = conf["candidate"]
        found.append(Match(sentence.tokens[first].start, sentence.tokens[last].end,
                           _guess(words, sentence, settings, before, morph), None, confidence, first, last + 1))
    found += _signs(sentence, covered, stop, settings)
    return found


def _signs(sentence: Sentence, covered: set[int], stop: set[str], settings: dict) -> list[Match]:
    """Unknown @handles and capitalised #hashtags."""
    out = []
    for i, token in enumerate(sentence.tokens):
        if i in covered or len(token.text) < 2 or token.text[0] not in "@#":
            continue
        body = token.text[1:]
        if fold(body) in stop or not is_word(body):
            continue
        if token.text[0] == "@":
            out.append(Match(token.start, token.end, settings["handle_type"], None,
                             settings["confidence"]["candidate"], i, i + 1))
        elif is_capitalised(body):
            out.append(Match(token.start, token.end, settings["hashtag_type"], None,
                             settings["confidence"]["candidate"], i, i + 1))
    return out
