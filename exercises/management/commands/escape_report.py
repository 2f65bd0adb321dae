import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from exercises.escape_report import CORPUS, OVERALL, CorpusError, Report, Tally, run


class Command(BaseCommand):
    help = ("Grades the escape corpus (tests/data/escape_corpus: wrong solutions written to "
            "slip through) on every variant of each exercise's synced current version, and "
            "reports per course and overall how many are rejected on all variants, and which "
            "are accepted on some variant. Run `manage.py sync_exercises` first.")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("slugs", nargs="*", help="only these exercises' folders (default: all)")
        parser.add_argument("--corpus", default=str(CORPUS), help="corpus folder")
        parser.add_argument("--json", action="store_true", help="print one JSON document")
        parser.add_argument("--list", action="store_true", help="list every file's verdicts")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = run(corpus=Path(options["corpus"]), slugs=options["slugs"])
        except CorpusError as exc:
            raise CommandError(str(exc)) from None
        if options["json"]:
            self.stdout.write(json.dumps(_as_json(report)))
            return
        if report.stale:
            self.stderr.write(self.style.WARNING(
                "Synced versions differ from the library's files (run `manage.py "
                f"sync_exercises`): {', '.join(report.stale)}"))
        if options["list"]:
            for item in report.graded:
                self.stdout.write(f"{item.key:60} {' '.join(item.verdicts)}")
            self.stdout.write("")
        self._table(report.tallies())
        self._accepted(report)

    def _table(self, tallies: dict[str, Tally]) -> None:
        self.stdout.write(f"{'course':16} {'wrong':>6} {'rejected':>9} {'accepted':>9} "
                          f"{'share rejected':>15}")
        for course in [*sorted(name for name in tallies if name != OVERALL), OVERALL]:
            row = tallies.get(course, Tally())
            self.stdout.write(f"{course:16} {row.wrong:6} {row.rejected:9} {row.accepted:9} "
                              f"{_percent(row.share_rejected):>15}")

    def _accepted(self, report: Report) -> None:
        accepted = report.accepted
        self.stdout.write("")
        if not accepted:
            self.stdout.write("No wrong solution is accepted on any variant.")
            return
        self.stdout.write(f"Accepted on some variant ({len(accepted)}):")
        for item in accepted:
            variants = ", ".join(str(index) for index in item.accepted_on)
            self.stdout.write(f"  {item.key:56} variants {variants:9} {item.claim}")


def _as_json(report: Report) -> dict[str, Any]:
    tallies = report.tallies()
    return {
        "courses": {course: _tally_json(row) for course, row in tallies.items()
                    if course != OVERALL},
        "overall": _tally_json(tallies.get(OVERALL, Tally())),
        "accepted": [{"key": item.key, "course": item.course, "variants": item.accepted_on,
                      "claim": item.claim} for item in report.accepted],
        "files": [{"key": item.key, "course": item.course, "claim": item.claim,
                   "verdicts": list(item.verdicts)} for item in report.graded],
        "stale": report.stale,
    }


def _tally_json(row: Tally) -> dict[str, Any]:
    return {"wrong": row.wrong, "rejected": row.rejected, "accepted": row.accepted,
            "share_rejected": row.share_rejected}


def _percent(share: float | None) -> str:
    return f"{100 * share:.1f}%" if share is not None else "-"
