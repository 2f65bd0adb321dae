import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from exercises.packages import LIBRARY_ROOT, PackageError, load_library
from exercises.validation import validate_package


class Command(BaseCommand):
    help = ("Validates exercise packages in the sandbox: the reference passes, the starter "
            "does not, every mutant is caught. Exits non-zero on any failure.")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("slugs", nargs="*", help="only these exercises (default: all)")
        parser.add_argument("--path", default=str(LIBRARY_ROOT), help="library folder")
        parser.add_argument("--json", action="store_true", help="print one JSON document")

    def handle(self, *args: Any, **options: Any) -> None:
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
        reports = []
        for course, package in selected:
            report = validate_package(package, misconceptions_required=True)
            reports.append((course, report))
            if not options["json"]:
                self._row(course, report)
        if options["json"]:
            self.stdout.write(json.dumps([{"course": c, **r.as_dict()} for c, r in reports]))
        else:
            self._totals(reports)
        failed = [report.slug for _, report in reports if not report.ok]
        if failed:
            raise CommandError(f"{len(failed)} exercise(s) failed validation: {', '.join(failed)}")

    def _row(self, course: str, report: Any) -> None:
        mutants = len(report.mutants_caught) + len(report.mutants_missed)
        status = self.style.SUCCESS("ok") if report.ok else self.style.ERROR("FAIL")
        self.stdout.write(
            f"{course:18} {report.slug:28} variants {report.variants:2}  reference "
            f"{'ok' if report.reference_ok else 'FAIL':4}  mutants caught "
            f"{len(report.mutants_caught):2}/{mutants:<2}  {report.seconds:5.1f}s  {status}"
        )
        for problem in report.problems:
            self.stdout.write(f"    - {problem}")

    def _totals(self, reports: list[tuple[str, Any]]) -> None:
        self.stdout.write("")
        for course in sorted({course for course, _ in reports}):
            rows = [report for c, report in reports if c == course]
            caught = sum(len(r.mutants_caught) for r in rows)
            total = caught + sum(len(r.mutants_missed) for r in rows)
            self.stdout.write(f"{course:18} exercises {len(rows):3}  variants "
                              f"{sum(r.variants for r in rows):4}  mutants caught {caught}/{total}")
