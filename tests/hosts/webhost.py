"""The web host's part in tests/hosts: what the web server does for learners, through the services.

Run with the environment of a host (DATABASE_URL, REDIS_URL, ... of the service host):
  webhost.py setup LIBRARY_ROOT LEARNERS   syncs the library at LIBRARY_ROOT, creates the learners
  webhost.py submit COUNT [slow]           COUNT submissions of the dot product, one per learner,
                                           sent together when they commit; prints a JSON line
                                           {"ids": [...], "sent_at": unix time of the commit}

`slow` code sleeps 1 s before its first answer: long enough to be caught mid-grading.
"""

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

SLOW_ONCE = (
    "import time\nimport numpy as np\n_calls = []\n\n"
    "def dot(u, v):\n    if not _calls:\n        time.sleep(1)\n    _calls.append(1)\n"
    "    return float(np.dot(u, v))\n"
)


def setup(library: str, learners: int) -> None:
    from django.contrib.auth.models import User
    from django.core.management import call_command

    call_command("sync_exercises", library)
    # No passwords: hashing costs ~0.3 s each, and these learners never sign in.
    User.objects.bulk_create(User(username=f"learner{i}") for i in range(learners))


def submit(count: int, slow: bool) -> None:
    from django.contrib.auth.models import User
    from django.db import transaction

    from exercises.models import Exercise
    from grader.services import submission_create

    exercise = Exercise.objects.get(slug="dot-product")
    assert exercise.current_version is not None
    code = SLOW_ONCE if slow else exercise.current_version.solution_code
    learners = User.objects.filter(username__startswith="learner").order_by("pk")[:count]
    # One transaction: every message leaves at its commit, so the workers start together.
    with transaction.atomic():
        ids = [submission_create(user=user, exercise=exercise, code=code).pk
               for user in learners]
        sent_at = time.time()
    assert len(ids) == count, f"only {len(ids)} learners"
    print(json.dumps({"ids": ids, "sent_at": sent_at}))


def main(argv: list[str]) -> None:
    import django

    django.setup()
    if argv[1] == "setup":
        setup(argv[2], int(argv[3]))
    elif argv[1] == "submit":
        submit(int(argv[2]), slow=argv[3:] == ["slow"])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
