"""CoNLL-U (Universal Dependencies format), one file per split.

FORM is the token; LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS are unknown (`_`). MISC
carries BIO tags of the three layers — `NE=B-PER`, `Timex=B-DATE`, `Event=B-Arrest` —
besides `SpaceAfter=No` where no space follows. Comments: `# newdoc id`, `# sent_id`
(`<doc id>-<sentence id>`), `# text` (the sentence, newlines as spaces), `# lang`.
"""

from pathlib import Path

from .. import corpus_rows
from . import splitfiles

NAME = "conllu"
DROPS = ("KB ids, TIMEX3 values/mod/anchor, event realis/arguments/clusters, nested or "
         "overlapping spans (the first, longest one is tagged), segment kinds, annotation status "
         "and source. Syntax columns are empty (`_`).")


def _misc(tags: dict[str, str], space_after: bool) -> str:
    parts = [f"{key}={tag}" for key, tag in tags.items() if tag != "O"]
    if not space_after:
        parts.append("SpaceAfter=No")
    return "|".join(parts) or "_"


def document_lines(doc: dict) -> list[str]:
    text = doc["text"]
    language = corpus_rows.segment_language(doc)
    tags = {key: corpus_rows.bio_tags(doc["tokens"], doc[layer])
            for key, layer in (("NE", "entities"), ("Timex", "timexes"), ("Event", "events"))}
    lines = [f"# newdoc id = {doc['id']}"]
    for sent, tokens, part in corpus_rows.sentence_tokens(doc):
        if not tokens:
            continue
        sentence_tags = {key: corpus_rows.sentence_tags(values, part) for key, values in tags.items()}
        lines += [f"# sent_id = {doc['id']}-{sent['id']}",
                  f"# lang = {language(sent['start'])}",
                  "# text = " + " ".join(text[sent["start"]:sent["end"]].split())]
        for i, token in enumerate(tokens):
            form = text[token["start"]:token["end"]]
            space_after = token["end"] < len(text) and text[token["end"]].isspace()
            misc = _misc({key: values[i] for key, values in sentence_tags.items()}, space_after)
            lines.append("\t".join([str(i + 1), form, "_", "_", "_", "_", "_", "_", "_", misc]))
        lines.append("")
    return lines


def write(documents, output: Path) -> list[Path]:
    return splitfiles.write_lines(documents, output, ".conllu", document_lines)
