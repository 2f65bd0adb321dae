import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from grader.sandbox import Job, Limits, run
from grader.sandbox import setup as sandbox_setup

PROBE = "import os\n\ndef probe():\n    return [os.getuid(), sorted(os.listdir('/'))]\n"
PROBE_CASES = "def cases(rng):\n    return [{'name': 'probe', 'args': {}}]\n"


class Command(BaseCommand):
    help = "Prepares this host for sandboxed runs (account, access) and proves a jail starts."

    def handle(self, *args: object, **options: object) -> None:
        missing = sandbox_setup.missing_tools()
        if missing:
            raise CommandError(f"Missing {', '.join(missing)}: install the bubblewrap package.")
        account = settings.GRADER_SANDBOX_USER
        if os.geteuid() == 0:
            if sandbox_setup.ensure_account(account):
                self.stdout.write(f"Created the sandbox account {account}.")
            sandbox_setup.grant_traverse(account, sandbox_setup.blocked_ancestors())
        report = run(Job(code=PROBE, cases_source=PROBE_CASES, entry="probe", seed=0,
                         limits=Limits(wall_seconds=20)))
        result = report.results.get(0) or {}
        if not result.get("ok"):
            raise CommandError(f"The sandbox does not start: {report.outcome} {report.message} "
                               f"{report.error} {report.stderr[-2000:]}")
        self.stdout.write(self.style.SUCCESS(f"Sandbox ready (jail uid {result['output'][0]})."))
