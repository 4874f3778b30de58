"""The article list an engine maps over: where each article's file is and its metadata."""

from dataclasses import dataclass
from pathlib import Path

from .. import seeds, splits, validate
from ..errors import ValidationError
from ..paths import seeds_dir


@dataclass(frozen=True, slots=True)  # one per article, all held by the build: keep them small
class Article:
    id: str
    path: str  # the article file (read by whichever process annotates it)
    source_file: str  # as recorded in the document
    language: str | None
    outlet: str | None
    dct: dict | str | None
    split: str
    gold: dict | None = None  # corrections of the document (annotation/gold), if any

    def metadata(self) -> dict:
        """What, besides the file's bytes, decides the automatic annotation."""
        return {"id": self.id, "source_file": self.source_file, "language": self.language,
                "outlet": self.outlet, "dct": self.dct}


def seed_articles(gold: dict[str, dict], directory: Path | None = None,
                  files: dict[str, str] | None = None) -> list[Article]:
    """Every seed article in id order, each with its corrections; refuses corrections of a
    document that is not in seeds/ (`files` names their files; default annotation/gold/<id>.json)."""
    directory = Path(directory or seeds_dir())
    entries = seeds.load_metadata(directory)
    unknown = sorted(set(gold) - {entry["id"] for entry in entries})
    if unknown:
        raise ValidationError([validate.Problem((files or {}).get(d, f"annotation/gold/{d}.json"), d, "",
                                                "corrections for a document that is not in seeds/") for d in unknown])
    return [Article(id=entry["id"], path=str(directory / entry["file"]), source_file=f"seeds/{entry['file']}",
                    language=entry.get("language"), outlet=entry.get("outlet"), dct=entry.get("dct"),
                    split=splits.split_of(entry["id"], entry.get("split")), gold=gold.get(entry["id"]))
            for entry in entries]
