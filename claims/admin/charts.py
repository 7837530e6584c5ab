"""Inline SVG charts rendered on the server: no script, no library, every label escaped."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

# One colour per series, readable on white and distinguishable in grey.
PALETTE = (
    "#417690",
    "#c0392b",
    "#27ae60",
    "#e67e22",
    "#8e44ad",
    "#7f8c8d",
    "#f1c40f",
    "#16a085",
)


def bar_chart(rows: Sequence[tuple[str, float]], *, title: str, unit: str = "") -> SafeString:
    """Horizontal bars, one per (label, value)."""
    width, bar_h, label_w = 520, 22, 170
    height = max(1, len(rows)) * (bar_h + 6) + 8
    top = max((v for _, v in rows), default=0) or 1
    bars = []
    for i, (label, value) in enumerate(rows):
        y = 4 + i * (bar_h + 6)
        w = (width - label_w - 70) * value / top
        bars.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" class="wb-chart-label">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {}</title></rect>'
                '<text x="{}" y="{}" class="wb-chart-value">{}{}</text>',
                label_w - 6,
                y + bar_h - 6,
                label,
                label_w,
                y,
                _f(w),
                bar_h,
                PALETTE[0],
                label,
                _num(value),
                _f(label_w + w + 4),
                y + bar_h - 6,
                _num(value),
                unit,
            )
        )
    if not rows:
        bars.append(format_html('<text x="8" y="20" class="wb-chart-label">{}</text>', "—"))
    return format_html(
        '<svg class="wb-chart" role="img" aria-label="{}" viewBox="0 0 {} {}" width="{}" height="{}">'
        "{}</svg>",
        title,
        width,
        height,
        width,
        height,
        format_html_join("", "{}", ((b,) for b in bars)),
    )


def stacked_columns(
    columns: Sequence[tuple[str, dict[str, float]]],
    *,
    series: Sequence[tuple[str, str]],
    title: str,
) -> SafeString:
    """One column per (label, {series key: value}), stacked in the order of `series`, with a legend.

    `series` is (key, label) pairs.
    """
    width, height, bottom, left = 560, 220, 40, 30
    plot_h = height - bottom - 10
    top = max((sum(values.values()) for _, values in columns), default=0) or 1
    step = (width - left - 10) / max(1, len(columns))
    col_w = max(4.0, step * 0.7)
    shapes = []
    for i, (label, values) in enumerate(columns):
        x = left + i * step + (step - col_w) / 2
        y: float = height - bottom
        for j, (key, name) in enumerate(series):
            value = values.get(key, 0)
            if not value:
                continue
            h = plot_h * value / top
            y -= h
            shapes.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}">'
                    "<title>{} · {}: {}</title></rect>",
                    _f(x),
                    _f(y),
                    _f(col_w),
                    _f(h),
                    PALETTE[j % len(PALETTE)],
                    label,
                    name,
                    _num(value),
                )
            )
        if len(columns) <= 16 or i % max(1, len(columns) // 8) == 0:
            shapes.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="middle" class="wb-chart-label">{}</text>',
                    _f(x + col_w / 2),
                    height - bottom + 14,
                    label,
                )
            )
    shapes.append(
        format_html(
            '<text x="2" y="14" class="wb-chart-label">{}</text>'
            '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#999"/>',
            _num(top),
            left,
            height - bottom,
            width - 10,
            height - bottom,
        )
    )
    legend = format_html_join(
        "",
        '<rect x="{}" y="{}" width="10" height="10" fill="{}"/>'
        '<text x="{}" y="{}" class="wb-chart-label">{}</text>',
        (
            (
                left + (k % 4) * 130,
                height - 8 + (k // 4) * 14,
                PALETTE[k % len(PALETTE)],
                left + (k % 4) * 130 + 14,
                height + 1 + (k // 4) * 14,
                name,
            )
            for k, (_, name) in enumerate(series)
        ),
    )
    legend_h = 14 * ((len(series) + 3) // 4)
    return format_html(
        '<svg class="wb-chart" role="img" aria-label="{}" viewBox="0 0 {} {}" width="{}" height="{}">'
        "{}{}</svg>",
        title,
        width,
        height + legend_h,
        width,
        height + legend_h,
        format_html_join("", "{}", ((s,) for s in shapes)),
        legend,
    )


def _f(value: float) -> str:
    return f"{value:.1f}"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"
