"""Instructor authoring: drafts, validation in the sandbox, publish, export/import, permissions.

Validation and publishing run the real sandbox (bubblewrap), called directly instead of
through a Celery worker; the browser test drives the same flow through a real worker.
"""

import io
import shutil
import stat
import tomllib
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from authoring import services as authoring
from authoring import validation as draft_validation
from authoring.archive import (
    MAX_ZIP_BYTES,
    ArchiveError,
    package_files,
    package_from_zip,
    package_zip,
)
from authoring.models import ExerciseDraft
from courses.models import Course, Enrollment, Module
from exercises.models import Exercise
from exercises.packages import LIBRARY_ROOT, PackageError, load_package, package_from_texts
from exercises.services import library_sync
from grader.models import Submission
from tests.conftest import DOT_CASES, DOT_SOLUTION, DOT_STARTER, enroll, make_user

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")

DOT_FOLDER = LIBRARY_ROOT / "linear-algebra" / "vectors" / "dot-product"
XSS = "<script>alert(1)</script>"
XSS_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
OFF_BY_ONE = ("def dot(u, v):\n    total = 0.0\n    for i in range(len(u) - 1):\n"
              "        total += u[i] * v[i]\n    return total\n")
NO_SUM = ("import numpy as np\n\ndef dot(u, v):\n"
          "    return (np.asarray(u) * np.asarray(v)).tolist()\n")


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def library_root(tmp_path: Path, settings: Any) -> Path:
    """A library of one small package: linear-algebra/vectors/dot-product."""
    root = tmp_path / "library"
    module_dir = root / "linear-algebra" / "vectors"
    module_dir.mkdir(parents=True)
    shutil.copy(LIBRARY_ROOT / "linear-algebra" / "course.toml", root / "linear-algebra")
    shutil.copy(DOT_FOLDER.parent / "module.toml", module_dir)
    shutil.copytree(DOT_FOLDER, module_dir / "dot-product")
    settings.EXERCISES_LIBRARY_ROOT = root
    return root


def dot_content(**changes: Any) -> authoring.DraftContent:
    values: dict[str, Any] = {
        "title": "Dot product, authored", "entry": "dot", "variants": 2,
        "statement_md": "# Dot\n\nCompute $u \\cdot v$.\n", "starter": DOT_STARTER,
        "solution": DOT_SOLUTION, "cases": DOT_CASES,
        "checks": [{"check": "close", "rtol": 1e-9, "atol": 1e-9}],
        "limits": {"time_seconds": 10, "memory_mb": 512},
        "mutants": {"off_by_one": OFF_BY_ONE, "no_sum": NO_SUM},
        "hints": ["Multiply, then add."], "tags": ["vectors"],
    }
    values.update(changes)
    return authoring.DraftContent(**values)


def new_draft(module: Module, user: User, slug: str = "authored-dot",
              **changes: Any) -> ExerciseDraft:
    return authoring.draft_create(user=user, module=module, slug=slug,
                                  content=dot_content(**changes))


def validate(draft: ExerciseDraft, capture: Any) -> ExerciseDraft:
    """What the Celery task does, run here: request (enqueue on commit), then validate."""
    with capture() as callbacks:
        draft_validation.draft_request_validation(draft=draft)
    assert len(callbacks) == 1  # the send of authoring.tasks.validate_draft
    assert ExerciseDraft.objects.get(pk=draft.pk).validation_status == "queued"
    draft_validation.draft_validate(draft_id=draft.pk)
    return ExerciseDraft.objects.select_related("exercise").get(pk=draft.pk)


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def zip_of(entries: dict[str, bytes], symlinks: tuple[str, ...] = ()) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name)
            mode = stat.S_IFLNK | 0o777 if name in symlinks else stat.S_IFREG | 0o644
            info.external_attr = mode << 16
            archive.writestr(info, data)
    buffer.seek(0)
    return buffer


def package_entries(slug: str = "dot-product") -> dict[str, bytes]:
    files = package_files(load_package(DOT_FOLDER))
    return {f"{slug}/{name}": text.encode() for name, text in files.items()}


def import_zip(client: Client, course: Course, module: Module, data: io.BytesIO,
               name: str = "package.zip") -> str:
    data.name = name
    response = client.post(reverse("authoring:import", args=[course.slug]),
                           {"module": module.pk, "package": data}, follow=True)
    assert response.status_code == 200
    return response.content.decode()


# --- export and import -------------------------------------------------------------------


@pytest.mark.sandbox
def test_a_library_package_survives_export_and_import_unchanged(
    library_root: Path, instructor: User, course: Course,
) -> None:
    library_sync(root=library_root)
    original = load_package(library_root / "linear-algebra" / "vectors" / "dot-product")
    synced = Exercise.objects.get(slug="dot-product")
    assert synced.source_path and synced.module.course == course
    client = client_for(instructor)

    response = client.get(reverse("authoring:export", args=["dot-product"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert 'filename="dot-product.zip"' in response["Content-Disposition"]
    exported = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(exported.namelist()) == sorted(
        f"dot-product/{name}" for name in
        ["exercise.toml", "statement.md", "starter.py", "solution.py", "cases.py",
         "mutants/no_sum.py", "mutants/off_by_one.py", "mutants/sum_of_sum.py"])
    written = tomllib.loads(exported.read("dot-product/exercise.toml").decode())
    assert written == tomllib.loads((DOT_FOLDER / "exercise.toml").read_text())

    page = import_zip(client, course, synced.module, io.BytesIO(response.content))
    assert "Imported as a draft" in page
    draft = ExerciseDraft.objects.select_related("exercise").get()
    assert draft.exercise.slug == "dot-product-2"  # the original's slug is taken
    assert draft.exercise.published is False and draft.exercise.source_path == ""
    imported = authoring.package_from_draft(draft=draft)
    assert imported.content_hash == original.content_hash
    assert imported.statement_md == original.statement_md
    assert imported.starter == original.starter
    assert imported.mutants == original.mutants
    assert (imported.title, imported.tags, imported.hints, imported.points) == (
        original.title, original.tags, original.hints, original.points)


def test_copy_into_course_makes_a_draft_with_a_new_slug(
    library_root: Path, instructor: User, course: Course, module: Module,
) -> None:
    library = Exercise.objects.create(
        module=module, slug="dot-product", title="Dot product", entry="dot", statement_md="x",
        statement_html="<p>x</p>", starter_code="", source_path="library/linear-algebra/vectors/"
        "dot-product")
    client = client_for(instructor)
    assert client.get(reverse("authoring:edit", args=["dot-product"])).status_code == 200
    assert client.post(reverse("authoring:edit", args=["dot-product"])).status_code == 403

    response = client.post(reverse("authoring:copy", args=["dot-product"]),
                           {"module": module.pk}, follow=True)

    copy = Exercise.objects.get(slug="dot-product-copy")
    assert response.redirect_chain[-1][0] == reverse("authoring:edit", args=[copy.slug])
    assert copy.published is False and copy.source_path == ""
    assert authoring.package_from_draft(draft=copy.draft).mutants == \
        load_package(DOT_FOLDER).mutants
    library.refresh_from_db()
    assert library.source_path  # the library exercise itself is untouched


def test_import_rejects_path_traversal(instructor: User, course: Course, module: Module) -> None:
    entries = {**package_entries(), "../evil.py": b"import os\n"}
    page = import_zip(client_for(instructor), course, module, zip_of(entries))
    assert "Not imported" in page and "unsafe path" in page and "../evil.py" in page
    assert not ExerciseDraft.objects.exists()


def test_import_rejects_an_oversize_zip(instructor: User, course: Course,
                                        module: Module) -> None:
    noise = io.BytesIO()
    with zipfile.ZipFile(noise, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("dot-product/statement.md", b"x" * (MAX_ZIP_BYTES + 10))
    noise.seek(0)
    page = import_zip(client_for(instructor), course, module, noise)
    assert "Not imported: The zip is 1,025 KB; the limit is 1,024 KB." in page
    assert not ExerciseDraft.objects.exists()


def test_import_rejects_a_file_that_is_not_utf8(instructor: User, course: Course,
                                                module: Module) -> None:
    entries = {**package_entries(), "dot-product/statement.md": "Café".encode("latin-1")}
    page = import_zip(client_for(instructor), course, module, zip_of(entries))
    assert "Not imported: dot-product/statement.md is not valid UTF-8 text." in page
    assert not ExerciseDraft.objects.exists()


def test_import_names_the_file_and_field_of_a_broken_package(
    instructor: User, course: Course, module: Module,
) -> None:
    entries = package_entries()
    toml = entries["dot-product/exercise.toml"].decode().replace('entry = "dot"', "")
    entries["dot-product/exercise.toml"] = toml.encode()
    page = import_zip(client_for(instructor), course, module, zip_of(entries))
    assert "dot-product/exercise.toml: field `entry` is required" in page


@pytest.mark.parametrize(("entries", "symlinks", "message"), [
    ({"dot-product/link.py": b"/etc/passwd"}, ("dot-product/link.py",), "symbolic link"),
    ({f"dot-product/mutants/m{i}.py": b"" for i in range(80)}, (), "at most 60"),
    ({"/abs/exercise.toml": b""}, (), "unsafe path"),
    ({"dot-product/notes.txt": b"hi", "dot-product/exercise.toml": b""}, (),
     "Unexpected file notes.txt"),
])
def test_import_refuses_unsafe_or_foreign_entries(entries: dict[str, bytes],
                                                  symlinks: tuple[str, ...],
                                                  message: str) -> None:
    with pytest.raises(ArchiveError, match=message):
        package_from_zip(zip_of(entries, symlinks))


def test_import_reads_a_zip_without_a_folder_and_never_trusts_declared_sizes() -> None:
    flat = {name.split("/", 1)[1]: data for name, data in package_entries().items()}
    package = package_from_zip(zip_of(flat))
    assert package.slug == "dot-product" and len(package.mutants) == 3
    with pytest.raises(ArchiveError, match="not a zip"):
        package_from_zip(io.BytesIO(b"plain text"))


def test_export_is_byte_for_byte_stable() -> None:
    package = load_package(DOT_FOLDER)
    assert package_zip(package) == package_zip(package)
    assert package_from_zip(io.BytesIO(package_zip(package))).content_hash == \
        package.content_hash


# --- validation and publishing -----------------------------------------------------------


@pytest.mark.sandbox
def test_a_mutant_that_passes_is_reported_and_publish_is_refused(
    module: Module, instructor: User, django_capture_on_commit_callbacks: Any,
) -> None:
    draft = new_draft(module, instructor, mutants={"off_by_one": OFF_BY_ONE,
                                                   "same_as_solution": DOT_SOLUTION})
    draft = validate(draft, django_capture_on_commit_callbacks)

    report = draft.validation_report
    assert draft.validation_status == "failed" and report["ok"] is False
    assert report["reference_ok"] is True
    assert report["mutants_caught"] == ["off_by_one"]
    assert report["mutants_missed"] == ["same_as_solution"]
    assert any("mutant same_as_solution passes" in problem for problem in report["problems"])
    with pytest.raises(ValidationError, match="validation failed"):
        authoring.draft_publish(draft=draft)

    client = client_for(instructor)
    page = client.post(reverse("authoring:publish", args=[draft.exercise.slug]), follow=True)
    assert "Not published" in page.content.decode()
    page = client.get(reverse("authoring:edit", args=[draft.exercise.slug])).content.decode()
    assert "1 / 2" in page and "same_as_solution" in page and "passes: not caught" in page
    draft.exercise.refresh_from_db()
    assert draft.exercise.published is False and draft.exercise.current_version is None


@pytest.mark.sandbox
def test_a_reference_that_fails_is_reported_and_publish_is_refused(
    module: Module, instructor: User, django_capture_on_commit_callbacks: Any,
) -> None:
    broken = "def dot(u, v):\n    raise RuntimeError('reference is broken')\n"
    draft = validate(new_draft(module, instructor, solution=broken),
                     django_capture_on_commit_callbacks)

    report = draft.validation_report
    assert draft.validation_status == "failed"
    assert report["reference_ok"] is False
    assert any("reference" in problem and "reference is broken" in problem
               for problem in report["problems"])
    with pytest.raises(ValidationError):
        authoring.draft_publish(draft=draft)
    assert not draft.exercise.versions.exists()


@pytest.mark.sandbox
def test_publish_needs_a_pass_for_the_current_content_and_new_content_makes_a_new_version(
    module: Module, instructor: User, learner: User, django_capture_on_commit_callbacks: Any,
) -> None:
    draft = new_draft(module, instructor)
    with pytest.raises(ValidationError, match="Validate the exercise"):
        authoring.draft_publish(draft=draft)
    draft = validate(draft, django_capture_on_commit_callbacks)
    assert draft.validation_status == "passed", draft.validation_report
    assert draft.validation_report["mutants_caught"] == ["no_sum", "off_by_one"]

    first = authoring.draft_publish(draft=draft)
    exercise = Exercise.objects.get(pk=draft.exercise_id)
    assert exercise.published and exercise.current_version == first and first.number == 1
    assert first.variants.count() == 2
    assert first.variants.first().cases[0]["expected"] == 32.0  # computed by the reference
    old = Submission.objects.create(user=learner, exercise=exercise, exercise_version=first,
                                    variant=first.variants.first(), code="x", max_score=10,
                                    attempt=1, run=enroll(learner, module.course).run)

    faster = DOT_SOLUTION.replace("np.dot(u, v)", "np.asarray(u) @ np.asarray(v)")
    content = authoring.content_of(draft)
    content.solution = faster
    authoring.draft_update(draft=draft, module=module, slug=exercise.slug, content=content)
    with pytest.raises(ValidationError, match="changed since it was validated"):
        authoring.draft_publish(draft=draft)
    exercise.refresh_from_db()
    assert exercise.current_version == first  # learners still get the published version

    draft = validate(draft, django_capture_on_commit_callbacks)
    second = authoring.draft_publish(draft=draft)
    exercise.refresh_from_db()
    assert second.number == 2 and exercise.current_version == second
    assert second.solution_code == faster
    old.refresh_from_db()
    assert old.exercise_version == first  # submissions keep the version they were graded on

    content.title = "Renamed only"
    authoring.draft_update(draft=draft, module=module, slug=exercise.slug, content=content)
    exercise.refresh_from_db()
    assert exercise.title == "Dot product, authored"  # learners see edits only once published
    draft = ExerciseDraft.objects.select_related("exercise").get(pk=draft.pk)
    assert draft.publishable  # the title is not validated: no new validation needed
    assert authoring.draft_publish(draft=draft) == second  # same grading: same version
    exercise.refresh_from_db()
    assert exercise.title == "Renamed only"


def test_a_superseded_validation_run_does_not_store_its_report(
    module: Module, instructor: User, django_capture_on_commit_callbacks: Any,
) -> None:
    draft = new_draft(module, instructor)
    with django_capture_on_commit_callbacks():
        draft_validation.draft_request_validation(draft=draft)
    claimed = draft_validation.claim_validation(draft.pk)
    assert claimed is not None
    with django_capture_on_commit_callbacks():
        draft_validation.draft_request_validation(draft=draft)  # the author validated again
    draft_validation.finish_validation(draft.pk, claimed[1], status="passed", fingerprint="old",
                      report={"ok": True})
    assert ExerciseDraft.objects.get(pk=draft.pk).validation_status == "queued"
    # The newer run is still to be done.
    assert draft_validation.claim_validation(draft.pk) is not None


def test_a_validation_lost_with_its_worker_stops_polling_and_says_so(
    draft: ExerciseDraft, instructor: User, django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks():
        draft_validation.draft_request_validation(draft=draft)
    client = client_for(instructor)
    url = reverse("authoring:validation", args=[draft.exercise.slug])
    polling = client.get(url).content.decode()
    assert "hx-get" in polling and "Queued for the sandbox" in polling

    ExerciseDraft.objects.filter(pk=draft.pk).update(
        validation_requested_at=timezone.now() - timedelta(hours=1))
    stalled = client.get(url).content.decode()
    assert "hx-get" not in stalled and "waited too long" in stalled


def test_the_edit_form_saves_every_field_and_rejects_a_bad_check(
    module: Module, instructor: User,
) -> None:
    draft = new_draft(module, instructor)
    client = client_for(instructor)
    url = reverse("authoring:edit", args=[draft.exercise.slug])
    form = edit_payload(draft, checks='[[checks]]\ncheck = "closeish"\n')

    response = client.post(url, form)
    assert response.status_code == 422
    assert "unknown check &#x27;closeish&#x27;" in response.content.decode()

    form.update(checks='[[checks]]\ncheck = "close"\nrtol = 1e-6\n', title="New title",
                tags="a, b", hints="One\nTwo", time_seconds="2.5", inputs_read_only="on")
    form["mutant_name"] = ["off_by_one", "", "extra"]
    form["mutant_code"] = [OFF_BY_ONE, "", NO_SUM]
    assert client.post(url, form).status_code == 302
    draft.refresh_from_db()
    assert draft.title == "New title" and draft.tags == ["a", "b"]
    assert draft.hints == ["One", "Two"]
    assert draft.checks == [{"check": "close", "rtol": 1e-6}]
    assert draft.limits == {"time_seconds": 2.5, "memory_mb": 512}
    assert draft.inputs_read_only is True
    assert draft.mutants == {"off_by_one": OFF_BY_ONE, "extra": NO_SUM}
    assert draft.exercise.title == "New title"  # never published: the preview follows


def edit_payload(draft: ExerciseDraft, **changes: Any) -> dict[str, Any]:
    content = authoring.content_of(draft)
    form: dict[str, Any] = {
        "title": content.title, "slug": draft.exercise.slug, "module": draft.exercise.module_id,
        "order": content.order, "points": content.points, "difficulty": content.difficulty,
        "tags": ", ".join(content.tags), "entry": content.entry, "variants": content.variants,
        "statement_md": content.statement_md, "hints": "\n".join(content.hints),
        "starter": content.starter, "solution": content.solution, "cases": content.cases,
        "checks": '[[checks]]\ncheck = "close"\nrtol = 1e-9\natol = 1e-9\n',
        "time_seconds": "10", "memory_mb": "512",
        "mutant_name": list(content.mutants), "mutant_code": list(content.mutants.values()),
        "action": "save",
    }
    form.update(changes)
    return form


def test_the_slug_is_fixed_once_published_and_must_be_unique(
    module: Module, instructor: User, exercise: Exercise,
) -> None:
    draft = new_draft(module, instructor)
    content = authoring.content_of(draft)
    with pytest.raises(ValidationError, match="taken"):
        authoring.draft_update(draft=draft, module=module, slug=exercise.slug, content=content)
    with pytest.raises(ValidationError, match="taken"):
        new_draft(module, instructor, slug="gaussian-pdf")  # a library folder's slug
    published = authoring.draft_ensure(exercise=exercise, user=instructor)
    with pytest.raises(ValidationError, match="cannot change"):
        authoring.draft_update(draft=published, module=module, slug="renamed",
                               content=authoring.content_of(published))
    assert not published.has_unpublished_changes


# --- permissions -------------------------------------------------------------------------


@pytest.fixture
def draft(module: Module, instructor: User) -> ExerciseDraft:
    return new_draft(module, instructor)


def authoring_urls(draft: ExerciseDraft) -> list[tuple[str, str]]:
    slug, course = draft.exercise.slug, draft.exercise.module.course.slug
    return [
        ("get", reverse("authoring:exercises", args=[course])),
        ("get", reverse("authoring:create", args=[course])),
        ("get", reverse("authoring:edit", args=[slug])),
        ("get", reverse("authoring:validation", args=[slug])),
        ("get", reverse("authoring:export", args=[slug])),
        ("post", reverse("authoring:edit", args=[slug])),
        ("post", reverse("authoring:publish", args=[slug])),
        ("post", reverse("authoring:copy", args=[slug])),
        ("post", reverse("authoring:import", args=[course])),
    ]


def test_learners_cannot_reach_authoring_pages_or_drafts(draft: ExerciseDraft,
                                                         learner: User) -> None:
    enroll(learner, draft.exercise.module.course)
    client = client_for(learner)
    assert client.get(reverse("authoring:index")).status_code == 403
    assert client.post(reverse("authoring:preview"), {"statement_md": "x"}).status_code == 403
    for method, url in authoring_urls(draft):
        assert getattr(client, method)(url).status_code == 404, url
    learner_page = reverse("courses:exercise",
                           args=[draft.exercise.module.course.slug, draft.exercise.slug])
    assert client.get(learner_page).status_code == 404
    assert "Authoring" not in client.get(reverse("courses:catalog")).content.decode()
    draft.exercise.refresh_from_db()
    assert draft.exercise.published is False


def test_anonymous_visitors_are_sent_to_log_in(draft: ExerciseDraft) -> None:
    response = Client().get(reverse("authoring:edit", args=[draft.exercise.slug]))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_instructors_author_only_their_own_courses(draft: ExerciseDraft) -> None:
    other_course = Course.objects.create(slug="calculus", title="Calculus")
    Module.objects.create(course=other_course, slug="limits", title="Limits")
    stranger = make_user("other-prof")
    enroll(stranger, other_course, Enrollment.Role.INSTRUCTOR)
    client = client_for(stranger)
    assert client.get(reverse("authoring:index")).status_code == 200
    assert client.get(reverse("authoring:exercises", args=["calculus"])).status_code == 200
    for method, url in authoring_urls(draft):
        assert getattr(client, method)(url).status_code == 404, url


def test_admins_author_every_course(draft: ExerciseDraft, admin_user: User) -> None:
    client = client_for(admin_user)
    slug = draft.exercise.slug
    assert client.get(reverse("authoring:index")).status_code == 200
    for name, args in [("exercises", [draft.exercise.module.course.slug]),
                       ("edit", [slug]), ("validation", [slug]), ("export", [slug])]:
        assert client.get(reverse(f"authoring:{name}", args=args)).status_code == 200, name
    assert "Authoring" in client.get(reverse("courses:catalog")).content.decode()


def test_the_instructor_sees_the_course_list_with_statuses(
    draft: ExerciseDraft, instructor: User, exercise: Exercise,
) -> None:
    page = client_for(instructor).get(
        reverse("authoring:exercises", args=[exercise.module.course.slug])).content.decode()
    assert "Dot product, authored" in page and "Draft" in page
    assert "Published" in page and "Not validated" in page


def test_create_starts_from_a_scaffold_that_is_a_valid_package(
    module: Module, instructor: User, course: Course,
) -> None:
    client = client_for(instructor)
    response = client.post(reverse("authoring:create", args=[course.slug]),
                           {"title": "Squares", "module": module.pk, "entry": "square"})
    assert response.status_code == 302
    draft = ExerciseDraft.objects.get(exercise__slug="squares")
    assert draft.created_by == instructor
    assert "def square(x):" in draft.starter
    assert authoring.package_from_draft(draft=draft).entry == "square"
    again = client.post(reverse("authoring:create", args=[course.slug]),
                        {"title": "Squares", "module": module.pk, "entry": "square"})
    assert again.status_code == 200 and "is taken" in again.content.decode()


# --- untrusted text ----------------------------------------------------------------------


def assert_escaped(html: str) -> None:
    assert XSS not in html
    assert XSS_ESCAPED in html


@pytest.mark.sandbox
def test_script_tags_in_every_field_are_shown_as_text_everywhere(
    draft: ExerciseDraft, instructor: User, learner: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    client = client_for(instructor)
    url = reverse("authoring:edit", args=[draft.exercise.slug])
    comment = f"# {XSS}\n"
    payload = edit_payload(
        draft, title=f"Dot {XSS}", statement_md=f"# Dot\n\n{XSS}\n\n$u \\cdot v$\n",
        hints=f"Hint {XSS}", tags=f"vectors, {XSS}", starter=comment + DOT_STARTER,
        solution=comment + DOT_SOLUTION,
        cases=comment + DOT_CASES.replace('"small vectors"', f'"small {XSS}"'),
        mutant_name=["off_by_one", XSS], mutant_code=[comment + OFF_BY_ONE, comment + NO_SUM],
    )

    refused = client.post(url, payload)  # the mutant name is not a file name: not saved
    assert refused.status_code == 422
    assert_escaped(refused.content.decode())

    payload["mutant_name"] = ["off_by_one", "no_sum"]
    assert client.post(url, payload).status_code == 302
    edit_page = client.get(url).content.decode()
    assert_escaped(edit_page)
    assert f"Hint {XSS_ESCAPED}" in edit_page and f"Dot {XSS_ESCAPED}" in edit_page
    course_page = client.get(reverse("authoring:exercises", args=["linear-algebra"]))
    assert_escaped(course_page.content.decode())
    preview = client.post(reverse("authoring:preview"), {"statement_md": f"**{XSS}**"})
    assert_escaped(preview.content.decode())

    draft = validate(draft, django_capture_on_commit_callbacks)
    assert draft.validation_status == "passed", draft.validation_report
    authoring.draft_publish(draft=draft)
    learner_page = client_for(learner).get(
        reverse("courses:exercise", args=["linear-algebra", draft.exercise.slug])
    ).content.decode()
    assert_escaped(learner_page)
    assert f"small {XSS_ESCAPED}" in learner_page  # the public case's name
    assert f"Hint {XSS_ESCAPED}" in learner_page
    exported = package_from_zip(io.BytesIO(
        client.get(reverse("authoring:export", args=[draft.exercise.slug])).content))
    assert XSS in exported.title  # exported verbatim: escaping is the page's job


def test_the_preview_renders_math_markup_and_drops_html(instructor: User) -> None:
    response = client_for(instructor).post(
        reverse("authoring:preview"),
        {"statement_md": "Area $\\pi r^2$\n\n<img src=x onerror=alert(1)>\n\n"
                         "[x](javascript:alert(1))"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<span class="math inline">' in html
    assert "<img" not in html and 'href="javascript' not in html


def test_package_errors_name_the_file_and_field(module: Module, instructor: User) -> None:
    with pytest.raises(ValidationError, match=r"exercise\.toml: check #1: unknown check"):
        new_draft(module, instructor, checks=[{"check": "nope"}])
    with pytest.raises(ValidationError, match="Mutant name"):
        new_draft(module, instructor, mutants={"../x": "pass"})
    with pytest.raises(PackageError, match=r"statement\.md: file is missing"):
        files = package_files(load_package(DOT_FOLDER))
        del files["statement.md"]
        package_from_texts(files, folder=Path("dot-product"))
