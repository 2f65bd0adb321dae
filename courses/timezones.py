"""A run's time zone: how its staff enter dates and how its learners read them.

Dates are stored in UTC. Staff type a due date as a wall-clock time in the run's zone (a form
field converts it: runs.forms.RunDateTimeField); pages show it in that zone with its name
(the `zoned_time` template tag), and the reader's browser adds their own local time.
"""

import zoneinfo
from datetime import datetime, tzinfo

from django.utils import timezone

from courses.models import CourseRun


def zone_named(name: str) -> tzinfo:
    """The zone of that IANA name; UTC for a name the model's validator would refuse (a row
    written around it must still show its dates)."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def run_zone(run: CourseRun) -> tzinfo:
    return zone_named(run.time_zone)


def in_zone(when: datetime, name: str) -> datetime:
    """The same moment on the wall clocks of that zone."""
    return timezone.localtime(when, zone_named(name))
