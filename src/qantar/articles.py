"""Reading raw article files: strict UTF-8 and the optional ` date YYYY-MM` header.

Text is accepted only when every character is text: control characters other than tab,
newline and carriage return (NUL, form feed, escape, DEL...) and unpaired surrogates are
refused with their offset; a leading byte order mark is dropped.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from . import inputs
from .errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
BOM = "\ufeff"

# The seeds' header: a leading space, "date", a year-month, a space, then the text.
HEADER = re.compile(r"^ date (?P<published>\d{4}-\d{2}) ")


@dataclass(frozen=True)
class RawArticle:
    path: Path
    text: str  # the document text: the file without its header
    published: str | None  # the date as given by the header, if any


def first_non_text(text: str) -> int | None:
    """The index of the first control character or unpaired surrogate in `text`, or None."""
    found = _CONTROL.search(text)
    return found.start() if found else None


def describe(char: str) -> str:
    kind = "an unpaired surrogate" if "\ud800" <= char <= "\udfff" else "a control character"
    return f"{kind} U+{ord(char):04X}"


def check_text(text: str, where: str) -> None:
    """Refuse text holding a control character or an unpaired surrogate (character offset)."""
    index = first_non_text(text)
    if index is not None:
        raise InputError(f"{where}: {describe(text[index])} at character offset {index}; "
                         "article text may hold only printable characters, tab and line breaks")


def _decoding_problem(data: bytes, exc: UnicodeDecodeError) -> str:
    byte = data[exc.start]
    if byte == 0xED and exc.start + 1 < len(data) and 0xA0 <= data[exc.start + 1] <= 0xBF:
        return f"an encoded UTF-16 surrogate (bytes 0xed 0x{data[exc.start + 1]:02x} at byte offset {exc.start})"
    return f"byte 0x{byte:02x} at offset {exc.start}"


def read_article(path) -> RawArticle:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 ({_decoding_problem(data, exc)}); "
            "convert it to UTF-8 before adding it"
        ) from exc
    index = first_non_text(content)
    if index is not None:
        offset = len(content[:index].encode("utf-8"))
        raise InputError(f"{path}: {describe(content[index])} at byte offset {offset}; "
                         "an article may hold only printable characters, tab and line breaks")
    if content.startswith(BOM):
        content = content[1:]
    match = HEADER.match(content)
    published = match.group("published") if match else None
    if published and inputs.calendar_problem(published):
        raise InputError(f"{path}: header: {inputs.calendar_problem(published)}; expected ' date YYYY-MM '")
    text = content[match.end():] if match else content
    if not text.strip():
        raise InputError(f"{path}: the article is empty")
    return RawArticle(path=path, text=text, published=published)
