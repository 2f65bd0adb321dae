"""Shared personas and data for the whole suite.

Personas: `learner`, `other_learner` (must never see the learner's work), `instructor`
(of the course), `ta` (grades and reviews the course, authors nothing), `admin_user`. `run` is
the course's default run, where today's work goes. `exercise` is a published dot-product
exercise whose variant was computed by hand (no sandbox), for tests of pages and services.
"""

import uuid
from typing import Any

import pytest
from django.contrib.auth.models import User

from courses.models import Course, CourseRun, Enrollment, Module
from courses.services import course_default_run
from exercises.markdown import render_markdown
from exercises.models import Exercise, ExerciseVersion, Variant

PASSWORD = "correct-horse-battery-staple"

DOT_CASES = """
def cases(rng):
    return [
        {"name": "small vectors", "public": True, "args": {"u": [1, 2, 3], "v": [4, 5, 6]}},
        {"name": "hidden random", "args": {"u": [0.5, -1.0, 2.0], "v": [1.0, 1.0, 1.0]}},
    ]
"""
DOT_SOLUTION = "import numpy as np\n\ndef dot(u, v):\n    return float(np.dot(u, v))\n"
DOT_STARTER = "def dot(u, v):\n    # TODO: return the dot product\n    return 0.0\n"
DOT_STATEMENT = "Compute $u \\cdot v = \\sum_i u_i v_i$.\n\n$$\nu \\cdot v\n$$\n"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`make test` runs the suite in two processes (pytest-xdist, --dist loadgroup): the tests
    that start Celery workers or web servers, restart Redis or kill processes on purpose take
    turns in one of them, so two such scenes never share the machine's two cores at once."""
    for item in items:
        if item.get_closest_marker("worker") or item.get_closest_marker("server"):
            item.add_marker(pytest.mark.xdist_group("workers"))


@pytest.fixture(autouse=True)
def _own_cache_keys(settings: Any) -> None:
    """Each test counts its rate limits apart from every other test (same Redis)."""
    settings.CACHES = {"default": {**settings.CACHES["default"],
                                   "KEY_PREFIX": f"test-{uuid.uuid4().hex}"}}


def make_user(username: str, **extra: Any) -> User:
    return User.objects.create_user(username=username, password=PASSWORD,
                                    email=f"{username}@example.org", **extra)


@pytest.fixture
def course(db: None) -> Course:
    return Course.objects.create(slug="linear-algebra", title="Linear Algebra",
                                 description="Vectors and matrices.")


@pytest.fixture
def run(course: Course) -> CourseRun:
    return course_default_run(course=course)


def enroll(user: User, course: Course, role: str = Enrollment.Role.LEARNER) -> Enrollment:
    """Enrolls in the course's default run (as self-enrolment does)."""
    enrollment, _ = Enrollment.objects.get_or_create(
        user=user, run=course_default_run(course=course), defaults={"role": role})
    return enrollment


@pytest.fixture
def module(course: Course) -> Module:
    return Module.objects.create(course=course, slug="vectors", title="Vectors", order=1)


@pytest.fixture
def exercise(module: Module) -> Exercise:
    exercise = Exercise.objects.create(
        module=module, slug="dot-product", title="Dot product", order=1, points=10,
        entry="dot", statement_md=DOT_STATEMENT, statement_html=render_markdown(DOT_STATEMENT),
        starter_code=DOT_STARTER, hints=["Multiply entry by entry, then add."],
    )
    version = ExerciseVersion.objects.create(
        exercise=exercise, number=1, content_hash="test", entry="dot", points=10,
        solution_code=DOT_SOLUTION,
        cases_code=DOT_CASES,
        config={"checks": [{"check": "close"}], "limits": {"time_seconds": 10, "memory_mb": 256},
                "inputs_read_only": False},
    )
    hidden_u = [0.5, -1.0, 2.0]
    Variant.objects.create(version=version, index=0, seed=7, cases=[
        {"name": "small vectors", "public": True, "weight": 1.0,
         "args": {"u": [1, 2, 3], "v": [4, 5, 6]}, "expected": 32.0},
        {"name": "hidden random", "public": False, "weight": 1.0,
         "args": {"u": hidden_u, "v": [1.0, 1.0, 1.0]}, "expected": sum(hidden_u)},
    ])
    exercise.current_version = version
    exercise.save()
    return exercise


@pytest.fixture
def learner(db: None) -> User:
    return make_user("ada")


@pytest.fixture
def other_learner(db: None) -> User:
    return make_user("grace")


@pytest.fixture
def instructor(course: Course) -> User:
    user = make_user("prof")
    enroll(user, course, Enrollment.Role.INSTRUCTOR)
    return user


@pytest.fixture
def ta(course: Course) -> User:
    user = make_user("assistant")
    enroll(user, course, Enrollment.Role.TA)
    return user


@pytest.fixture
def admin_user(db: None) -> User:
    return make_user("root", is_staff=True, is_superuser=True)
