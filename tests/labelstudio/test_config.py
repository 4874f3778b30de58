"""The labeling config is generated from the taxonomy and committed up to date."""

import xml.etree.ElementTree as ET

import pytest

from qantar import taxonomy
from qantar.labelstudio import config


@pytest.fixture(scope="module")
def root():
    return ET.fromstring(config.render())


def test_committed_config_is_up_to_date():
    assert config.stale_files() == [], "annotation/label-studio/config.xml is stale: run `qantar ls config`"


def test_stale_config_is_detected_and_rewritten(tmp_path):
    path = config.config_path(tmp_path)
    assert config.stale_files(tmp_path) == [path]  # missing
    path.parent.mkdir(parents=True)
    path.write_text(config.render().replace('value="PER"', 'value="PERSON"'), encoding="utf-8")
    assert config.stale_files(tmp_path) == [path]
    assert config.write(tmp_path) == [path]
    assert config.stale_files(tmp_path) == []


@pytest.mark.parametrize("tag,section", [("entity", "entity_types"), ("timex", "timex_types"), ("event", "event_types")])
def test_labels_follow_the_taxonomy(root, tag, section):
    labels = root.find(f".//Labels[@name='{tag}']")
    assert labels.get("toName") == "text"
    tax = taxonomy.load()
    assert [label.get("value") for label in labels] == tax.names(section)
    assert [label.get("background") for label in labels] == [e["color"] for e in tax.sections[section]]


def test_colours_and_hotkeys_are_distinct(root):
    labels = root.findall(".//Labels/Label")
    for attribute in ("background", "hotkey"):
        values = [label.get(attribute) for label in labels]
        assert None not in values and len(set(values)) == len(values), attribute


def test_relations_are_the_roles(root):
    assert [r.get("value") for r in root.findall("Relations/Relation")] == taxonomy.load().roles


def _relative_luminance(colour: str) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def test_label_colours_are_readable_as_text_on_white(root):
    """Label Studio writes label names in their colour in the side panels: WCAG AA (4.5:1)."""
    for label in root.findall(".//Labels/Label"):
        contrast = 1.05 / (_relative_luminance(label.get("background")) + 0.05)
        assert contrast >= 4.5, (label.get("value"), label.get("background"), round(contrast, 2))


def _side_column(root):
    [side] = [view for view in root.iter("View") if "position: sticky" in (view.get("style") or "")]
    return side


def test_text_and_side_column_sit_side_by_side(root):
    columns = next(view for view in root.iter("View") if "display: flex" in (view.get("style") or ""))
    text_column, side = list(columns)
    assert text_column.find("Text[@name='text']") is not None
    assert side is _side_column(root)


@pytest.mark.parametrize("tag,name,kind,caption", [("entity", "kb_id", "TextArea", "KB id"),
                                                   ("timex", "timex_value", "TextArea", "TIMEX3 value"),
                                                   ("event", "realis", "Choices", "realis")])
def test_per_region_fields_show_beside_the_text_for_their_layer_with_a_caption(root, tag, name, kind, caption):
    view = _side_column(root).find(f"View[@whenTagName='{tag}']")
    children = list(view)
    field = view.find(f"{kind}[@name='{name}']")
    assert view.get("visibleWhen") == "region-selected"
    assert field.get("perRegion") == "true" and field.get("toName") == "text"
    before = children[children.index(field) - 1]
    assert before.tag == "Header" and before.get("value").startswith(caption)


def test_realis_choices_follow_the_taxonomy(root):
    assert [c.get("value") for c in root.findall(".//Choices[@name='realis']/Choice")] == taxonomy.load().realis
