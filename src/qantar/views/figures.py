"""Figures for the dataset card and the timeline page, as SVG that is byte-identical from
one build to the next (fixed font, fixed id salt, no date or creator in the metadata)."""

from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)

from .. import taxonomy  # noqa: E402
from .style import LANGUAGE_COLOURS  # noqa: E402

_STYLE = {"svg.hashsalt": "qantar", "svg.fonttype": "none", "font.family": "DejaVu Sans", "font.size": 9,
          "axes.spines.top": False, "axes.spines.right": False}
LAYERS = ("entities", "timexes", "events")


def _save(fig, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(fig)
    return path


def label_distribution(counts: Counter, languages: list[str], path: Path) -> Path:
    """Annotations per label (`counts`: (layer, document language, label) -> annotations),
    one panel per layer, one bar group per document language."""
    tax = taxonomy.load()
    labels = {"entities": tax.entity_types, "timexes": tax.timex_types, "events": tax.event_types}
    with plt.rc_context(_STYLE):
        fig, axes = plt.subplots(1, 3, figsize=(12, 3.6), gridspec_kw={"width_ratios": [6, 4, 12]})
        width = 0.8 / max(1, len(languages))
        for ax, layer in zip(axes, LAYERS):
            for i, lang in enumerate(languages):
                xs = [j + i * width for j in range(len(labels[layer]))]
                ax.bar(xs, [counts[(layer, lang, lab)] for lab in labels[layer]], width,
                       label=lang, color=LANGUAGE_COLOURS[i % len(LANGUAGE_COLOURS)])
            ax.set_xticks([j + 0.4 - width / 2 for j in range(len(labels[layer]))], labels[layer], rotation=45, ha="right")
            ax.set_title(layer)
        axes[0].set_ylabel("annotations")
        axes[-1].legend(title="document language", frameon=False)
        return _save(fig, path)


def evaluation_chart(tables: dict, path: Path) -> Path | None:
    """F1 of each layer per language, one panel per evaluation variant (summary tables)."""
    variants = [(name, rows[0]) for name, rows in tables.items() if rows]
    if not variants:
        return None
    columns = ["entities F1 (strict)", "timexes F1 (strict)", "events F1 (relaxed)", "arguments F1"]
    with plt.rc_context(_STYLE):
        fig, axes = plt.subplots(1, len(variants), figsize=(4.2 * len(variants), 3.4), squeeze=False)
        for ax, (name, table) in zip(axes[0], variants):
            index = [table.header.index(c) for c in columns]
            rows = table.rows
            width = 0.8 / len(columns)
            for k, (column, col) in enumerate(zip(columns, index)):
                values = [float(row[col]) if row[col] not in ("–", "") else 0.0 for row in rows]
                ax.bar([i + k * width for i in range(len(rows))], values, width, label=column)
            ax.set_xticks([i + 0.4 - width / 2 for i in range(len(rows))], [row[0] for row in rows])
            ax.set_ylim(0, 1)
            ax.set_title(name)
        axes[0][0].set_ylabel("F1")
        handles, names = axes[0][0].get_legend_handles_labels()
        fig.legend(handles, names, frameon=False, loc="lower center", ncol=len(columns), bbox_to_anchor=(0.5, -0.08))
        return _save(fig, path)


def timeline(events, colours: dict[str, str], path: Path) -> Path:
    """One row per cluster, one dot per dated event, coloured by the language reporting it."""
    import datetime as dt

    clusters = sorted({e.cluster for e in events})
    row = {c: i for i, c in enumerate(clusters)}
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(10, 1 + 0.3 * max(1, len(clusters))))
        offsets, points = Counter(), {}
        for e in events:
            key = (e.cluster, e.day)
            jitter = 0.12 * (offsets[key] % 5 - 2)
            offsets[key] += 1
            group = points.setdefault((e.language, e.realis == "actual"), ([], []))
            group[0].append(dt.date.fromisoformat(e.day))
            group[1].append(row[e.cluster] + jitter)
        for (language, actual), (days, rows) in sorted(points.items()):  # one collection per group: fast
            ax.scatter(days, rows, s=22, color=colours[language], marker="o" if actual else "x")
        ax.set_yticks(range(len(clusters)), clusters)
        for lang, colour in colours.items():
            ax.scatter([], [], color=colour, label=lang)
        ax.legend(title="language", frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
        ax.set_xlabel("day (o reported as happened, x other realis)")
        fig.autofmt_xdate()
        return _save(fig, path)
