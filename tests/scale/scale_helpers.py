"""Articles written for the scale tests, and adding one to a project copy."""

import json

# Short articles written for these tests (not news text), in the seed languages and English.
EXTRA_ARTICLES = {
    "t01_pl": ("pl", "W środę rano mieszkańcy Ałmaty wyszli na ulice.\nProtestujący domagali się obniżki cen gazu.\n"),
    "t02_pl": ("pl", "Prezydent Tokajew ogłosił stan wyjątkowy w nocy z wtorku na środę.\nLotnisko zostało zamknięte.\n"),
    "t03_da": ("da", "Onsdag aften blev flere demonstranter anholdt i Almaty.\nRegeringen er gået af.\n"),
    "t04_da": ("da", "Internettet var lukket i to dage.\nPriserne på gas steg i januar.\n"),
    "t05_en": ("en", "On Wednesday protesters gathered in Almaty.\nThe government resigned the same day.\n"),
    "t06_pl": ("pl", "Od wtorku wieczorem w Ałmaty trwały zamieszki.\nPolicja zatrzymała kilkuset ludzi.\n"),
    "t07_en": ("en", "Flights to Almaty were suspended for two days.\nTroops arrived on Thursday.\n"),
}
DCT = {"value": "2022-01-05", "source": "inferred", "evidence": "written for the tests"}


def add_article(project, doc_id: str, language: str, text: str) -> None:
    seeds = project / "seeds"
    (seeds / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    metadata = json.loads((seeds / "metadata.json").read_text(encoding="utf-8"))
    metadata["documents"].append({"id": doc_id, "file": f"{doc_id}.txt", "language": language,
                                  "outlet": None, "published": None, "dct": DCT})
    (seeds / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False, indent=1), encoding="utf-8")
