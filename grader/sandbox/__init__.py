"""Runs untrusted code in bubblewrap jails behind one call: run(job) -> RunReport."""

from .fresh import run
from .types import Job, Limits, RunReport

__all__ = ["Job", "Limits", "RunReport", "run"]
