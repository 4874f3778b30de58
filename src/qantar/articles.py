"""Reading raw article files: strict UTF-8 and the optional ` date YYYY-MM` header."""

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

# The seeds' header: a leading space, "date", a year-month, a space, then the text.
HEADER = re.compile(r"^ date (?P<published>\d{4}-\d{2}) ")


@dataclass(frozen=True)
class RawArticle:
    path: Path
    text: str  # the document text: the file without its header
    published: str | None  # the date as given by the header, if any


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
            f"{path}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 before adding it"
        ) from exc
    if content.startswith("\ufeff"):
        content = content[1:]
    match = HEADER.match(content)
    published = match.group("published") if match else None
    text = content[match.end():] if match else content
    if not text.strip():
        raise InputError(f"{path}: the article is empty")
    return RawArticle(path=path, text=text, published=published)
