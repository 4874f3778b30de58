"""The event data files: documented, checked against the taxonomy, errors naming the file."""

import pytest

from qantar import ingest, langdata, paths, taxonomy
from qantar.errors import DataFileError
from qantar.events import annotator, frames, lexicon

EVENT_FILES = sorted(paths.lang_dir().glob("*/events*.toml"))


@pytest.mark.parametrize("path", EVENT_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_data_file_opens_with_source_format_example(path):
    header = path.read_text(encoding="utf-8").split("\n\n")[0].lower()
    assert header.startswith("#")
    for word in ("source", "format", "example"):
        assert word in header, f"{path}: the opening comment lacks its {word}"


EVENT_LANGUAGES = langdata.languages_with("events")


def test_event_files_cover_the_eu_languages_norwegian_russian_ukrainian():
    eu = {"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
          "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"}
    assert eu | {"nb", "nn", "ru", "uk"} <= set(EVENT_LANGUAGES)


@pytest.mark.parametrize("code", EVENT_LANGUAGES)
def test_every_language_has_triggers_roles_and_realis(code):
    lang = lexicon.language(code)
    types = {trig.type for triggers in lang.triggers.values() for trig in triggers}
    assert types == set(taxonomy.load().event_types)
    assert "place" in lang.roles
    assert {"negation", "modality", "future", "request", "hypothesis"} <= set(lang.realis)


def test_frames_cover_every_event_type_with_place_and_time():
    loaded = frames.load()
    assert set(loaded.roles) == set(taxonomy.load().event_types)
    for event_type, roles in loaded.roles.items():
        assert {"place", "time"} <= set(roles), event_type
    # how long it lasted is its time too (`stan wyjątkowy dwutygodniowy` in the seed gold)
    assert "DURATION" in loaded.roles["DeclareEmergency"]["time"].labels


def test_language_without_event_data_gives_no_events():
    doc = ingest.from_text("Ríkisstjórnin hefur lýst yfir neyðarástandi.", "t", "t.txt", language="is")
    for seg in doc["segments"]:
        seg["language"] = "is"  # Icelandic: no event files
    assert annotator.annotate(doc) == []


@pytest.fixture
def fake_lang_dir(tmp_path, monkeypatch):
    """A language folder `zz` (and a shared `xx`) in a temporary directory."""
    monkeypatch.setattr(langdata, "lang_dir", lambda: tmp_path)
    monkeypatch.setattr(lexicon, "lang_dir", lambda: tmp_path)
    monkeypatch.setattr(frames, "lang_dir", lambda: tmp_path)
    for cached in (langdata.load, lexicon.language, frames.load):
        cached.cache_clear()
    (tmp_path / "zz").mkdir()
    (tmp_path / "xx").mkdir()
    yield tmp_path
    for cached in (langdata.load, lexicon.language, frames.load):
        cached.cache_clear()


@pytest.mark.parametrize("entry, message", [
    ('type = "Riotous"\nlemmas = ["storm"]', "'Riotous' is not an event type"),
    ('type = "Riot"', "needs non-empty `lemmas` or `forms`"),
    ('type = "Riot"\nlemmas = ["storm"]\nwindow = 3', "unknown keys ['window']"),
    ('type = "Riot"\nlemmas = ["storm"]\ncontext = ["x"]\ncontext_side = "left"', "context_side 'left'"),
])
def test_bad_trigger_entry_names_file_and_entry(fake_lang_dir, entry, message):
    (fake_lang_dir / "zz" / "events.toml").write_text(f"[[triggers]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        lexicon.language("zz")
    assert str(fake_lang_dir / "zz" / "events.toml") in str(err.value)
    assert "trigger entry 1" in str(err.value)
    assert message in str(err.value)


def test_unknown_analyser_is_refused(fake_lang_dir):
    (fake_lang_dir / "zz" / "morphology.toml").write_text('analyser = "stanza"\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="analyser 'stanza' is unknown"):
        lexicon.language("zz")


def test_unknown_role_in_cues_is_refused(fake_lang_dir):
    (fake_lang_dir / "zz" / "events_roles.toml").write_text('[venue]\nforms = ["in"]\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"events_roles.toml: \[venue\]: 'venue' is not a role"):
        lexicon.language("zz")


def test_frame_with_unknown_label_is_refused(fake_lang_dir):
    (fake_lang_dir / "xx" / "events.toml").write_text(
        'max_distance = 30\ncue_weight = 1.0\nclause_punctuation = [","]\nspaced_punctuation = []\n'
        '[types.Riot.place]\nlabels = ["CITY"]\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"\[types.Riot.place\]: \['CITY'\] are not entity"):
        frames.load()
