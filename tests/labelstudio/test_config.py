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
    labels = root.find(f"Labels[@name='{tag}']")
    assert labels.get("toName") == "text"
    tax = taxonomy.load()
    assert [label.get("value") for label in labels] == tax.names(section)
    assert [label.get("background") for label in labels] == [e["color"] for e in tax.sections[section]]


def test_colours_and_hotkeys_are_distinct(root):
    labels = root.findall("Labels/Label")
    for attribute in ("background", "hotkey"):
        values = [label.get(attribute) for label in labels]
        assert None not in values and len(set(values)) == len(values), attribute


def test_relations_are_the_roles(root):
    assert [r.get("value") for r in root.findall("Relations/Relation")] == taxonomy.load().roles


@pytest.mark.parametrize("tag,name,kind", [("entity", "kb_id", "TextArea"), ("timex", "timex_value", "TextArea"),
                                           ("event", "realis", "Choices")])
def test_per_region_fields_show_for_their_layer(root, tag, name, kind):
    view = root.find(f"View[@whenTagName='{tag}']")
    field = view.find(f"{kind}[@name='{name}']")
    assert view.get("visibleWhen") == "region-selected"
    assert field.get("perRegion") == "true" and field.get("toName") == "text"


def test_realis_choices_follow_the_taxonomy(root):
    assert [c.get("value") for c in root.findall(".//Choices[@name='realis']/Choice")] == taxonomy.load().realis
