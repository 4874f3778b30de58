"""User-given values checked in one place: days and language codes (splits: qantar.splits).

Every command and every file reader (seeds/metadata.json, documents, corrections) turns
a raw value into a checked one through these functions, so one value gets the same
answer wherever it is given. `where` names the place (an option or a file and field).
"""

import datetime as dt
import re

import pycountry

from . import langdata
from .errors import InputError

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_CODE = re.compile(r"[A-Za-z]{2,3}")
DAY_EXAMPLE = "2022-01-05"


def calendar_problem(value: str) -> str | None:
    """Why a YYYY-MM-DD or YYYY-MM string names no calendar day or month, or None."""
    if _DAY.fullmatch(value):
        try:
            dt.date.fromisoformat(value)
        except ValueError as exc:
            return f"{value!r} is not a calendar date ({exc})"
    elif _MONTH.fullmatch(value) and not 1 <= int(value[5:]) <= 12:
        return f"{value!r} is not a calendar month (month must be in 1..12)"
    return None


def day(value, where: str) -> str:
    """A calendar day written YYYY-MM-DD, returned unchanged."""
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        raise InputError(f"{where}: {value!r} is not a date; expected YYYY-MM-DD, e.g. {DAY_EXAMPLE}")
    problem = calendar_problem(value)
    if problem:
        raise InputError(f"{where}: {problem}; expected YYYY-MM-DD, e.g. {DAY_EXAMPLE}")
    return value


def supported_languages() -> list[str]:
    """The languages with data files of their own under src/qantar/lang/."""
    return langdata.languages_with("text")


def _hint(value: str) -> str:
    """`; did you mean `pl` (Polish)?` for a language name or ISO 639-2/3 code, else ''."""
    try:
        found = pycountry.languages.lookup(value)
    except LookupError:
        return ""
    code = getattr(found, "alpha_2", None)
    return f"; did you mean `{code}` ({found.name})?" if code else ""


def language(value, where: str) -> str:
    """An ISO 639-1 code, lower-cased (`PL` -> `pl`)."""
    def expected() -> str:  # only for a message: listing the data folders costs a directory scan
        return f"expected an ISO 639-1 code such as {', '.join(supported_languages())}"

    if not isinstance(value, str) or not _CODE.fullmatch(value.strip()):
        raise InputError(f"{where}: {value!r} is not a language code; {expected()}"
                         + (_hint(value.strip()) if isinstance(value, str) else ""))
    code = value.strip().lower()
    if code == langdata.SHARED:
        raise InputError(f"{where}: {value!r} is not a language (`{langdata.SHARED}` is the folder of the data "
                         f"shared by all languages); {expected()}")
    if len(code) == 3 or pycountry.languages.get(alpha_2=code) is None:
        raise InputError(f"{where}: {value!r} is not an ISO 639-1 language code; {expected()}{_hint(code)}")
    return code


def language_notice(code: str) -> str | None:
    """What a document in a language without data files of its own gets, or None."""
    if code in supported_languages():
        return None
    known = pycountry.languages.get(alpha_2=code)
    if known is None:
        return (f"the document's language was not determined ({code}): give it with --language; paragraphs "
                f"not detected as one of {', '.join(supported_languages())} get only the shared rules")
    name = known.name
    supported = ", ".join(supported_languages())
    return (f"no data files for {code} ({name}) under src/qantar/lang/{code}/: paragraphs not detected as one of "
            f"{supported} get only the shared rules of lang/{langdata.SHARED}/ and knowledge-base names (no {name} "
            "word forms, time-expression or event-trigger rules)")

