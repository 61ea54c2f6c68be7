"""Links in messages, and the server-drawn charts."""

from __future__ import annotations

import pytest

from backend.web.charts import Bar, bar_chart, count_bars
from backend.web.linkify import segments


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("Ring 0800 151 3444 now.", [("0800 151 3444", "tel:+448001513444")]),
        ("Emergencies: 01708 434000", [("01708 434000", "tel:+441708434000")]),
        ("Or +44 20 7946 0000.", [("+44 20 7946 0000", "tel:+442079460000")]),
        ("If someone is in danger ring 999.", [("999", "tel:999")]),
        (
            "See https://example.org/repairs.",
            [("https://example.org/repairs", "https://example.org/repairs")],
        ),
        ("Write to repairs@example.org", [("repairs@example.org", "mailto:repairs@example.org")]),
        ("Your reference is HR-123456, by 2026-12-09.", []),
        ("javascript:alert(1) is not a link", []),
        ("<b>not html</b>", []),
    ],
)
def test_links_phone_numbers_and_addresses_become_links(text, links):
    found = segments(text)
    assert "".join(s["text"] for s in found) == text  # nothing lost, nothing added
    assert [(s["text"], s["href"]) for s in found if "href" in s] == links


def test_a_chart_is_an_image_named_by_its_title_and_describing_every_value():
    svg = bar_chart("c", "Within target", [Bar("Emergency", 0.5, "50.0%"), Bar("Other", 1, "9")])
    assert 'role="img"' in svg and 'aria-labelledby="c-title c-desc"' in svg
    assert '<title id="c-title">Within target</title>' in svg
    assert "Emergency: 50.0%; Other: 9" in svg
    assert 'class="chart-bar" width="50.00%"' in svg


def test_chart_labels_are_escaped():
    svg = bar_chart("c", "<script>", [Bar("<b>&", 0.1, "1")])
    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;b&gt;&amp;" in svg


def test_a_target_line_is_drawn_where_the_promise_is():
    svg = bar_chart(
        "c",
        "First visit",
        [Bar("First visit", 0.8, "80%")],
        target=0.9,
        target_text="Line: our promise of 90%",
    )
    assert 'class="chart-target" x1="90.00%"' in svg
    assert "Line: our promise of 90%" in svg


def test_count_bars_scale_to_the_largest():
    bars = count_bars([("web", 4), ("sms", 2)], {"web": "Web chat"})
    assert [(b.label, b.value, b.value_text) for b in bars] == [
        ("Web chat", 1.0, "4"),
        ("sms", 0.5, "2"),
    ]
