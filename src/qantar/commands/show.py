"""`qantar show`: readable HTML pages of the annotated articles."""

import argparse
from pathlib import Path

from ..errors import InputError
from ..paths import corpus_dir


def _show(args) -> int:
    from ..exports import reader  # pyarrow, datasets, matplotlib: only for this command
    from ..views import page, site

    docs = [doc for _split, doc in reader.documents(args.corpus or corpus_dir())]
    if args.all:
        files = site.write(docs, args.html)
    else:
        chosen = [doc for doc in docs if doc["id"] == args.doc]
        if not chosen:
            raise InputError(f"no document {args.doc!r} in the corpus; ids are: {', '.join(d['id'] for d in docs)}")
        files = page.write_pages(chosen, args.html)
    print(f"wrote {len(files)} file(s) to {args.html}; open {args.html / 'index.html'} in a browser")
    return 0


def register(sub) -> None:
    p = sub.add_parser(
        "show", help="write self-contained HTML pages of annotated articles (and a timeline)",
        description="Render articles of the built corpus as HTML pages that need no network: entities coloured by "
                    "type with their KB entry on hover, time expressions with their values, event triggers with "
                    "type and realis, their arguments outlined on hover, paragraph kind and language, automatic "
                    "annotations dashed. --all also writes an index and the timeline of dated events.\n\n"
                    "Examples:\n  qantar show --all --html site/\n  qantar show 000_936a6e5b7446c60f --html site/",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("doc", nargs="?", help="a document id")
    which.add_argument("--all", action="store_true", help="every document, the index and the timeline")
    p.add_argument("--html", type=Path, required=True, help="directory to write the pages into")
    p.add_argument("--corpus", type=Path, help="a built corpus directory (default corpus/)")
    p.set_defaults(handler=_show)
