"""Short articles written for these tests (fictional floods, not news text) in the seed
languages and in languages with new evidence files: names the knowledge base does not know
(people with titles, parties, ministries, companies, agencies, rivers, streets), their
spans and types, and inflected KB names."""

import pytest

from qantar import ingest
from qantar.entities.annotator import annotate

DCT = {"value": "2024-05-02", "source": "inferred", "evidence": "test"}

ARTICLES = {
    "pl": "Wojewoda Anna Zielińska spotkała się w czwartek z przedstawicielami Państwowej Straży Pożarnej "
          "w Opolu. Według Instytutu Meteorologii i Gospodarki Wodnej poziom rzeki Odry wciąż rośnie.\n"
          "Minister Tomasz Grabowski zapowiedział, że Ministerstwo Spraw Wewnętrznych i Administracji "
          "przekaże gminom środki. Posłowie Koalicji Obywatelskiej skrytykowali tempo pomocy.\n"
          "Na ulicy Piastowskiej ewakuowano mieszkańców. Spółka Tauron poinformowała o przerwach w dostawach "
          "prądu. Rzecznik Komendy Głównej Policji Krzysztof Nowicki powiedział PAP, że sytuacja jest pod "
          "kontrolą. Jan Kowalski z Nysy pomagał sąsiadom.\n",
    "el": "Ο υπουργός Νίκος Παπαδάκης επισκέφθηκε χθες τη Λάρισα, όπου ο ποταμός Πηνειός υπερχείλισε. "
          "Σύμφωνα με την Πυροσβεστική Υπηρεσία, 300 κάτοικοι απομακρύνθηκαν.\n"
          "Το Υπουργείο Εξωτερικών ανακοίνωσε ότι η Ελληνική Αστυνομία συνεργάζεται με τη Βουλγαρία. "
          "Στην οδό Ερμού τα καταστήματα έκλεισαν νωρίς. Η εταιρεία Aegean ακύρωσε πτήσεις προς τη "
          "Θεσσαλονίκη. Ο Παπαδάκης είπε στο ΑΠΕ-ΜΠΕ ότι η κατάσταση βελτιώνεται.\n"
          "Οι φλόγες έφτασαν στον Αρχάγγελο, στη Λίνδο, στο Κιοτάρι και στο Γεννάδι.\n",
    "da": "Ifølge Danmarks Meteorologiske Institut kan vandstanden i Gudenåen stige yderligere. Borgmester "
          "Mette Kjær fra Socialdemokratiet opfordrede beboerne på Vestergade til at flytte bilerne.\n"
          "Forsvarsministeriet har sendt soldater til Randers, oplyser ministeriet til Ritzau. Kjær sagde, "
          "at Landbrug & Fødevarer har tilbudt hjælp.\n",
    "es": "El ministro del Interior, Javier Morales, visitó el viernes Valencia, donde el río Turia se "
          "desbordó. Según la Agencia Estatal de Meteorología, las lluvias continuarán.\n"
          "El Partido Popular y el Partido Socialista Obrero Español pidieron una comisión. La Guardia Civil "
          "evacuó a 200 vecinos de la calle Colón. La empresa Iberdrola informó de cortes de luz. Morales dijo "
          "a EFE que el Ministerio de Asuntos Exteriores coordina la ayuda y que el aeropuerto de Almaty sigue "
          "cerrado.\nEFE\n",
    "it": "Il Partito Democratico ha chiesto fondi straordinari. Secondo la Protezione Civile, 500 persone "
          "sono state evacuate. Il ministero dell'Interno ha inviato soccorsi in via Saragozza. La società "
          "Enel ha segnalato guasti nella zona di Imola.\n",
    "nl": "De burgemeester van Venlo, Ingrid van Leeuwen, liet bewoners van de Kloosterstraat evacueren. De "
          "Partij van de Arbeid en de VVD willen een debat. Het bedrijf Enexis meldde storingen. Het Kazachse "
          "ministerie van Defensie stuurt militairen, en Turkish Airlines schrapte vluchten.\n",
    "pt": "O Partido Socialista e o Partido Social Democrata pediram apoio urgente. A Guarda Nacional "
          "Republicana retirou moradores da rua Direita. Ferreira disse à agência Lusa que o Ministério dos "
          "Negócios Estrangeiros pediu ajuda a Espanha.\n",
    "ro": "București, 3 mai /Agerpres/ - Partidul Social Democrat și Partidul Național Liberal au cerut o "
          "ședință a Guvernului. Inspectoratul pentru Situații de Urgență a evacuat locuitorii de pe strada "
          "Brăilei.\n",
    "hu": "Kovács Péter belügyminiszter csütörtökön Szegedre látogatott. A Belügyminisztérium közölte, hogy "
          "Nagy Katalin polgármester a Kossuth téren tart sajtótájékoztatót.\n",
    "uk": "Міністр Олег Коваленко в четвер відвідав Чернігів, де річка Десна вийшла з берегів.\n"
          "Херсон, 7 червня /Укрінформ/. У Херсонській області триває евакуація мешканців Херсонщини.\n",
    "sk": "Minister vnútra Martin Kováč vo štvrtok navštívil Trenčín, kde sa rieka Váh vyliala z koryta. "
          "Kováč povedal agentúre TASR, že situácia je vážna.\n",
    "hr": "Ministar Ivan Horvat u četvrtak je posjetio Karlovac. Gradonačelnica Ana Kovačić zatražila je "
          "pomoć. Prema Državnom zavodu, kiša će padati do nedjelje.\n",
    "fi": "Kuljetusalan Työntekijäliitto (KTL) aloitti lakon. Puheenjohtaja Jari Lehtonen kertoi STT:lle, "
          "että neuvottelut jatkuvat. Ilmatieteen laitoksen mukaan tuuli voimistuu.\n",
    "sv": "Kommunstyrelsens ordförande Jonas Attenius (S) fördömer våldet.\n",
    "en": "A spokesman for the US State Department said the U.S. was sending pumps. The UK and the US "
          "offered help to the flooded towns.\n",
    "cs": "Policie ČR v pátek evakuovala obyvatele Děčína, kde se Labe vylilo z břehů.\n",
}


@pytest.fixture(scope="module")
def mentions():
    out = {}
    for language, text in ARTICLES.items():
        doc = ingest.from_text(text, f"unseen-{language}", f"unseen-{language}.txt", language=language, dct=DCT)
        out[language] = {(m["text"], m["type"], m["kb_id"]) for m in annotate(doc)}
    return out


@pytest.mark.parametrize("language, text, entity_type, kb_id", [
    # people with titles: the title stays out of the span
    ("pl", "Anna Zielińska", "PER", None),
    ("pl", "Krzysztof Nowicki", "PER", None),
    ("pl", "Jan Kowalski", "PER", None),                      # `Jan` is a first name, not January
    ("el", "Νίκος Παπαδάκης", "PER", None),                   # surname ending -άκης
    ("el", "Παπαδάκης", "PER", None),                         # the surname alone, later
    ("da", "Mette Kjær", "PER", None),
    ("es", "Javier Morales", "PER", None),
    ("nl", "Ingrid van Leeuwen", "PER", None),                # a name particle inside
    ("hu", "Kovács Péter", "PER", None),                      # family name first
    ("hu", "Nagy Katalin", "PER", None),
    ("sk", "Martin Kováč", "PER", None),
    ("hr", "Ana Kovačić", "PER", None),
    ("fi", "Jari Lehtonen", "PER", None),
    # organisations: head words, connectors, lower-case heads, credits
    ("pl", "Państwowej Straży Pożarnej", "ORG", None),
    ("pl", "Instytutu Meteorologii i Gospodarki Wodnej", "ORG", None),
    ("pl", "Ministerstwo Spraw Wewnętrznych i Administracji", "ORG", None),
    ("pl", "Koalicji Obywatelskiej", "ORG", None),
    ("pl", "Tauron", "ORG", None),                            # after `Spółka`
    ("pl", "PAP", "ORG", "pap"),
    ("cs", "Policie ČR", "ORG", None),                        # a head word before a country abbreviation
    ("en", "US State Department", "ORG", "us-department-of-state"),
    # the short country names of the press
    ("en", "U.S.", "GPE", "united-states"),
    ("en", "US", "GPE", "united-states"),
    ("en", "UK", "GPE", "country-gb"),
    ("el", "Πυροσβεστική Υπηρεσία", "ORG", None),
    ("el", "Υπουργείο Εξωτερικών", "ORG", None),
    ("el", "Ελληνική Αστυνομία", "ORG", None),
    ("el", "Aegean", "ORG", None),                            # after `εταιρεία`
    ("da", "Danmarks Meteorologiske Institut", "ORG", None),
    ("da", "Socialdemokratiet", "ORG", None),
    ("da", "Forsvarsministeriet", "ORG", None),               # a compound head at a sentence start
    ("da", "Landbrug & Fødevarer", "ORG", None),
    ("da", "Ritzau", "ORG", "ritzau"),
    ("es", "Agencia Estatal de Meteorología", "ORG", None),
    ("es", "Partido Popular", "ORG", None),
    ("es", "Partido Socialista Obrero Español", "ORG", None),
    ("es", "Guardia Civil", "ORG", None),                     # without the article `La`
    ("es", "Iberdrola", "ORG", None),
    ("es", "Ministerio de Asuntos Exteriores", "ORG", None),
    ("es", "EFE", "ORG", None),                               # an acronym that spells a common word
    ("it", "Partito Democratico", "ORG", None),
    ("it", "Protezione Civile", "ORG", None),
    ("it", "ministero dell'Interno", "ORG", None),            # a lower-case head before the name
    ("it", "Enel", "ORG", None),
    ("nl", "Partij van de Arbeid", "ORG", None),
    ("nl", "VVD", "ORG", None),
    ("nl", "ministerie van Defensie", "ORG", None),
    ("nl", "Turkish Airlines", "ORG", None),
    ("pt", "Partido Socialista", "ORG", None),
    ("pt", "Partido Social Democrata", "ORG", None),
    ("pt", "Guarda Nacional Republicana", "ORG", None),
    ("pt", "Ministério dos Negócios Estrangeiros", "ORG", None),
    ("ro", "Agerpres", "ORG", None),                          # between slashes: a credit
    ("ro", "Partidul Social Democrat", "ORG", None),
    ("ro", "Partidul Național Liberal", "ORG", None),
    ("ro", "Inspectoratul pentru Situații de Urgență", "ORG", None),
    ("hu", "Belügyminisztérium", "ORG", None),
    ("uk", "Укрінформ", "ORG", None),
    ("sk", "TASR", "ORG", None),
    ("fi", "Kuljetusalan Työntekijäliitto", "ORG", None),     # an inflected modifier at a sentence start
    ("fi", "KTL", "ORG", None),                               # its short form in brackets
    ("fi", "STT:lle", "ORG", None),                           # a case ending after a colon
    ("fi", "Ilmatieteen laitoksen", "ORG", None),
    ("sv", "S", "ORG", None),                                 # a party letter after a person
    # places, rivers, streets, facilities
    ("pl", "Odry", "LOC", None),
    ("pl", "Piastowskiej", "FAC", None),
    ("pl", "Opolu", "GPE", "geonames-3090048"),
    ("el", "Πηνειός", "LOC", None),
    ("el", "Ερμού", "FAC", None),
    ("el", "Αρχάγγελο", "GPE", None),                         # a common word after `στον`
    ("el", "Λίνδο", "GPE", None),                             # a list of places
    ("el", "Γεννάδι", "GPE", None),
    ("da", "Gudenåen", "LOC", None),
    ("da", "Vestergade", "FAC", None),
    ("es", "Turia", "LOC", None),
    ("es", "Colón", "FAC", None),
    ("es", "aeropuerto de Almaty", "FAC", None),
    ("it", "Saragozza", "FAC", None),                         # a street, not Zaragoza
    ("nl", "Kloosterstraat", "FAC", None),
    ("pt", "Direita", "FAC", None),
    ("ro", "Brăilei", "FAC", None),
    ("hu", "Kossuth téren", "FAC", None),
    ("hu", "Szegedre", "GPE", "geonames-715429"),
    ("uk", "Десна", "LOC", None),
    ("uk", "Херсонській області", "GPE", None),
    ("uk", "Херсонщини", "GPE", None),
    ("sk", "Váh", "LOC", None),
])
def test_unknown_names_get_their_span_and_type(mentions, language, text, entity_type, kb_id):
    assert (text, entity_type, kb_id) in mentions[language]


@pytest.mark.parametrize("language, text", [
    ("da", "Ifølge"), ("da", "Institut"), ("es", "La Guardia Civil"), ("es", "Almaty"),
    ("es", "Partido Popular y el Partido Socialista Obrero Español"), ("nl", "Kazachse"),
    ("nl", "Partij van de Arbeid en de VVD"), ("fi", "Työntekijäliitto"), ("fi", "STT"),
    ("it", "Interno"), ("hu", "Katalin"), ("hr", "Prema Državnom"), ("el", "Προστασίας του Πολίτη Νίκος Παπαδάκης"),
])
def test_spans_stop_at_the_name(mentions, language, text):
    assert text not in {found for found, _, _ in mentions[language]}


@pytest.mark.parametrize("language, text, word", [
    ("cs", "Almaty 6. ledna (ČTK) - Kazachstánský prezident odvolal vládu.\n", "Kazachstánský"),
    ("el", "Κατάσταση ανάγκης στο Αλμάτι – Παραιτήθηκε η κυβέρνηση\n", "Παραιτήθηκε"),
    ("de", "Der Präsident sprach von «Terroristen» und drohte.\n", "Terroristen"),
])
def test_a_word_starting_a_clause_is_no_name_for_its_capital(language, text, word):
    doc = ingest.from_text(text, "clause", "clause.txt", language=language, dct=DCT)
    assert word not in {m["text"] for m in annotate(doc)}


def test_a_quoted_name_is_not_a_quotation():
    doc = ingest.from_text("Rolnicy z „Solidarności Rolniczej” zapowiadają blokady.\n", "quoted", "quoted.txt",
                           language="pl", dct=DCT)
    assert "Solidarności Rolniczej" in {m["text"] for m in annotate(doc)}


@pytest.mark.parametrize("language, text, name, entity_type", [
    ("en", "West Yorkshire Police evacuated residents of Kirkstall Road on Friday.\n", "Kirkstall Road", "FAC"),
    ("en", "Officers of West Yorkshire Police evacuated residents on Friday.\n", "Yorkshire Police", "ORG"),
    ("da", "Dansk Folkeparti kræver, at broen over Vejle Fjord lukkes.\n", "Dansk Folkeparti", "ORG"),
    ("da", "Dansk Folkeparti kræver, at broen over Vejle Fjord lukkes.\n", "Vejle Fjord", "LOC"),
    ("el", "Η Τράπεζα της Ελλάδος ανακοίνωσε νέα μέτρα.\n", "Τράπεζα της Ελλάδος", "ORG"),
    ("el", "Διαδηλωτές συγκεντρώθηκαν στην πλατεία Συντάγματος.\n", "Συντάγματος", "FAC"),
    ("en", "Floods reached Otley, Ilkley and Keighley overnight.\n", "Ilkley", "GPE"),
])
def test_names_read_with_their_neighbours(language, text, name, entity_type):
    doc = ingest.from_text(text, "near", "near.txt", language=language, dct=DCT)
    found = {m["text"]: m for m in annotate(doc)}
    assert found[name]["type"] == entity_type and found[name]["kb_id"] is None
