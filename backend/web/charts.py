"""Bar charts drawn on the server as inline SVG: nothing to fetch, nothing to run in the browser.

Bars are sized in percentages of the chart's width and the text in CSS pixels, so one drawing reads
the same on a 320 px phone as on a desktop. Each chart is an image with a title and a description
that states every value; the page shows the same figures in a table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

ROW_HEIGHT = 52
BAR_HEIGHT = 22
LABEL_BASELINE = 16
BAR_TOP = 24
# The bars take the left of the chart; the right is kept for the value, so they never collide.
BAR_AREA = 78


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # the bar's length as a share of the axis, 0 to 1
    value_text: str  # short enough to sit beside the bar on a phone: "66.7%", "12"
    detail: str = ""  # said in the description too: "(2 of 3)"


def bar_chart(
    chart_id: str,
    title: str,
    bars: list[Bar],
    *,
    target: float | None = None,
    target_text: str = "",
) -> Markup:
    rows = []
    for index, bar in enumerate(bars):
        top = index * ROW_HEIGHT
        length = max(0.0, min(1.0, bar.value)) * 100
        marker = ""
        if target is not None:
            marker = (
                f'<line class="chart-target" x1="{target * 100:.2f}%" x2="{target * 100:.2f}%" '
                f'y1="-4" y2="{BAR_HEIGHT + 4}"/>'
            )
        rows.append(
            f'<text class="chart-label" x="0" y="{top + LABEL_BASELINE}">{escape(bar.label)}</text>'
            f'<svg x="0" y="{top + BAR_TOP}" width="{BAR_AREA}%" height="{BAR_HEIGHT}" '
            f'overflow="visible">'
            f'<rect class="chart-track" width="100%" height="{BAR_HEIGHT}"/>'
            f'<rect class="chart-bar" width="{length:.2f}%" height="{BAR_HEIGHT}"/>{marker}</svg>'
            f'<text class="chart-value" x="100%" y="{top + BAR_TOP + 16}" text-anchor="end">'
            f"{escape(bar.value_text)}</text>"
        )
    height = max(1, len(bars)) * ROW_HEIGHT
    legend = ""
    if target is not None and target_text:
        legend = (
            f'<svg x="0" y="{height}" width="{BAR_AREA}%" height="24" overflow="visible">'
            f'<line class="chart-target" x1="{target * 100:.2f}%" x2="{target * 100:.2f}%" '
            f'y1="2" y2="20"/></svg>'
            f'<text class="chart-legend" x="0" y="{height + 16}">{escape(target_text)}</text>'
        )
        height += 28
    if not bars:
        rows.append('<text class="chart-label" x="0" y="20">Nothing to show for this period</text>')
    description = "; ".join(
        f"{bar.label}: {bar.value_text}{f' {bar.detail}' if bar.detail else ''}" for bar in bars
    )
    description = description or "no data"
    if target_text:
        description += f". {target_text}"
    return Markup(
        f'<svg class="chart" id="{escape(chart_id)}" role="img" width="100%" height="{height}" '
        f'aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>'
        f'<desc id="{escape(chart_id)}-desc">{escape(description)}</desc>'
        f"{''.join(rows)}{legend}</svg>"
    )


def count_bars(counts: list[tuple[str, int]], labels: dict[str, str] | None = None) -> list[Bar]:
    """Bars for counts, the largest filling the axis."""
    largest = max((count for _, count in counts), default=0)
    labels = labels or {}
    return [
        Bar(labels.get(key, key), count / largest if largest else 0.0, str(count))
        for key, count in counts
    ]
