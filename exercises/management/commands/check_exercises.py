import json
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from multiprocessing.util import Finalize
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from exercises.packages import LIBRARY_ROOT, ExercisePackage, PackageError, load_library
from exercises.sweep import SweepCache
from exercises.validation import ValidationReport, validate_package
from grader.sandbox import pool

# Git-ignored (.run/ holds the development machine's runtime state).
DEFAULT_CACHE = Path(settings.BASE_DIR) / ".run" / "sweep-cache"
WEAKEST_SHOWN = 20


class Command(BaseCommand):
    help = ("Validates exercise packages in the sandbox: the reference passes, the starter "
            "does not, every mutant is caught on every served variant and on a sweep of extra "
            "seeds, fixed cases are the same on every seed. Exits non-zero on any failure.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slugs", nargs="*", help="only these exercises (default: all)")
        parser.add_argument("--path", default=str(LIBRARY_ROOT), help="library folder")
        parser.add_argument("--json", action="store_true", help="print one JSON document")
        parser.add_argument(
            "--seeds", type=int, default=settings.EXERCISE_SWEEP_SEEDS,
            help="extra seeds to sweep beyond the served variants (default "
                 f"{settings.EXERCISE_SWEEP_SEEDS}, EXERCISE_SWEEP_SEEDS; 0: served only)")
        parser.add_argument(
            "--jobs", type=int, default=len(os.sched_getaffinity(0)),
            help="packages validated at once, each process with its own sandbox "
                 "(default: one per core)")
        parser.add_argument(
            "--cache", nargs="?", const=str(DEFAULT_CACHE), default=None, metavar="FOLDER",
            help="keep sweep outcomes in FOLDER (default .run/sweep-cache): an unchanged "
                 "package, at the same seed count and grading code, is not swept again")
        parser.add_argument(
            "--report", nargs="?", type=int, const=WEAKEST_SHOWN, default=None, metavar="N",
            help=f"list the mutants that escape on some seed and the N (default "
                 f"{WEAKEST_SHOWN}) weakest catches: mutants whose best case fails them on "
                 "the fewest seeds")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["seeds"] < 0 or options["jobs"] < 1:
            raise CommandError("--seeds must be 0 or more and --jobs 1 or more.")
        try:
            courses = load_library(Path(options["path"]))
        except PackageError as exc:
            raise CommandError(str(exc)) from None
        packages = [(course.info.slug, package) for course in courses
                    for module in course.modules for package in module.packages]
        wanted = set(options["slugs"])
        unknown = wanted - {package.slug for _, package in packages}
        if unknown:
            raise CommandError(f"Unknown exercise(s): {', '.join(sorted(unknown))}")
        selected = [(course, p) for course, p in packages if not wanted or p.slug in wanted]
        cache = SweepCache(Path(options["cache"])) if options["cache"] else None
        reports = []
        for course, report in _validated(selected, seeds=options["seeds"], cache=cache,
                                         jobs=options["jobs"]):
            reports.append((course, report))
            if not options["json"]:
                self._row(course, report)
        if options["json"]:
            self.stdout.write(json.dumps([{"course": c, **r.as_dict()} for c, r in reports]))
        else:
            self._totals(reports, seeds=options["seeds"])
            if options["report"] is not None:
                self._weakest(reports, options["report"])
        failed = [report.slug for _, report in reports if not report.ok]
        if failed:
            raise CommandError(f"{len(failed)} exercise(s) failed validation: {', '.join(failed)}")

    def _row(self, course: str, report: ValidationReport) -> None:
        mutants = len(report.mutants_caught) + len(report.mutants_missed)
        status = self.style.SUCCESS("ok") if report.ok else self.style.ERROR("FAIL")
        cached = " (sweep cached)" if report.sweep_cached else ""
        self.stdout.write(
            f"{course:18} {report.slug:28} variants {report.variants:2} + {report.extra_seeds:3} "
            f"seeds  reference {'ok' if report.reference_ok else 'FAIL':4}  mutants caught "
            f"{len(report.mutants_caught):2}/{mutants:<2}  {report.seconds:5.1f}s  {status}"
            f"{cached}"
        )
        for problem in report.problems:
            self.stdout.write(f"    - {problem}")

    def _totals(self, reports: list[tuple[str, ValidationReport]], *, seeds: int) -> None:
        self.stdout.write("")
        for course in sorted({course for course, _ in reports}):
            rows = [report for c, report in reports if c == course]
            caught = sum(len(r.mutants_caught) for r in rows)
            total = caught + sum(len(r.mutants_missed) for r in rows)
            self.stdout.write(f"{course:18} exercises {len(rows):3}  variants "
                              f"{sum(r.variants for r in rows):4}  mutants caught {caught}/{total}")
        self.stdout.write(f"Every mutant was judged on its served variants and {seeds} extra "
                          "seeds." if seeds else "No extra seeds swept (--seeds 0).")

    def _weakest(self, reports: list[tuple[str, ValidationReport]], shown: int) -> None:
        tallies = [(report.slug, name, tally) for _, report in reports
                   for name, tally in report.sweep.items() if tally.seeds]
        escaping = [row for row in tallies if row[2].escaped]
        self.stdout.write(f"\nMutants that pass every case on some seed: {len(escaping)}")
        for slug, name, tally in escaping:
            seeds = ", ".join(str(seed) for seed in tally.escaped)
            self.stdout.write(f"  {slug}/{name}: passes on {len(tally.escaped)} of "
                              f"{tally.seeds} seeds: {seeds}")
        caught = [row for row in tallies if not row[2].escaped]
        caught.sort(key=lambda row: (row[2].best_case[1] / row[2].seeds, row[2].fewest or 0,
                                     row[0], row[1]))
        self.stdout.write(f"\nWeakest catches ({min(shown, len(caught))} of {len(caught)} "
                          "caught mutants; the case that fails each on the most seeds, and the "
                          "seed caught by the fewest cases):")
        for slug, name, tally in caught[:shown]:
            case, count = tally.best_case
            few = ", ".join(repr(c) for c in tally.fewest_cases[:3]) or "its run's verdict"
            self.stdout.write(f"  {slug}/{name}: {case!r} on {count} of {tally.seeds} seeds; "
                              f"seed {tally.fewest_seed} caught by {tally.fewest} case(s): {few}")


def _validated(selected: list[tuple[str, ExercisePackage]], *, seeds: int,
               cache: SweepCache | None, jobs: int) -> Iterator[tuple[str, ValidationReport]]:
    """Each package's report, in order; with `jobs` > 1 from that many processes at once."""
    courses = [course for course, _ in selected]
    packages = [package for _, package in selected]
    if jobs == 1 or len(packages) < 2:
        yield from zip(courses, map(_validate, packages, repeat(seeds), repeat(cache)), strict=True)
        return
    # Forked: each process has its own sandbox slot (grader.sandbox.pool starts a zygote in
    # a process that does not own one) and nothing to import again.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(jobs, len(packages)), mp_context=context,
                             initializer=_worker_started) as workers:
        yield from zip(courses, workers.map(_validate, packages, repeat(seeds), repeat(cache)),
                            strict=True)


def _worker_started() -> None:
    # Its zygote goes with the process (bubblewrap's --die-with-parent would see to it too).
    Finalize(None, pool.shutdown, exitpriority=10)


def _validate(package: ExercisePackage, seeds: int, cache: SweepCache | None) -> ValidationReport:
    report = validate_package(package, misconceptions_required=True, extra_seeds=seeds,
                              cache=cache)
    report.reference, report.mistakes = [], []  # for publishing only: not worth the pickling
    return report
