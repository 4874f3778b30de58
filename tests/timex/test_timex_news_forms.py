"""The common news forms of time expressions in the seed languages and in European
languages with and without a hand-written file, resolved against a DCT (Thursday
2022-01-06): a weekday with its preposition, a day-month-year date in the language's order
and case, yesterday, "three days ago", "for three days", "since Monday", last and next
week, a weekday evening or night, a clock time, an age.

Each text is written for this test (no news text); each case names a phrase of it, the
type, value and mod of the one time expression covering it.
"""

import pytest

from timex_helpers import tag

DCT = "2022-01-06"
W = "2022-01-05"  # Wednesday
MON = "2022-01-03"
TUE_EV, TUE_NI = "2022-01-04TEV", "2022-01-04TNI"
LAST_WEEK, NEXT_WEEK = "2021-W52", "2022-W02"
CLOCK = "2022-01-06T14:30"

TEXTS = {
    "pl": ('O 14.30 zaczęła się konferencja. W środę protestujący zebrali się na placu. 5 stycznia '
           '2022 r. rząd podał się do dymisji. Wczoraj policja użyła gazu. Trzy dni temu ogłoszono '
           'stan wyjątkowy. Protesty trwały przez trzy dni. Od poniedziałku lotnisko jest zamknięte.'
           ' W zeszłym tygodniu ceny wzrosły. W przyszłym tygodniu rozmowy zostaną wznowione. '
           '81-letni były prezydent milczy. We wtorek wieczorem słychać było strzały.'),
    "el": ('Στις 14:30 άρχισε η συνέντευξη Τύπου. Την Τετάρτη οι διαδηλωτές συγκεντρώθηκαν. Στις 5 '
           'Ιανουαρίου 2022 η κυβέρνηση παραιτήθηκε. Χθες η αστυνομία έκανε χρήση δακρυγόνων. Πριν '
           'από τρεις ημέρες κηρύχθηκε κατάσταση έκτακτης ανάγκης. Οι διαδηλώσεις διήρκεσαν τρεις '
           'ημέρες. Από τη Δευτέρα το αεροδρόμιο είναι κλειστό. Την περασμένη εβδομάδα οι τιμές '
           'αυξήθηκαν. Την επόμενη εβδομάδα οι συνομιλίες θα συνεχιστούν. Ο 81χρονος πρώην πρόεδρος '
           'σιωπά. Την Τρίτη το βράδυ ακούστηκαν πυροβολισμοί.'),
    "da": ('Kl. 14.30 begyndte pressemødet. Onsdag samledes demonstranterne på pladsen. Den 5. '
           'januar 2022 gik regeringen af. I går brugte politiet tåregas. For tre dage siden blev '
           'der erklæret undtagelsestilstand. Protesterne varede i tre dage. Siden mandag har '
           'lufthavnen været lukket. I sidste uge steg priserne. I næste uge genoptages '
           'forhandlingerne. Den 81-årige tidligere præsident tier. Tirsdag aften lød der skud.'),
    "en": ('At 2.30 pm the press conference began. On Wednesday protesters gathered in the square. '
           'On 5 January 2022 the government resigned. Yesterday police used tear gas. Three days '
           'ago a state of emergency was declared. The protests lasted for three days. Since Monday '
           'the airport has been closed. Last week prices rose. Next week the talks will resume. The'
           ' 81-year-old former president is silent. On Tuesday evening shots were heard.'),
    "es": ('A las 14.30 comenzó la rueda de prensa. El miércoles los manifestantes se reunieron en '
           'la plaza. El 5 de enero de 2022 dimitió el gobierno. Ayer la policía usó gases '
           'lacrimógenos. Hace tres días se declaró el estado de emergencia. Las protestas duraron '
           'tres días. Desde el lunes el aeropuerto está cerrado. La semana pasada subieron los '
           'precios. La próxima semana se reanudarán las conversaciones. El expresidente, de 81 '
           'años, guarda silencio. El martes por la noche hubo disparos.'),
    "it": ('Alle 14.30 è iniziata la conferenza stampa. Mercoledì i manifestanti si sono radunati in'
           ' piazza. Il 5 gennaio 2022 il governo si è dimesso. Ieri la polizia ha usato i '
           'lacrimogeni. Tre giorni fa è stato dichiarato lo stato di emergenza. Le proteste sono '
           "durate tre giorni. Da lunedì l'aeroporto è chiuso. La settimana scorsa i prezzi sono "
           "saliti. La prossima settimana riprenderanno i colloqui. L'ex presidente, 81 anni, tace. "
           'Martedì sera ci sono stati spari.'),
    "nl": ('Om 14.30 uur begon de persconferentie. Op woensdag kwamen de demonstranten bijeen op het'
           ' plein. Op 5 januari 2022 trad de regering af. Gisteren gebruikte de politie traangas. '
           'Drie dagen geleden werd de noodtoestand afgekondigd. De protesten duurden drie dagen. '
           'Sinds maandag is het vliegveld gesloten. Vorige week stegen de prijzen. Volgende week '
           'worden de gesprekken hervat. De 81-jarige oud-president zwijgt. Dinsdagavond werd er '
           'geschoten.'),
    "pt": ('Às 14h30 começou a conferência de imprensa. Na quarta-feira os manifestantes reuniram-se'
           ' na praça. Em 5 de janeiro de 2022 o governo demitiu-se. Ontem a polícia usou gás '
           'lacrimogéneo. Há três dias foi declarado o estado de emergência. Os protestos duraram '
           'três dias. Desde segunda-feira o aeroporto está fechado. Na semana passada os preços '
           'subiram. Na próxima semana as conversações serão retomadas. O ex-presidente, de 81 anos,'
           ' está calado. Na terça-feira à noite houve tiros.'),
    "ro": ('La ora 14.30 a început conferința de presă. Miercuri protestatarii s-au adunat în piață.'
           ' Pe 5 ianuarie 2022 guvernul a demisionat. Ieri poliția a folosit gaze lacrimogene. Acum'
           ' trei zile a fost declarată starea de urgență. Protestele au durat trei zile. De luni '
           'aeroportul este închis. Săptămâna trecută prețurile au crescut. Săptămâna viitoare '
           'discuțiile vor fi reluate. Fostul președinte, în vârstă de 81 de ani, tace. Marți seara '
           's-au auzit focuri de armă.'),
    "hu": ('14.30-kor kezdődött a sajtótájékoztató. Szerdán a tüntetők összegyűltek a téren. 2022. '
           'január 5-én a kormány lemondott. Tegnap a rendőrség könnygázt vetett be. Három nappal '
           'ezelőtt rendkívüli állapotot hirdettek. A tüntetések három napig tartottak. Hétfő óta '
           'zárva van a repülőtér. A múlt héten emelkedtek az árak. A jövő héten folytatódnak a '
           'tárgyalások. A 81 éves volt elnök hallgat. Kedd este lövések dördültek.'),
    "uk": ('О 14:30 почалася пресконференція. У середу протестувальники зібралися на площі. 5 січня '
           '2022 року уряд пішов у відставку. Вчора поліція застосувала сльозогінний газ. Три дні '
           'тому запровадили надзвичайний стан. Протести тривали три дні. З понеділка аеропорт '
           'закритий. Минулого тижня ціни зросли. Наступного тижня переговори відновляться. '
           '81-річний колишній президент мовчить. У вівторок увечері лунали постріли.'),
    "sk": ('O 14.30 sa začala tlačová konferencia. V stredu sa demonštranti zhromaždili na námestí. '
           '5. januára 2022 vláda podala demisiu. Včera polícia použila slzotvorný plyn. Pred tromi '
           'dňami vyhlásili výnimočný stav. Protesty trvali tri dni. Od pondelka je letisko '
           'zatvorené. Minulý týždeň ceny stúpli. Budúci týždeň sa rokovania obnovia. 81-ročný '
           'exprezident mlčí. V utorok večer sa strieľalo.'),
    "sl": ('Ob 14.30 se je začela novinarska konferenca. V sredo so se protestniki zbrali na trgu. '
           '5. januarja 2022 je vlada odstopila. Včeraj je policija uporabila solzivec. Pred tremi '
           'dnevi so razglasili izredne razmere. Protesti so trajali tri dni. Od ponedeljka je '
           'letališče zaprto. Prejšnji teden so cene zrasle. Naslednji teden se bodo pogovori '
           'nadaljevali. 81-letni nekdanji predsednik molči. V torek zvečer so odjeknili streli.'),
    "et": ('Kell 14.30 algas pressikonverents. Kolmapäeval kogunesid meeleavaldajad väljakule. 5. '
           'jaanuaril 2022 astus valitsus tagasi. Eile kasutas politsei pisargaasi. Kolm päeva '
           'tagasi kuulutati välja erakorraline seisukord. Protestid kestsid kolm päeva. Alates '
           'esmaspäevast on lennujaam suletud. Eelmisel nädalal tõusid hinnad. Järgmisel nädalal '
           'jätkuvad läbirääkimised. 81-aastane endine president vaikib. Teisipäeva õhtul kõlasid '
           'lasud.'),
    "lt": ('14.30 val. prasidėjo spaudos konferencija. Trečiadienį protestuotojai susirinko '
           'aikštėje. 2022 m. sausio 5 d. vyriausybė atsistatydino. Vakar policija panaudojo '
           'ašarines dujas. Prieš tris dienas buvo paskelbta nepaprastoji padėtis. Protestai truko '
           'tris dienas. Nuo pirmadienio oro uostas uždarytas. Praėjusią savaitę kainos pakilo. Kitą'
           ' savaitę derybos bus atnaujintos. 81 metų buvęs prezidentas tyli. Antradienio vakarą '
           'nuaidėjo šūviai.'),
    "lv": ('Plkst. 14.30 sākās preses konference. Trešdien protestētāji pulcējās laukumā. 2022. gada'
           ' 5. janvārī valdība atkāpās. Vakar policija izmantoja asaru gāzi. Pirms trim dienām tika'
           ' izsludināts ārkārtas stāvoklis. Protesti ilga trīs dienas. Kopš pirmdienas lidosta ir '
           'slēgta. Pagājušajā nedēļā cenas pieauga. Nākamajā nedēļā sarunas atsāksies. 81 gadu '
           'vecais bijušais prezidents klusē. Otrdienas vakarā atskanēja šāvieni.'),
    "hr": ('U 14.30 počela je konferencija za medije. U srijedu su se prosvjednici okupili na trgu. '
           '5. siječnja 2022. vlada je podnijela ostavku. Jučer je policija upotrijebila suzavac. '
           'Prije tri dana proglašeno je izvanredno stanje. Prosvjedi su trajali tri dana. Od '
           'ponedjeljka je zračna luka zatvorena. Prošlog tjedna cijene su porasle. Sljedećeg tjedna'
           ' nastavljaju se pregovori. 81-godišnji bivši predsjednik šuti. U utorak navečer '
           'odjeknuli su pucnji.'),
    "bg": ('В 14.30 ч. започна пресконференцията. В сряда протестиращите се събраха на площада. На 5'
           ' януари 2022 г. правителството подаде оставка. Вчера полицията използва сълзотворен газ.'
           ' Преди три дни беше обявено извънредно положение. Протестите продължиха три дни. От '
           'понеделник летището е затворено. Миналата седмица цените се покачиха. Следващата седмица'
           ' преговорите ще бъдат възобновени. 81-годишният бивш президент мълчи. Във вторник '
           'вечерта се чуха изстрели.'),
}

# language -> (weekday, date, yesterday, days ago, for days, since Monday, last week,
# next week, clock time, age, evening or night): the phrase each case looks for.
PHRASES = {
    "pl": ("W środę", "5 stycznia 2022", "Wczoraj", "Trzy dni temu", "trzy dni", "Od poniedziałku",
           "W zeszłym tygodniu", "przyszłym tygodniu", "O 14.30", "81-letni", "wtorek wieczorem"),
    "el": ("Την Τετάρτη", "5 Ιανουαρίου 2022", "Χθες", "Πριν από τρεις ημέρες", "διήρκεσαν τρεις ημέρες",
           "τη Δευτέρα", "περασμένη εβδομάδα", "επόμενη εβδομάδα", "14:30", "81χρονος",
           "Τρίτη το βράδυ"),
    "da": ("Onsdag", "5. januar 2022", "I går", "For tre dage siden", "i tre dage", "Siden mandag",
           "I sidste uge", "I næste uge", "Kl. 14.30", "81-årige", "Tirsdag aften"),
    "en": ("On Wednesday", "5 January 2022", "Yesterday", "Three days ago", "for three days",
           "Since Monday", "Last week", "Next week", "2.30 pm", "81-year-old", "Tuesday evening"),
    "es": ("El miércoles", "5 de enero de 2022", "Ayer", "Hace tres días", "duraron tres días",
           "Desde el lunes", "La semana pasada", "próxima semana", "14.30", "81 años",
           "martes por la noche"),
    "it": ("Mercoledì", "5 gennaio 2022", "Ieri", "Tre giorni fa", "durate tre giorni", "Da lunedì",
           "settimana scorsa", "prossima settimana", "Alle 14.30", "81 anni", "Martedì sera"),
    "nl": ("woensdag", "5 januari 2022", "Gisteren", "Drie dagen geleden", "duurden drie dagen",
           "Sinds maandag", "Vorige week", "Volgende week", "14.30 uur", "81-jarige",
           "Dinsdagavond"),
    "pt": ("quarta-feira os", "5 de janeiro de 2022", "Ontem", "Há três dias", "duraram três dias",
           "Desde segunda-feira", "semana passada", "próxima semana", "14h30", "81 anos",
           "terça-feira à noite"),
    "ro": ("Miercuri", "5 ianuarie 2022", "Ieri", "Acum trei zile", "durat trei zile", "De luni",
           "Săptămâna trecută", "Săptămâna viitoare", "14.30", "81 de ani", "Marți seara"),
    "hu": ("Szerdán", "2022. január 5-én", "Tegnap", "Három nappal ezelőtt", "három napig",
           "Hétfő óta", "múlt héten", "jövő héten", "14.30-kor", "81 éves", "Kedd este"),
    "uk": ("У середу", "5 січня 2022", "Вчора", "Три дні тому", "тривали три дні", "З понеділка",
           "Минулого тижня", "Наступного тижня", "О 14:30", "81-річний", "вівторок увечері"),
    "sk": ("V stredu", "5. januára 2022", "Včera", "Pred tromi dňami", "trvali tri dni",
           "Od pondelka", "Minulý týždeň", "Budúci týždeň", "O 14.30", "81-ročný", "utorok večer"),
    "sl": ("V sredo", "5. januarja 2022", "Včeraj", "Pred tremi dnevi", "trajali tri dni",
           "Od ponedeljka", "Prejšnji teden", "Naslednji teden", "Ob 14.30", "81-letni",
           "torek zvečer"),
    "et": ("Kolmapäeval", "5. jaanuaril 2022", "Eile", "Kolm päeva tagasi", "kestsid kolm päeva",
           "Alates esmaspäevast", "Eelmisel nädalal", "Järgmisel nädalal", "Kell 14.30",
           "81-aastane", "Teisipäeva õhtul"),
    "lt": ("Trečiadienį", "sausio 5 d", "Vakar", "Prieš tris dienas", "truko tris dienas",
           "Nuo pirmadienio", "Praėjusią savaitę", "Kitą savaitę", "14.30 val", "81 metų",
           "Antradienio vakarą"),
    "lv": ("Trešdien", "5. janvārī", "Vakar", "Pirms trim dienām", "ilga trīs dienas",
           "Kopš pirmdienas", "Pagājušajā nedēļā", "Nākamajā nedēļā", "Plkst. 14.30",
           "81 gadu vecais", "Otrdienas vakarā"),
    "hr": ("U srijedu", "5. siječnja 2022", "Jučer", "Prije tri dana", "trajali tri dana",
           "Od ponedjeljka", "Prošlog tjedna", "Sljedećeg tjedna", "U 14.30", "81-godišnji",
           "utorak navečer"),
    "bg": ("В сряда", "5 януари 2022", "Вчера", "Преди три дни", "продължиха три дни",
           "От понеделник", "Миналата седмица", "Следващата седмица", "В 14.30", "81-годишният",
           "вторник вечерта"),
}

EXPECTED = (
    ("DATE", W, None), ("DATE", W, None), ("DATE", W, None), ("DATE", MON, None),
    ("DURATION", "P3D", None), ("DATE", MON, "ON_OR_AFTER"), ("DATE", LAST_WEEK, None),
    ("DATE", NEXT_WEEK, None), ("TIME", CLOCK, None), ("DURATION", "P81Y", None),
)
EVENING = {"es": TUE_NI, "pt": TUE_NI}  # "por la noche", "à noite": the night


def _expected(language: str) -> list[tuple]:
    return [*EXPECTED, ("DATE", EVENING.get(language, TUE_EV), None)]


DETECTED = {"pl", "el", "da", "en", "uk"}  # the paragraph detector's candidates among these
CASES = [(lang, phrase, *expected) for lang, phrases in PHRASES.items()
         for phrase, expected in zip(phrases, _expected(lang))]


@pytest.fixture(scope="module")
def tagged():
    return {lang: (text, tag(text, lang, DCT, detected=lang in DETECTED)) for lang, text in TEXTS.items()}


@pytest.mark.parametrize("language, phrase, timex_type, value, mod", CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_news_form(tagged, language, phrase, timex_type, value, mod):
    text, timexes = tagged[language]
    at = text.index(phrase)
    found = [t for t in timexes if t["start"] < at + len(phrase) and at < t["end"]]
    assert [(t["type"], t["value"], t["mod"]) for t in found] == [(timex_type, value, mod)], \
        f"{phrase!r}: {[(t['text'], t['type'], t['value'], t['mod']) for t in found]}"
