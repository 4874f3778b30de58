"""Generate src/qantar/lang/<code>/timex.cldr.toml for every language CLDR describes.

Sources (general knowledge of each language, never an article):
- Babel (CLDR): month names (format and stand-alone, wide and abbreviated), weekday names,
  day periods and AM/PM, the relative-time patterns of `date_fields` ("před {0} dny", "{0} days ago",
  which also attest inflected weekday forms: "za {0} středu"), duration unit patterns, and
  the date patterns (`d. MMMM y`, `MMMM d`, the short numeric pattern and its order);
- ICU (PyICU, CLDR's relative date fields that Babel does not carry): yesterday, today,
  tomorrow and the days around them, last/this/next week/month/year, last/next <weekday>,
  the spelled-out ordinals one to thirty-one in every gender and case ICU has (`for the
  seventh consecutive day`), and the spelled-out numbers one to thirty-one and the tens to a hundred (durations and
  ages in words: `tjugo dagar`, `kolmekymmentä vuotta`).

Inflection without a dictionary, bounded: the forms CLDR attests for a month or weekday give
its stem (their longest common prefix) and the language's endings (the endings that follow
such stems in at least two names); each stem of five letters or more takes those endings. In a language whose CLDR
data shows inflection, a stem of six letters or more is also written `stem*` (up to three
more letters, see qantar.timex.resources). A form that two names would share is left out.

Run: .venv/bin/python scripts/generate_timex_cldr.py   (needs the `generate` extra)
The output is deterministic for given Babel and ICU versions (written in each file's head);
tests/timex/test_timex_cldr.py checks that the committed files are current.
"""

import argparse
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

import babel
import icu
from babel import Locale
from babel.localedata import locale_identifiers

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "src" / "qantar" / "lang"
OUT_NAME = "timex.cldr.toml"
MIN_STEM = 5  # a shorter common prefix is no stem: květ (flower), červ (worm), maj
MIN_STAR_STEM = 6
MAX_ENDING = 3
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y"}
ICU_UNITS = {"WEEK": "W", "MONTH": "M", "YEAR": "Y"}
WEEKDAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ICU_WEEKDAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
DAY_PERIODS = {"morning1": "MO", "morning2": "MO", "afternoon1": "AF", "afternoon2": "AF",
               "evening1": "EV", "evening2": "EV", "night1": "NI", "night2": "NI"}
CLOCK_PERIODS = {"midnight": "0", "noon": "12"}
DATE_PREFIX = "(?:(?:%prep_date|%since) )?"


def norm(text: str) -> str:
    """CLDR's text as it is written (the case matters to lists matched as written), single-spaced."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def fold(text: str) -> str:
    return norm(text).casefold()


def unique(table: dict) -> dict[str, list[str]]:
    """value -> sorted forms, without the forms (compared case-blind) of two values."""
    owners: dict[str, set] = {}
    for value, forms in table.items():
        for f in forms:
            owners.setdefault(fold(f), set()).add(value)
    return {v: sorted(f for f in forms if len(owners[fold(f)]) == 1) for v, forms in table.items()}


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def common_prefix(forms) -> str:
    forms = sorted(forms)
    first, last = forms[0], forms[-1]
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def attested_word(name: str, phrase: str) -> str | None:
    """The word of a CLDR phrase that is a form of `name` (shares all but its last three
    letters with it), or None."""
    base = fold(name)
    need = max(3, len(base) - MAX_ENDING)
    best = None
    for word in words(phrase):
        if len(common_prefix([fold(word), base])) >= need and (best is None or len(word) < len(best)):
            best = norm(word)
    return best


def real_names(names: dict) -> bool:
    return all(v and not any(ch.isdigit() for ch in v) for v in names.values())


def icu_phrases(code: str):
    fmt = icu.RelativeDateTimeFormatter(icu.Locale(code))
    direction, unit = icu.UDateDirection, icu.UDateAbsoluteUnit
    days = {-2: direction.LAST_2, -1: direction.LAST, 0: direction.THIS, 1: direction.NEXT, 2: direction.NEXT_2}
    relday = {k: fmt.format(d, unit.DAY) for k, d in days.items()}
    periods = {f"{u}{k}": fmt.format(d, getattr(unit, name))
               for name, u in ICU_UNITS.items() for k, d in ((-1, direction.LAST), (0, direction.THIS), (1, direction.NEXT))}
    last = {n + 1: fmt.format(direction.LAST, getattr(unit, w)) for n, w in enumerate(ICU_WEEKDAYS)}
    nxt = {n + 1: fmt.format(direction.NEXT, getattr(unit, w)) for n, w in enumerate(ICU_WEEKDAYS)}
    this = {n + 1: fmt.format(direction.THIS, getattr(unit, w)) for n, w in enumerate(ICU_WEEKDAYS)}
    spell = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(code))
    numerals = {n: spell.format(n) for n in (*range(1, 32), *range(40, 101, 10))}
    ordinals: dict[int, set] = {}
    for index in range(spell.getNumberOfRuleSetNames()):
        name = spell.getRuleSetName(index)
        if "ordinal" in name:
            spell.setDefaultRuleSet(name)
            for n in range(1, 32):
                ordinals.setdefault(n, set()).add(spell.format(n))
    return relday, periods, last, nxt, this, numerals, ordinals


def plural_forms(patterns) -> list[str]:
    return [patterns[k] for k in sorted(patterns) if k != "per"]


class Paradigms:
    """The attested forms of the month and weekday names of one language, with the
    language's endings learned from them."""

    def __init__(self, attested: dict[str, dict[str, set[str]]]):
        self.attested = attested  # list name -> value -> folded forms
        stems = {}
        counts: Counter = Counter()
        for name, table in attested.items():
            for value, forms in table.items():
                stem = common_prefix(forms)
                if len(stem) >= MIN_STEM:
                    stems[(name, value)] = stem
                    for ending in {f[len(stem):] for f in forms}:
                        counts[ending] += 1
        self.stems = stems
        # the bare stem is a word only where CLDR attests it (střed is "centre", not Wednesday)
        self.endings = sorted(e for e, n in counts.items() if n >= 2 and 0 < len(e) <= MAX_ENDING)
        self.inflects = any(len(forms) > 1 for table in attested.values() for forms in table.values())

    def forms(self, name: str) -> dict[str, list[str]]:
        """value -> forms: attested, stem + learned ending, and `stem*`; shared ones left out."""
        proposed: dict[str, set] = {}
        for value, forms in self.attested[name].items():
            stem = self.stems.get((name, value))
            new = set(forms)
            if stem:
                new |= {stem + e for e in self.endings}
                if self.inflects and len(stem) >= MIN_STAR_STEM:
                    new.add(stem + "*")
            proposed[value] = new
        owners: dict[str, set] = {}
        for value, forms in proposed.items():
            for f in forms:
                owners.setdefault(f, set()).add(value)
        attested_owner = {f: v for v, forms in self.attested[name].items() for f in forms}
        out = {}
        for value, forms in proposed.items():
            keep = [f for f in forms if owners[f] == {value} or attested_owner.get(f) == value]
            out[value] = sorted(keep)
        return unique(out)


def month_weekday_paradigms(loc: Locale, relative_weekdays: dict) -> Paradigms:
    months: dict[str, set] = {}
    for context in ("format", "stand-alone"):
        for number, name in loc.months[context]["wide"].items():
            months.setdefault(str(number), set()).add(norm(name))
    weekdays: dict[str, set] = {}
    fields = loc._data["date_fields"]
    for index, field in enumerate(WEEKDAY_FIELDS):
        value = str(index + 1)
        names = {norm(loc.days[c]["wide"][index]) for c in ("format", "stand-alone")}
        weekdays[value] = set(names)
        phrases = list(relative_weekdays.get(index + 1, []))
        for direction in ("future", "past"):
            patterns = fields.get(field, {}).get(direction, {})
            if "one" in patterns:
                phrases.append(patterns["one"])
        for phrase in phrases:
            for name in names:
                word = attested_word(name, phrase)
                if word:
                    weekdays[value].add(word)
    return Paradigms({"month": months, "weekday": weekdays})


def abbreviations(loc: Locale, wide: dict) -> dict[str, list[str]]:
    out: dict[str, set] = {}
    taken = {fold(f) for forms in wide.values() for f in forms}
    for context in ("format", "stand-alone"):
        for number, name in loc.months[context]["abbreviated"].items():
            form = norm(name)
            if len(form.rstrip(".")) >= 3 and fold(form) not in taken:
                out.setdefault(str(number), set()).add(form)
    return unique(out)


def _tokens(pattern: str) -> list[tuple[str, str]] | None:
    """A CLDR date pattern as (field letter, regex) and ("", literal regex) tokens; None when
    it has fields the rules do not read (era, quarter...)."""
    tokens = []
    for match in re.finditer(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+", pattern):
        text, letter = match[0], match[1]
        if text.startswith("'"):
            tokens.append(("", re.escape(text[1:-1].replace("''", "'"))))
        elif letter:
            n = len(text)
            if letter == "d":
                tokens.append(("d", r"(?P<day>[0-3]?\d)"))
            elif letter in "ML":
                tokens.append(("M", "%month" if n >= 4 else "%month_abbr" if n == 3 else r"(?P<mnum>[01]?\d)"))
            elif letter == "y":
                tokens.append(("y", r"(?P<year>(?:19|20)?\d\d)" if n == 2 else r"(?P<year>(?:19|20)\d\d)"))
            elif letter in "Ec":
                tokens.append(("E", "%weekday:weekday_name"))
            else:
                return None
        else:
            tokens.append(("", re.sub(r"\s+", " ", "".join(" " if ch.isspace() else re.escape(ch) for ch in text))))
    return tokens


def _without_year(tokens: list) -> list:
    """The tokens of a date pattern without its year and the literals that go with it
    (`d. MMMM y` -> `d. MMMM`, `y 'm'. MMMM d 'd'.` -> `MMMM d 'd'.`)."""
    at = next(i for i, (field, _) in enumerate(tokens) if field == "y")
    before, after = tokens[:at], tokens[at + 1:]
    if any(field for field, _ in after):  # a field follows: drop the literals up to it
        while after and not after[0][0]:
            after = after[1:]
        return before + ([("", " ")] if before else []) + after
    while before and not before[-1][0]:  # the year closed the pattern: drop the literals before it
        before = before[:-1]
    return before


def pattern_regex(tokens: list) -> str:
    """A rule pattern for date-pattern tokens; a weekday and its separator are optional. A
    space is any run of whitespace (rule grammar)."""
    out, i = [], 0
    while i < len(tokens):
        field, regex = tokens[i]
        if field == "E" and not any(f for f, _ in tokens[i + 1:]):  # a closing weekday: ", EEEE"
            while out and tokens[i - 1][0] == "" and out[-1] == tokens[i - 1][1]:
                i -= 1
                regex = tokens[i][1] + regex
                out.pop()
            out.append(f"(?:{regex})?")
            break
        if field == "E":
            literals = []
            while i + 1 < len(tokens) and not tokens[i + 1][0]:
                i += 1
                literals.append(tokens[i][1])
            out.append(f"(?:{regex}{''.join(literals).rstrip()} )?" if "".join(literals).strip()
                       else f"(?:{regex} )?")
        else:
            out.append(regex)
        i += 1
    regex = "".join(out).strip(" ,")
    regex = re.sub(r"\\\.$", r"\\.?", regex)  # a closing dot (2022. január 5.) may be left out
    return re.sub(r"\\\. ", r"\\.\\s*", regex)


def date_rules(loc: Locale) -> list[dict]:
    skeletons = loc.datetime_skeletons
    long_pattern = loc.date_formats["long"].pattern
    candidates = [
        ("long date", long_pattern, "date({year}, {month}, {day})", 0.95),
        ("long date (skeleton)", skeletons.get("yMMMMd"), "date({year}, {month}, {day})", 0.95),
        ("full date", loc.date_formats["full"].pattern, "date({year}, {month}, {day})", 0.95),
        ("day and month (CLDR)", ("without year", long_pattern), "date(?, {month}, {day})", 0.9),
        ("day and month (skeleton)", skeletons.get("MMMMd"), "date(?, {month}, {day})", 0.9),
        ("month and year (CLDR)", skeletons.get("yMMMM"), "date({year}, {month})", 0.9),
        ("abbreviated date", loc.date_formats["medium"].pattern, "date({year}, {month_abbr}, {day})", 0.9),
        ("abbreviated date (skeleton)", skeletons.get("yMMMd"), "date({year}, {month_abbr}, {day})", 0.9),
        ("numeric date", loc.date_formats["short"].pattern, "date({year}, {mnum}, {day})", 0.85),
        ("numeric date, medium", loc.date_formats["medium"].pattern, "date({year}, {mnum}, {day})", 0.85),
    ]
    rules, seen = [], set()
    for name, pattern, value, confidence in candidates:
        if pattern is None:
            continue
        drop_year = isinstance(pattern, tuple)
        pattern = getattr(pattern[1] if drop_year else pattern, "pattern", pattern[1] if drop_year else pattern)
        tokens = _tokens(pattern)
        if not tokens or not any(field == "y" for field, _ in tokens):
            continue
        if drop_year:
            tokens = _without_year(tokens)
        regex = pattern_regex(tokens)
        groups = set(re.findall(r"\{(\w+)\}", value))
        present = set(re.findall(r"\(\?P<(\w+)>", regex)) | set(re.findall(r"%(\w+)", regex))
        if not groups <= present or regex in seen:
            continue
        seen.add(regex)
        # A date takes the language's preposition ("el 2 de enero") or since/until word
        # ("hasta el 19 de enero": mod ON_OR_BEFORE), as the shared rules' dates do.
        rules.append({"name": name, "pattern": DATE_PREFIX + regex, "type": "DATE", "value": value,
                      "mod": "{since}", "confidence": confidence,
                      "cldr": pattern + (" without the year" if drop_year else "")})
    return rules


def relative_rules(loc: Locale) -> list[dict]:
    """"{0} days ago" / "in {0} days": one rule per unit and direction, the plural forms
    joined."""
    rules = []
    fields = loc._data["date_fields"]
    for field, unit in UNITS.items():
        for direction, sign in (("past", "-"), ("future", "")):
            patterns = fields.get(field, {}).get(direction, {})
            before, after = set(), set()
            for text in plural_forms(patterns):
                if text.count("{0}") != 1:
                    continue
                pre, post = (part.strip() for part in text.split("{0}"))
                before.add(pre)
                after.add(post)
            if not before:
                continue

            number = r"(?:(?P<number>\d{1,3})|%numeral)"
            pattern = _optional_words(before, after=False) + number + _optional_words(after, after=True)
            name = f"{field}s {'ago' if direction == 'past' else 'ahead'} (CLDR)"
            rules.append({"name": name, "pattern": pattern, "type": "DATE",
                          "value": f"shift({sign}{{number}}{{numeral}}, {unit})", "confidence": 0.85,
                          "cldr": " | ".join(plural_forms(patterns))})
            # The singular form says "one" without a number: "tydzień temu" (a week ago).
            one = patterns.get("one", "")
            words = norm(one.replace("{0}", " ")) if one.count("{0}") == 1 else ""
            if words and not any(ch.isdigit() for ch in words):
                rules.append({"name": f"{field} {'ago' if direction == 'past' else 'ahead'}, one (CLDR)",
                              "pattern": re.escape(fold(words)).replace("\\ ", " "), "type": "DATE",
                              "value": f"shift({sign}1, {unit})", "confidence": 0.8, "cldr": one})
    return rules


def _optional_words(parts: set, after: bool) -> str:
    """The words before (or after) the number of a relative-time pattern, as a regex; optional
    when one plural form has none."""
    words = sorted((re.escape(fold(p)).replace("\\ ", " ") for p in parts if p), key=lambda w: (-len(w), w))
    if not words:
        return ""
    body = "(?:" + "|".join(words) + ")"
    body = f" {body}" if after else f"{body} "
    return f"(?:{body})?" if "" in parts else body


def unit_forms(loc: Locale) -> dict[str, list[str]]:
    out: dict[str, set] = {}
    units = loc._data["unit_patterns"]
    for field, unit in (("duration-day", "D"), ("duration-week", "W"), ("duration-month", "M"),
                        ("duration-year", "Y"), ("duration-hour", "H"), ("duration-minute", "MIN")):
        for text in plural_forms(units.get(field, {}).get("long", {})):
            if text.count("{0}") == 1:
                rest = norm(text.replace("{0}", " "))
                if rest and not any(ch.isdigit() for ch in rest):
                    out.setdefault(unit, set()).add(rest)
    # Some locales give a duration unit only its "per" pattern (Italian "{0} al giorno"): the
    # noun after the number in "{0} giorni fa" / "tra {0} giorni" is then its plural.
    fields = loc._data["date_fields"]
    for field, unit in (*UNITS.items(), ("hour", "H"), ("minute", "MIN")):
        if unit in out:
            continue
        for direction in ("past", "future"):
            for text in plural_forms(fields.get(field, {}).get(direction, {})):
                after = norm(text.split("{0}")[1]).split() if text.count("{0}") == 1 else []
                if after and not any(ch.isdigit() for ch in after[0]):
                    out.setdefault(unit, set()).add(after[0])
    return unique(out)


def day_periods(loc: Locale) -> tuple[dict, dict]:
    parts: dict[str, set] = {}
    clock: dict[str, set] = {}
    for context in ("format", "stand-alone"):
        for period, name in loc.day_periods.get(context, {}).get("wide", {}).items():
            form = norm(name)
            if period in DAY_PERIODS:
                parts.setdefault(DAY_PERIODS[period], set()).add(form)
            elif period in CLOCK_PERIODS:
                clock.setdefault(CLOCK_PERIODS[period], set()).add(form)
    return unique(parts), unique(clock)


def meridiems(loc: Locale) -> dict[str, list[str]]:
    """AM and PM as written after a clock hour (abbreviated and wide; one letter is too
    little to tell): AM is a morning hour (MO), PM an afternoon one (AF)."""
    out: dict[str, set] = {}
    for context in ("format", "stand-alone"):
        for width in ("abbreviated", "wide"):
            names = loc.day_periods.get(context, {}).get(width, {})
            for period, part in (("am", "MO"), ("pm", "AF")):
                form = norm(names.get(period) or "")
                if len(form) > 1:
                    out.setdefault(part, set()).add(form)
    return unique(out)


def phrase_table(table: dict) -> dict[str, list[str]]:
    out: dict[str, set] = {}
    for value, phrase in table.items():
        if norm(phrase):
            out.setdefault(str(value), set()).add(norm(phrase))
    return unique(out)


def shared_list_names() -> list[str]:
    shared = tomllib.loads((LANG / "xx" / "timex.toml").read_text(encoding="utf-8"))
    return sorted({m for rule in shared["rules"] for m in re.findall(r"%([A-Za-z_]\w*)", rule["pattern"])})


def language_data(code: str) -> dict | None:
    # Babel merges a locale's inherited data into its cache: start every language afresh,
    # or one language's names leak into the next one's (the output must not depend on order).
    babel.localedata._cache.clear()
    loc = Locale.parse(code)
    if not (real_names(loc.months["format"]["wide"]) and real_names(loc.days["format"]["wide"])):
        return None
    relday, periods, last, nxt, this, numerals, ordinals = icu_phrases(code)
    relative_rules_ = relative_rules(loc)
    weekday_phrases: dict[int, list] = {}
    for table in (last, nxt, this):
        for n, phrase in table.items():
            weekday_phrases.setdefault(n, []).append(phrase)
    paradigms = month_weekday_paradigms(loc, weekday_phrases)
    months, weekdays = paradigms.forms("month"), paradigms.forms("weekday")
    parts, clock = day_periods(loc)
    lists = {
        "month": months,
        "month_abbr": abbreviations(loc, months),
        "weekday": weekdays,
        "relday": phrase_table(relday),
        "relperiod": phrase_table(periods),
        "weekday_last": phrase_table(last),
        "weekday_next": phrase_table(nxt),
        "daypart": parts,
        "clock_named": clock,
        "meridiem": meridiems(loc),
        "unit": unit_forms(loc),
    }
    # ICU marks compound numbers' hyphenation points with soft hyphens (tjugo\u00adett): not written.
    numerals = {n: w.replace("\u00ad", "") for n, w in numerals.items()}
    lists["numeral"] = phrase_table({n: w for n, w in numerals.items() if " " not in w and not w.isdigit()})
    lists["ordinal"] = unique({str(n): {norm(w.replace("\u00ad", "")) for w in words if " " not in w.strip()}
                               for n, words in ordinals.items()})
    for name in shared_list_names():
        lists.setdefault(name, {})
    rules = date_rules(loc) + relative_rules_
    return {"lists": lists, "rules": rules, "endings": paradigms.endings, "short": loc.date_formats["short"].pattern}


def toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(code: str, data: dict) -> str:
    lines = [
        f"# GENERATED by scripts/generate_timex_cldr.py from CLDR: Babel {babel.__version__}, "
        f"ICU {icu.ICU_VERSION} (PyICU {icu.VERSION}). Do not edit: lang/{code}/timex.toml",
        "# (hand-written) extends and overrides it. Format: see qantar/timex/resources.py.",
        f"# Learned endings: {' '.join(e or '-' for e in data['endings']) or '(none)'}; "
        f"numeric date pattern: {data['short']}.",
        'inflect = ["month", "weekday"]',
        "",
    ]
    for name in sorted(data["lists"]):
        table = data["lists"][name]
        lines.append(f"[lists.{name}]")
        for value in sorted(table, key=lambda v: (len(v), v)):
            if table[value]:
                forms = ", ".join(toml_string(f) for f in table[value])
                lines.append(f"{toml_string(value)} = [{forms}]")
        lines.append("")
    for rule in data["rules"]:
        lines += [
            "[[rules]]",
            f"name = {toml_string(rule['name'])}   # CLDR: {rule['cldr']}",
            f"pattern = {toml_string(rule['pattern'])}",
            f"type = {toml_string(rule['type'])}",
            f"value = {toml_string(rule['value'])}",
            *([f"mod = {toml_string(rule['mod'])}"] if rule.get("mod") else []),
            f"confidence = {rule['confidence']}",
            "",
        ]
    return "\n".join(lines).rstrip("\n") + "\n"


def codes() -> list[str]:
    """CLDR languages with an ISO 639-1 code: what a canonical document's `language` can hold."""
    return sorted(c for c in locale_identifiers() if len(c) == 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report files that differ")
    parser.add_argument("languages", nargs="*", help="codes (default: every CLDR language)")
    args = parser.parse_args()
    stale = []
    for code in args.languages or codes():
        data = language_data(code)
        if data is None:
            continue
        text = render(code, data)
        path = LANG / code / OUT_NAME
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(code)
        if not args.check:
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
    print(("stale: " if args.check else "written: ") + (" ".join(stale) or "none"))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
