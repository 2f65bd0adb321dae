from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from exercises.packages import LIBRARY_ROOT, PackageError
from exercises.services import ReferenceError, library_sync


class Command(BaseCommand):
    help = ("Imports the exercise library into the database (idempotent; runs the references "
            "in the sandbox).")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("path", nargs="?", default=str(LIBRARY_ROOT))

    def handle(self, *args: object, **options: object) -> None:
        root = Path(str(options["path"])).resolve()
        if not root.is_dir():
            raise CommandError(f"{root} is not a folder.")
        try:
            report = library_sync(root=root)
        except (PackageError, ReferenceError) as exc:
            raise CommandError(str(exc)) from None
        for label, slugs in (("new", report.created), ("new version", report.new_versions),
                             ("unchanged", report.unchanged), ("unpublished", report.unpublished),
                             ("mistakes", report.mistakes_updated)):
            if slugs:
                self.stdout.write(f"{label:12} {len(slugs):3}  {', '.join(sorted(slugs))}")
        self.stdout.write(self.style.SUCCESS("Exercise library in sync."))
