"""Dates in a run's time zone, with the zone's name, and room for the reader's own time."""

from datetime import datetime
from typing import Any

from django import template

from courses.timezones import in_zone, zone_named

register = template.Library()

# "Tue 15 Dec 2026, 23:59 EST": the zone's abbreviation says which side of a clock change.
LONG = "D j M Y, H:i T"


@register.inclusion_tag("courses/_zoned_time.html")
def zoned_time(when: datetime | None, zone: str, format: str = LONG) -> dict[str, Any]:
    """`<time>` in the run's zone; static/js/local-time.js adds the reader's local time
    beside it when their browser is in another zone."""
    if when is None:
        return {"when": None}
    return {"when": when, "tz": zone_named(zone), "zone": zone, "format": format}


@register.filter
def run_zone(when: datetime | None, zone: str) -> datetime | None:
    """The moment on the run's clocks, for `date` (which would otherwise show UTC)."""
    return in_zone(when, zone) if when is not None else None
