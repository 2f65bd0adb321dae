"""schemathesis against the API's own OpenAPI schema, on a live server (scripts/serve.py, as
`make run` runs it): data that fits the schema and data that does not, with a valid token of
every scope, and with path parameters that name real things as well as random ones. No request
may end in a server error."""

import uuid
from collections import Counter
from typing import Any

import pytest
import schemathesis
from django.contrib.auth.models import User
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.core import NOT_SET

from courses.models import Course
from exercises.models import Exercise
from tests.conftest import DOT_SOLUTION, enroll
from tests.integration.conftest import PrivateRedis
from tests.test_pages import make_submission

from .conftest import token_for

pytestmark = [pytest.mark.server, pytest.mark.django_db(transaction=True)]

# Per operation, mode and set of path parameters: 10 operations x 2 modes x 2 sets x this
# stays well under a minute on two cores.
EXAMPLES = 6


def _known_path_parameters(path: str, exercise: Exercise, submission_id: int) -> dict[str, Any]:
    known = {"slug": exercise.slug, "course_slug": exercise.module.course.slug,
             "submission_id": submission_id}
    return {name: value for name, value in known.items() if "{" + name + "}" in path}


def _variants(operation: Any, mode: GenerationMode,
              known: dict[str, Any]) -> list[tuple[dict[str, Any], Any]]:
    """Random path parameters, real ones, and for sending code, real code: random text is
    refused before a submission is made, and making one must be fuzzed too."""
    variants: list[tuple[dict[str, Any], Any]] = [({}, NOT_SET), (known, NOT_SET)]
    if mode.is_positive and operation.label == "POST /api/exercises/{slug}/submissions":
        variants.append((known, {"code": DOT_SOLUTION, "kind": "check"}))
    return variants


def test_no_request_the_schema_allows_or_forbids_is_a_server_error(
    api_server: Any, private_redis: PrivateRedis, instructor: User, learner: User,
    course: Course, exercise: Exercise,
) -> None:
    enroll(learner, course)
    submission = make_submission(instructor, exercise)
    base = api_server(REDIS_URL=private_redis.url, CELERY_QUEUE=f"fuzz-{uuid.uuid4().hex[:8]}",
                      GRADER_EVENTS_URL=private_redis.url,
                      # A wait still subscribes and asks, but answers at once: not 60 s each.
                      GRADER_WAIT_SECONDS="0")
    # The instructor may do everything: read, submit, and read the gradebook.
    headers = {"Authorization": f"Bearer {token_for(instructor, 'read', 'submit', 'staff')}"}
    schema = schemathesis.openapi.from_url(f"{base}/api/openapi.json")
    server_errors: list[str] = []
    statuses: Counter[int] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 10

    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            known = _known_path_parameters(operation.path, exercise, submission.pk)
            for path_parameters, body in _variants(operation, mode, known):
                strategy = operation.as_strategy(generation_mode=mode, body=body,
                                                 path_parameters=path_parameters or None)

                @given(case=strategy)
                @settings(max_examples=EXAMPLES, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
                def fuzz(case: Any) -> None:
                    response = case.call(base_url=base, headers=headers, timeout=30)
                    statuses[response.status_code] += 1
                    if response.status_code >= 500:
                        server_errors.append(f"{response.status_code} {case.as_curl_command()}"
                                             f"\n{response.text[:2000]}")

                fuzz()

    assert server_errors == []
    # It reached the operations themselves, not only the validation in front of them.
    assert {200, 201, 404, 422} <= set(statuses), statuses
    print(f"\n{sum(statuses.values())} requests: {dict(statuses)}")
