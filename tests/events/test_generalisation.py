"""The general news verbs and nouns of the twelve event types, in sentences of our own in the
seed languages and in other European languages: inflection, passive, negation, future and
reported speech. Each case: a sentence and the (trigger, type, realis) events it must give."""

import pytest

from qantar import ingest
from qantar.events import annotator

DCT = {"value": "2022-01-05", "source": "inferred", "evidence": "test"}

CASES = {
    "pl": [
        ("Rolnicy zablokowali drogi, a policja zatrzymała trzech mężczyzn.",
         [("zablokowali", "Protest", "actual"), ("zatrzymała", "Arrest", "actual")]),
        ("Demonstranci podpalili samochody i splądrowali sklepy.",
         [("podpalili", "Riot", "actual"), ("splądrowali", "Riot", "actual")]),
        ("W starciach zginęło pięć osób, a dwadzieścia zostało rannych.",
         [("starciach", "Attack", "actual"), ("zginęło", "Die", "actual"), ("rannych", "Injure", "actual")]),
        ("Rząd wprowadzi godzinę policyjną.", [("godzinę policyjną", "DeclareEmergency", "other")]),
        ("Ceny paliw wzrosły o połowę.", [("wzrosły", "PriceChange", "actual")]),
        ("Władze zablokowały internet i zawiesiły loty.",
         [("zablokowały", "Restrict", "actual"), ("zawiesiły", "Restrict", "actual")]),
    ],
    "el": [
        ("Χιλιάδες πολίτες διαδήλωσαν στην πλατεία και η αστυνομία συνέλαβε δέκα άτομα.",
         [("διαδήλωσαν", "Protest", "actual"), ("συνέλαβε", "Arrest", "actual")]),
        ("Τρεις άνθρωποι σκοτώθηκαν και είκοσι τραυματίστηκαν στις συγκρούσεις.",
         [("σκοτώθηκαν", "Die", "actual"), ("τραυματίστηκαν", "Injure", "actual"), ("συγκρούσεις", "Attack", "actual")]),
        ("Ο υπουργός παραιτήθηκε και ο πρωθυπουργός διόρισε νέο υπουργό.",
         [("παραιτήθηκε", "Resign", "actual"), ("διόρισε", "Appoint", "actual")]),
        ("Η Ρωσία θα στείλει στρατιώτες στη χώρα.", [("στείλει", "Deploy", "other")]),
        ("Οι αρχές διέκοψαν το διαδίκτυο και ακύρωσαν όλες τις πτήσεις.",
         [("διέκοψαν", "Restrict", "actual"), ("ακύρωσαν", "Restrict", "actual")]),
        ("Η τιμή του ρεύματος διπλασιάστηκε.", [("διπλασιάστηκε", "PriceChange", "actual")]),
    ],
    "da": [
        ("Tusinder demonstrerede i går, og politiet anholdt tyve personer.",
         [("demonstrerede", "Protest", "actual"), ("anholdt", "Arrest", "actual")]),
        ("Ministeren trak sig, og statsministeren udnævnte en ny minister.",
         [("trak sig", "Resign", "actual"), ("udnævnte", "Appoint", "actual")]),
        ("Rusland vil sende soldater til landet.", [("sende", "Deploy", "other")]),  # `landet`: the country
        ("Prisen på el er steget kraftigt.", [("steget", "PriceChange", "actual")]),
        ("Politiet anholdt ikke nogen.", [("anholdt", "Arrest", "other")]),
        ("Politiet anholdt ikke kun demonstranter, men også journalister.", [("anholdt", "Arrest", "actual")]),
    ],
    "en": [
        ("Authorities shut down the internet and cancelled all flights.",
         [("shut down", "Restrict", "actual"), ("cancelled", "Restrict", "actual")]),
        ("Fuel prices doubled overnight.", [("doubled", "PriceChange", "actual")]),
        ("Russia will send troops to the country, officials said.", [("send", "Deploy", "other")]),
        ("Police did not arrest anyone.", [("arrest", "Arrest", "other")]),
    ],
    "es": [
        ("Rusia enviará tropas al país y los primeros soldados llegaron el jueves.",
         [("enviará", "Deploy", "other"), ("llegaron", "Deploy", "actual")]),
        ("Las autoridades cortaron internet y cancelaron todos los vuelos.",
         [("cortaron", "Restrict", "actual"), ("cancelaron", "Restrict", "actual")]),
        ("El precio del gas se duplicó.", [("duplicó", "PriceChange", "actual")]),
        ("Los manifestantes asaltaron el ayuntamiento.", [("asaltaron", "Riot", "actual")]),  # people, no event
    ],
    "it": [
        ("La Russia invierà truppe nel paese.", [("invierà", "Deploy", "other")]),
        ("Il primo ministro si è dimesso e il presidente ha nominato un nuovo capo del governo.",
         [("dimesso", "Resign", "actual"), ("nominato", "Appoint", "actual")]),
        ("Le autorità hanno bloccato internet e cancellato tutti i voli.",
         [("bloccato", "Restrict", "actual"), ("cancellato", "Restrict", "actual")]),
    ],
    "pt": [
        ("O primeiro-ministro demitiu-se e o presidente nomeou um novo chefe de governo.",
         [("demitiu", "Resign", "actual"), ("nomeou", "Appoint", "actual")]),  # `-se` is no `if`
        ("A Rússia enviará tropas e os primeiros soldados chegaram na quinta-feira.",
         [("enviará", "Deploy", "other"), ("chegaram", "Deploy", "actual")]),
        ("O preço do gás duplicou.", [("duplicou", "PriceChange", "actual")]),
    ],
    "nl": [
        ("De autoriteiten hebben alle vluchten geschrapt.", [("geschrapt", "Restrict", "actual")]),
        ("De luchthaven blijft dicht.", [("dicht", "Restrict", "actual")]),
        ("De politie arresteerde niet de betogers.", [("arresteerde", "Arrest", "other")]),
        ("De politie arresteerde niet alleen betogers, maar ook journalisten.", [("arresteerde", "Arrest", "actual")]),
    ],
    "ro": [
        ("Poliția a reținut douăzeci de persoane, iar zece jandarmi au fost răniți.",
         [("reținut", "Arrest", "actual"), ("răniți", "Injure", "actual")]),
        ("Rusia va trimite trupe în țară.", [("trimite", "Deploy", "other")]),
        ("Prețul gazului s-a dublat.", [("dublat", "PriceChange", "actual")]),
        ("Poliția nu a arestat pe nimeni.", [("arestat", "Arrest", "other")]),
    ],
    "hu": [
        ("A tüntetők felgyújtották az autókat és kifosztották az üzleteket.",
         [("felgyújtották", "Riot", "actual"), ("kifosztották", "Riot", "actual")]),
        ("Megérkeztek az első katonák az országba.", [("Megérkeztek", "Deploy", "actual")]),
        ("A hatóságok lekapcsolták az internetet.", [("lekapcsolták", "Restrict", "actual")]),
        ("A gáz ára megduplázódott.", [("megduplázódott", "PriceChange", "actual")]),
    ],
    "uk": [
        ("Росія відправить війська до країни.", [("відправить", "Deploy", "other")]),
        ("Уряд оголосив надзвичайний стан і комендантську годину.",
         [("надзвичайний стан", "DeclareEmergency", "actual"), ("комендантську годину", "DeclareEmergency", "actual")]),
        ("Ціни на газ зросли вдвічі.", [("зросли", "PriceChange", "actual")]),
        ("Окупанти підірвали міст.", [("підірвали", "Attack", "actual")]),
    ],
}


@pytest.mark.parametrize("language, sentence, expected",
                         [(lang, sentence, expected) for lang, cases in CASES.items() for sentence, expected in cases])
def test_general_news_wording(language, sentence, expected):
    doc = ingest.from_text(sentence + "\n", "t", "t.txt", language=language, dct=DCT)
    found = [(e["text"], e["type"], e["realis"]) for e in annotator.annotate(doc)]
    assert found == expected
