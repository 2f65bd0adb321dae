import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand

from exercises.misconception_report import CORPUS, run, shares


class Command(BaseCommand):
    help = ("Grades the learner-like corpus (tests/data/learner_corpus) on every variant and "
            "reports, per course, how many wrong solutions are told a known mistake, how many "
            "of those messages were judged right, and messages on correct solutions (must be 0).")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--corpus", default=str(CORPUS), help="corpus folder")
        parser.add_argument("--variants", type=int, help="only the first N variants")
        parser.add_argument("--json", action="store_true", help="print one JSON document")
        parser.add_argument("--list", action="store_true", help="list what each file is told")

    def handle(self, *args: Any, **options: Any) -> None:
        told = run(corpus=Path(options["corpus"]), variants=options["variants"])
        by_course = shares(told)
        if options["json"]:
            self.stdout.write(json.dumps({
                "courses": {course: {**asdict(row), "mutants": dict(row.mutants)}
                            for course, row in by_course.items()},
                "told": [asdict(item) for item in told]}))
            return
        if options["list"]:
            for item in told:
                self.stdout.write(f"{item.key:48} {'wrong' if item.wrong else 'correct':7} "
                                  f"{item.verdict:8} {item.mutant or '-':28} {item.judged}")
        self.stdout.write(f"{'course':16} {'wrong':>6} {'caught':>7} {'told':>12} "
                          f"{'judged right':>14} {'correct':>8} {'told':>5}")
        for course, row in sorted(by_course.items()):
            messages = f"{row.told:5} ({_pct(row.told, row.wrong)})"
            right = f"{row.right:6} ({_pct(row.right, row.told)})"
            self.stdout.write(f"{course:16} {row.wrong:6} {row.caught:7} {messages} {right} "
                              f"{row.correct:8} {row.correct_told:5}")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:4.0f}%" if whole else "   -"
