"""Runs untrusted code in bubblewrap jails behind one call: run(job) -> RunReport.

Two backends with the same behaviour: the warm pool (default; a pre-imported zygote forks
a hardened child per job) and a fresh interpreter per job (baseline and fallback).
"""

from django.conf import settings

from . import fresh, pool
from .types import Job, Limits, Picture, RunReport

BACKENDS = {"pool": pool.run, "fresh": fresh.run}

__all__ = ["BACKENDS", "Job", "Limits", "Picture", "RunReport", "run"]


def run(job: Job) -> RunReport:
    return BACKENDS[settings.GRADER_SANDBOX_BACKEND](job)
