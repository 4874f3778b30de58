"""What the dataset card and the build report say about the documents, gathered one
document at a time so that the corpus never has to be held in memory."""

from collections import Counter
from dataclasses import dataclass, field

from .views import timeline

LAYERS = ("entities", "timexes", "events")
# Up to this many articles the card lists every one; beyond, it summarises per language.
LISTED_ARTICLES = 40
# The card's timeline shows the dated events of the first documents, up to this many events.
TIMELINE_EVENTS = 300


def label_counts(doc: dict) -> Counter:
    """(layer, document language, label) -> annotations of one document."""
    return Counter((layer, doc["language"], ann["type"]) for layer in LAYERS for ann in doc[layer])


@dataclass(frozen=True)
class DocumentStats:
    id: str
    language: str
    languages: frozenset  # of the document and of its paragraphs
    outlet: str | None
    published: str | None
    dct: str
    split: str
    characters: int
    segments: int
    sentences: int
    annotations: tuple  # per layer: (count, any gold)
    provenance: tuple  # ((layer, status, source name), count)
    labels: tuple  # ((layer, document language, label), count)
    dated_events: tuple  # timeline.DatedEvent of the document

    @classmethod
    def of(cls, doc: dict, split: str) -> "DocumentStats":
        provenance = Counter((layer, ann["status"], ann["source"].split(":")[0])
                             for layer in LAYERS for ann in doc[layer])
        return cls(doc["id"], doc["language"], frozenset({doc["language"]} | {s["language"] for s in doc["segments"]}),
                   doc["outlet"], doc["published"], f"{doc['dct']['value']} ({doc['dct']['source']})", split,
                   len(doc["text"]), len(doc["segments"]), len(doc["sentences"]),
                   tuple((len(doc[layer]), any(a["status"] == "gold" for a in doc[layer])) for layer in LAYERS),
                   tuple(sorted(provenance.items())), tuple(sorted(label_counts(doc).items())),
                   tuple(timeline.dated_events([doc])))


@dataclass
class CorpusStats:
    documents: int = 0
    languages: set = field(default_factory=set)
    provenance: Counter = field(default_factory=Counter)  # (layer, document language, status) -> annotations
    sources: dict = field(default_factory=dict)  # (layer, status) -> source names
    listed: list = field(default_factory=list)  # DocumentStats of the first LISTED_ARTICLES + 1 documents
    per_language: dict = field(default_factory=dict)  # language -> Counter of articles per split, characters
    labels: Counter = field(default_factory=Counter)  # (layer, document language, label) -> annotations
    dated_events: list = field(default_factory=list)  # of the first documents, TIMELINE_EVENTS at most

    def add(self, doc: DocumentStats) -> None:
        self.documents += 1
        self.languages |= doc.languages
        for (layer, status, source), count in doc.provenance:
            self.provenance[(layer, doc.language, status)] += count
            self.sources.setdefault((layer, status), set()).add(source)
        if len(self.listed) <= LISTED_ARTICLES:
            self.listed.append(doc)
        self.labels.update(dict(doc.labels))
        if len(self.dated_events) + len(doc.dated_events) <= TIMELINE_EVENTS:
            self.dated_events += doc.dated_events
        counter = self.per_language.setdefault(doc.language, Counter())
        counter[doc.split] += 1
        counter["characters"] += doc.characters

    @property
    def all_listed(self) -> bool:
        return self.documents <= LISTED_ARTICLES
