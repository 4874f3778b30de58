"""The Label Studio labeling config, generated from the taxonomy.

One Text; three Labels tags (entity, time-expression and event types) over it; Relations
for argument roles (drawn from an event trigger to its argument); per-region fields: the
KB id of an entity; the TIMEX3 value, mod, anchor and range of a time expression; the
realis and cross-document cluster of an event. A task-level choice says which layers the
annotator reviewed whole: those become corrected (gold) even where nothing was changed.
The tag names below are the `from_name`s of export results, shared by export and import.
"""

from pathlib import Path
from xml.sax.saxutils import quoteattr

from .. import taxonomy
from ..atomic import write_text
from ..paths import annotation_dir

TEXT = "text"
# layer -> (Labels tag name, taxonomy section)
LABELS = {
    "entities": ("entity", "entity_types"),
    "timexes": ("timex", "timex_types"),
    "events": ("event", "event_types"),
}
KB_ID = "kb_id"          # TextArea, per entity region
TIMEX_VALUE = "timex_value"  # TextArea, per time-expression region
TIMEX_MOD = "timex_mod"  # Choices, per time-expression region
TIMEX_ANCHOR = "timex_anchor"  # TextArea, per time-expression region
TIMEX_RANGE_BEGIN = "timex_range_begin"  # TextArea, per time-expression region
TIMEX_RANGE_END = "timex_range_end"  # TextArea, per time-expression region
REALIS = "realis"        # Choices, per event region
CLUSTER = "cluster"      # TextArea, per event region
REVIEWED = "reviewed"    # Choices, per task: the layers the annotator checked whole
# Choices tags and the taxonomy section of their choices.
CHOICES = {REALIS: "realis", TIMEX_MOD: "timex_mods"}


def config_path(base: Path | None = None) -> Path:
    return Path(base or annotation_dir()) / "label-studio" / "config.xml"


def _attrs(**attrs) -> str:
    return "".join(f" {name}={quoteattr(str(value))}" for name, value in attrs.items() if value is not None)


def _labels(tax, tag: str, section: str) -> list[str]:
    lines = [f"    <Labels{_attrs(name=tag, toName=TEXT)}>"]
    for entry in tax.sections[section]:
        lines.append(f"      <Label{_attrs(value=entry['name'], background=entry.get('color'), hotkey=entry.get('hotkey'))}/>")
    lines.append("    </Labels>")
    return lines


def _per_region(tag: str, caption: str, controls: list[str]) -> list[str]:
    """Fields shown only while a region of `tag` is selected, under a caption."""
    return [f"      <View{_attrs(visibleWhen='region-selected', whenTagName=tag)}>",
            f"        <View{_attrs(className='qantar-title')}><Header{_attrs(value=caption, size='5')}/></View>",
            *(f"        {control}" for control in controls), "      </View>"]


# Two columns: the text, and beside it a column that stays in view while the text scrolls,
# holding the fields of the selected region.
COLUMNS_STYLE = "display: flex; align-items: flex-start; gap: 16px"
TEXT_STYLE = "flex: 1 1 auto; min-width: 0"
SIDE_STYLE = ("flex: 0 0 340px; position: sticky; top: 0; max-height: 100vh; overflow-y: auto; "
              "padding: 8px 12px; border-left: 2px solid #d0d7de; background: #fafbfc")
SIDE_CLASS = "qantar-side"
# Label Studio 1.23 draws every argument as an arrow with its role over the text: the lines
# get room between them, and a role shows only for the relation highlighted (hovered in
# the Relations panel, or whose regions are selected); the panel lists every role.
# (No `>` in the CSS: Label Studio escapes it.)
CSS = f"""
  .lsf-richtext__line {{ line-height: 2.4; }}
  .relations-overlay [class*="relationItem--"] g[transform] {{ display: none; }}
  .relations-overlay [class*="_highlighted--"] g[transform] {{ display: inline; }}
  .{SIDE_CLASS} h1, .{SIDE_CLASS} h2, .{SIDE_CLASS} h3, .{SIDE_CLASS} h4, .{SIDE_CLASS} h5, .{SIDE_CLASS} h6 {{
    font-size: 13px; font-weight: 600; margin: 10px 0 2px; }}
  .{SIDE_CLASS} .qantar-title h1, .{SIDE_CLASS} .qantar-title h2, .{SIDE_CLASS} .qantar-title h3,
  .{SIDE_CLASS} .qantar-title h4, .{SIDE_CLASS} .qantar-title h5 {{ font-size: 15px; margin-top: 14px; }}
"""


def render(tax=None) -> str:
    """The config.xml text for the taxonomy."""
    tax = tax or taxonomy.load()
    textarea = dict(toName=TEXT, perRegion="true", editable="true", maxSubmissions="1", rows="1")

    def caption(text, size="6"):
        return f"<Header{_attrs(value=text, size=size)}/>"

    def area(name, label, placeholder):
        return [caption(label), f"<TextArea{_attrs(name=name, placeholder=placeholder, **textarea)}/>"]

    def choices(name, label):
        options = "".join(f"<Choice{_attrs(value=value)}/>" for value in tax.names(CHOICES[name]))
        return [caption(label), f"<Choices{_attrs(name=name, toName=TEXT, perRegion='true', choice='single-radio', showInline='true')}>{options}</Choices>"]

    lines = [
        f"<!-- Generated from schema/taxonomy.toml (version {tax.version}) by `qantar ls config`; do not edit. -->",
        "<View>",
        f"  <Style>{CSS}  </Style>",
        f"  <View{_attrs(style=COLUMNS_STYLE)}>",
        f"    <View{_attrs(style=TEXT_STYLE)}>",
        f"      <Header{_attrs(value='$doc_id', size='4')}/>",
    ]
    for tag, section in LABELS.values():
        lines += [f"  {line}" for line in _labels(tax, tag, section)]
    lines += [
        f"      <Text{_attrs(name=TEXT, value='$text', granularity='symbol')}/>",
        "    </View>",
        f"    <View{_attrs(className=SIDE_CLASS, style=SIDE_STYLE)}>",
        f"      <View{_attrs(className='qantar-title')}>{caption('Layers reviewed whole', '5')}</View>",
    ]
    reviewed = "".join(f"<Choice{_attrs(value=layer)}/>" for layer in LABELS)
    lines.append(f"      <Choices{_attrs(name=REVIEWED, toName=TEXT, choice='multiple', showInline='true')}>{reviewed}</Choices>")
    lines += _per_region(LABELS["entities"][0], "Selected entity",
                         area(KB_ID, "KB id (annotation/kb.json; empty: not in the KB)", "e.g. kassym-jomart-tokayev"))
    lines += _per_region(LABELS["timexes"][0], "Selected time expression", [
        *area(TIMEX_VALUE, "TIMEX3 value", "e.g. 2022-01-05"), *choices(TIMEX_MOD, "mod"),
        *area(TIMEX_ANCHOR, "anchor", "dct, or the id of a time expression"),
        *area(TIMEX_RANGE_BEGIN, "range begin", "e.g. 2022-01-05T23:00"),
        *area(TIMEX_RANGE_END, "range end", "e.g. 2022-01-06T07:00")])
    lines += _per_region(LABELS["events"][0], "Selected event", [
        *choices(REALIS, "realis"), *area(CLUSTER, "cluster (annotation/clusters.json)", "cluster id")])
    lines += ["    </View>", "  </View>", "  <Relations>"]
    lines += [f"    <Relation{_attrs(value=role)}/>" for role in tax.roles]
    lines += ["  </Relations>", "</View>"]
    return "\n".join(lines) + "\n"


def generated_files(base: Path | None = None) -> dict[Path, str]:
    """Path -> expected content, for `qantar generate --check` and the staleness test."""
    return {config_path(base): render()}


def stale_files(base: Path | None = None) -> list[Path]:
    return [path for path, text in generated_files(base).items()
            if not path.exists() or path.read_text(encoding="utf-8") != text]


def write(base: Path | None = None) -> list[Path]:
    """Write the config where it is stale; return what was written."""
    stale = stale_files(base)
    for path in stale:
        write_text(path, generated_files(base)[path])
    return stale
