"""`returns_new` as an exercise option: exercise.toml, the edit form, export and import."""

import io
import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from authoring import services as authoring
from authoring.archive import package_files, package_from_zip, package_zip
from courses.models import Module
from exercises.packages import LIBRARY_ROOT, PackageError, load_package
from tests.test_authoring import client_for, edit_payload, new_draft

DOT = LIBRARY_ROOT / "linear-algebra" / "vectors" / "dot-product"

pytestmark = pytest.mark.filterwarnings("ignore:No directory at:UserWarning")


def dot_with(tmp_path: Path, line: str) -> Path:
    folder = tmp_path / "dot-product"
    shutil.copytree(DOT, folder)
    toml = folder / "exercise.toml"
    toml.write_text(toml.read_text().replace("inputs_read_only = false",
                                             f"inputs_read_only = false\n{line}", 1))
    return folder


def test_the_option_is_read_from_exercise_toml_and_absent_when_false(tmp_path: Path) -> None:
    plain = load_package(DOT)
    package = load_package(dot_with(tmp_path, "returns_new = true"))
    assert package.config["returns_new"] is True
    assert "returns_new" not in plain.config  # existing packages keep their version
    assert package.content_hash != plain.content_hash


def test_a_value_that_is_not_a_boolean_is_refused(tmp_path: Path) -> None:
    folder = dot_with(tmp_path, 'returns_new = "yes"')
    with pytest.raises(PackageError, match="field `returns_new` must be of type bool"):
        load_package(folder)


def test_export_and_import_keep_it(tmp_path: Path) -> None:
    package = load_package(dot_with(tmp_path, "returns_new = true"))
    assert "returns_new = true" in package_files(package)["exercise.toml"]
    assert "returns_new" not in package_files(load_package(DOT))["exercise.toml"]
    imported = package_from_zip(io.BytesIO(package_zip(package)))
    assert imported.config["returns_new"] is True
    assert imported.content_hash == package.content_hash


@pytest.mark.django_db
def test_the_edit_form_saves_it_into_the_draft_and_its_package(module: Module,
                                                               instructor: User) -> None:
    draft = new_draft(module, instructor)
    before = draft.fingerprint()
    url = reverse("authoring:edit", args=[draft.exercise.slug])

    assert client_for(instructor).post(url, edit_payload(draft, returns_new="on")).status_code \
        == 302

    draft.refresh_from_db()
    assert draft.returns_new is True and draft.fingerprint() != before
    assert authoring.package_from_draft(draft=draft).config["returns_new"] is True
    page = client_for(instructor).get(url).content.decode()
    assert 'name="returns_new"' in page and "Returns a new array" in page

