"""Charts drawn at build time with matplotlib as static SVG, each with alt text and its data table.

Same data, same bytes: a fixed hash salt for SVG ids, no date in the metadata, text kept as
text (no glyph outlines, which are large and depend on the installed fonts).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from rapat.records import ADMINISTRATION_CHANGE

MARK_LABEL = "Pergantian pemerintahan / change of administration (20 Feb 2025)"
PALETTE = ("#1b6ca8", "#e3823b", "#3a9a5b", "#c0392b", "#8e6bbf", "#8c5a3c", "#d16ba5",
           "#7f7f7f", "#b5bd3a", "#17a2b8", "#34495e", "#f1c40f", "#95a5a6")


@dataclass
class Chart:
    """One chart: its SVG file name, bilingual title, alt text and the table of what it draws."""

    name: str
    title_id: str
    title_en: str
    alt: str
    columns: list[str]
    rows: list[list]
    svg: str = ""

    @property
    def file(self) -> str:
        """Path of the SVG relative to the site root."""
        return f"grafik/{self.name}.svg"


def _pyplot():
    """pyplot configured for reproducible SVG (imported late: it is slow to import)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({
        "svg.hashsalt": "rapat-lampung",
        "svg.fonttype": "none",
        "font.family": "DejaVu Sans",
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    })
    return plt


def _svg(fig) -> str:
    plt = _pyplot()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": "Rapat Lampung"})
    plt.close(fig)
    return buf.getvalue()


def _mark_position(labels: list[str], key: str, fraction: float) -> float | None:
    """x of the change of administration on an axis of period labels (None when outside it)."""
    return labels.index(key) + fraction if key in labels else None


def _stacked(ax, values, names: list[str], colors) -> None:
    """Stacked areas over many periods; stacked bars over a few (an area one period wide has no width)."""
    values = list(values)
    n = len(values[0]) if values else 0
    if n > 12:
        ax.stackplot(range(n), *values, labels=names, colors=colors, step="mid")
        return
    bottom = [0] * n
    for series, name, color in zip(values, names, colors):
        ax.bar(range(n), series, bottom=bottom, label=name, color=color, width=0.8)
        bottom = [b + v for b, v in zip(bottom, series)]


def _mark_alt(periods: list[str]) -> str:
    """The alt text's words for the marker, only when the chart's time span includes it."""
    inside = periods and periods[0][:4] <= str(ADMINISTRATION_CHANGE.year) <= periods[-1][:4]
    return "; garis putus-putus menandai pergantian pemerintahan 20 Februari 2025" if inside else ""


def _time_axis(ax, labels: list[str], mark: float | None) -> None:
    """Year ticks on a period axis, and the change of administration as a dashed line."""
    ticks = [i for i, lab in enumerate(labels) if lab.endswith(("-01", "-Q1"))] or [0]
    ax.set_xticks(ticks, [labels[i][:4] for i in ticks])
    ax.set_xlim(-0.5, max(len(labels) - 0.5, 0.5))
    if mark is not None:
        ax.axvline(mark, color="#222", linestyle="--", linewidth=1)
        ax.annotate("20 Feb 2025", (mark, 1), xycoords=("data", "axes fraction"), xytext=(3, -10),
                    textcoords="offset points", fontsize=8)


def per_month_chart(months: list[str], series: dict[str, list[int]], labels: dict[str, tuple[str, str]]) -> Chart:
    """Meetings per month, stacked by meeting type."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 3.6))
    if months:
        names = [labels.get(t, (t, t))[0] for t in series]
        _stacked(ax, series.values(), names, PALETTE[: len(series)])
        day = ADMINISTRATION_CHANGE
        _time_axis(ax, months, _mark_position(months, f"{day:%Y-%m}", day.day / 31))
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7, frameon=False)
    ax.set_ylabel("rapat / meetings")
    totals = [sum(col) for col in zip(*series.values())] if series else []
    peak = max(range(len(totals)), key=totals.__getitem__) if totals else None
    alt = (f"Grafik area bertumpuk jumlah rapat per bulan menurut jenis, {months[0]} sampai {months[-1]}; "
           f"puncak {totals[peak]} rapat pada {months[peak]}{_mark_alt(months)}. "
           "/ Stacked area chart of meetings per month by type." if months else "Belum ada data. / No data yet.")
    rows = [[mo, sum(s[i] for s in series.values())] + [s[i] for s in series.values()] for i, mo in enumerate(months)]
    chart = Chart("rapat-per-bulan", "Rapat per bulan menurut jenis", "Meetings per month by type", alt,
                  ["bulan / month", "total"] + [labels.get(t, (t, t))[0] for t in series], rows)
    chart.svg = _svg(fig)
    return chart


def bar_chart(name: str, title_id: str, title_en: str, items: list[tuple[str, int]], noun: str, note: str = "") -> Chart:
    """A horizontal bar chart of (label, count), largest on top."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 0.5 + 0.28 * max(len(items), 1)))
    names = [k for k, _ in items][::-1]
    values = [v for _, v in items][::-1]
    ax.barh(range(len(items)), values, color=PALETTE[0])
    ax.set_yticks(range(len(items)), names)
    for y, v in enumerate(values):
        ax.annotate(str(v), (v, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=7)
    ax.set_xlabel(noun)
    alt = (f"Diagram batang {title_id.lower()}: " + "; ".join(f"{k} {v}" for k, v in items[:5] if v)
           + f". {note}/ Bar chart: {title_en.lower()}.") if items else "Belum ada data. / No data yet."
    chart = Chart(name, title_id, title_en, alt, ["nama / name", noun], [[k, v] for k, v in items])
    chart.svg = _svg(fig)
    return chart


def topics_chart(quarters: list[str], series: dict[str, list[int]], labels: dict[str, str]) -> Chart:
    """Meetings per quarter for the most frequent topics, one line each."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 3.4))
    dots = "o" if len(quarters) <= 12 else None  # a line through one or two quarters is too short to see
    for color, (topic, values) in zip(PALETTE, series.items()):
        ax.plot(range(len(quarters)), values, label=labels.get(topic, topic), color=color, linewidth=1.6,
                marker=dots, markersize=4)
    if quarters:
        day = ADMINISTRATION_CHANGE
        _time_axis(ax, quarters, _mark_position(quarters, f"{day.year}-Q{(day.month - 1) // 3 + 1}", 50 / 90))
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7, frameon=False)
    ax.set_ylabel("rapat / meetings")
    alt = ("Grafik garis rapat per triwulan untuk topik tersering: " + ", ".join(labels.get(t, t) for t in series)
           + _mark_alt(quarters) + ". / Line chart of meetings per quarter by topic.") if quarters else "Belum ada data. / No data yet."
    rows = [[q] + [s[i] for s in series.values()] for i, q in enumerate(quarters)]
    chart = Chart("topik-per-triwulan", "Topik rapat per triwulan", "Meeting topics per quarter", alt,
                  ["triwulan / quarter"] + [labels.get(t, t) for t in series], rows)
    chart.svg = _svg(fig)
    return chart


def sources_chart(months: list[str], series: dict[str, list[int]]) -> Chart:
    """Articles per month, stacked by source."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 3.4))
    if months:
        colors = [PALETTE[i % len(PALETTE)] for i in range(len(series))]
        _stacked(ax, series.values(), list(series), colors)
        day = ADMINISTRATION_CHANGE
        _time_axis(ax, months, _mark_position(months, f"{day:%Y-%m}", day.day / 31))
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7, frameon=False)
    ax.set_ylabel("artikel / articles")
    alt = (f"Grafik area bertumpuk artikel per bulan menurut sumber, {months[0]} sampai {months[-1]}{_mark_alt(months)}. "
           "/ Stacked area chart of articles per month by source.") if months else "Belum ada data. / No data yet."
    rows = [[mo, sum(s[i] for s in series.values())] + [s[i] for s in series.values()] for i, mo in enumerate(months)]
    chart = Chart("artikel-per-bulan", "Artikel per bulan menurut sumber", "Articles per month by source", alt,
                  ["bulan / month", "total"] + list(series), rows)
    chart.svg = _svg(fig)
    return chart
