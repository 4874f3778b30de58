"""Helpers for the time-expression tests."""

from qantar.ingest import from_text
from qantar.timex.annotator import annotate


def tag(text: str, language: str, dct: str | None = "2022-01-05", detected: bool = True) -> list[dict]:
    """The timexes of a one-language text (each paragraph in `language`). With `detected`,
    the paragraph language must be what ingest detects; without, it is set to `language`
    (for languages the detector is not asked about)."""
    dct_obj = {"value": dct, "source": "inferred", "evidence": "test"} if dct else None
    doc = from_text(text, "test", "test.txt", language=language, dct=dct_obj)
    if not detected:
        doc["segments"] = [{**seg, "language": language} for seg in doc["segments"]]
    assert {seg["language"] for seg in doc["segments"]} == {language}
    return annotate(doc)


def covering(doc: dict, phrase: str, occurrence: int = 0) -> dict:
    """The one timex whose span covers the `occurrence`-th appearance of `phrase`."""
    at = -1
    for _ in range(occurrence + 1):
        at = doc["text"].find(phrase, at + 1)
        assert at >= 0, f"{phrase!r} (#{occurrence}) is not in {doc['id']}"
    found = [t for t in doc["timexes"] if t["start"] <= at and at + len(phrase) <= t["end"]]
    assert len(found) == 1, f"{phrase!r} in {doc['id']}: covered by {found}"
    return found[0]
