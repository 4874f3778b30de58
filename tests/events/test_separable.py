"""Separable particle verbs: a verb with its particle later in the clause (German and Dutch
verb-second order) or right after it (a Hungarian preverb under focus) is the particle
verb of the lexicon; a preposition that happens to match a particle is not."""

import pytest

from qantar import holdout, ingest
from qantar.events import annotator


def _events(text, language):
    doc = ingest.from_text(text, "t", "t.txt", language=language)
    return [(e["text"], e["type"]) for e in annotator.annotate(doc)]


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Die Polizei nahm am Dienstag zwölf Studenten in der Hauptstadt fest.", ("nahm", "Arrest")),
    ("de", "Der Innenminister trat nach drei Tagen zurück.", ("trat", "Resign")),
    ("de", "Bei dem Brand kamen neun Bewohner ums Leben, sagte ein Sprecher.", ("kamen", "Die")),
    ("nl", "Bij de brand kwamen negen bewoners om.", ("kwamen", "Die")),
    ("nl", "Negen bewoners kwamen om het leven bij de brand.", ("kwamen om het leven", "Die")),
    ("nl", "De minister trad na drie dagen af.", ("trad", "Resign")),
    ("hu", "A rendőrség tizenkét diákot vett őrizetbe.", ("vett őrizetbe", "Arrest")),
    ("hu", "Az elnök új minisztert nevezték ki.", ("nevezték ki", "Appoint")),
])
def test_a_separated_particle_verb_is_its_lexicon_lemma(language, text, expected):
    assert expected in _events(text, language)


@pytest.mark.parametrize("language, text", [
    ("de", "Die Delegation kam um zehn Uhr in der Hauptstadt an."),
    ("de", "Er nahm an der Sitzung teil."),
    ("nl", "De delegatie kwam om tien uur aan."),
])
def test_a_preposition_inside_the_clause_is_no_particle(language, text):
    assert _events(text, language) == []


def test_the_particle_rule_is_a_knowledge_item():
    doc = ingest.from_text("Die Polizei nahm zwölf Studenten fest.", "t", "t.txt", language="de")
    used = annotator.knowledge_used(doc)
    assert {"events:de/events.toml:festnehmen", "events:de/events.toml:separable:fest"} <= used
    with holdout.withholding({"events:de/events.toml:separable:fest"}):
        assert annotator.annotate(doc) == []


@pytest.mark.parametrize("language, text, expected", [
    ("sv", "Polisen tog fast fyra män vid torget.", ("tog fast", "Arrest")),
    ("sv", "I går trädde ministern tillbaka.", ("trädde", "Resign")),
    ("da", "I går trådte ministeren tilbage.", ("trådte", "Resign")),
    ("da", "Ved branden kom tre betjente til skade.", ("kom", "Injure")),
])
def test_a_scandinavian_particle_may_follow_a_short_phrase(language, text, expected):
    assert expected in _events(text, language)
