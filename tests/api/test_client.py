"""The `eigenlab` client's parts that need no server: its configuration, the multipart body it
builds (read back by Django's own parser), what the magic sends, and how a result is printed.
tests/api/test_client_live.py drives it whole against a live server and worker."""

import io
import json
from typing import Any

import pytest
from django.http.multipartparser import MultiPartParser
from django.test import RequestFactory
from eigenlab import cli
from eigenlab.client import ApiError, Client, _multipart, api_root
from eigenlab.magic import USAGE, code_to_send, notebook_of, run_magic
from eigenlab.report import attempt_lines, result_lines

from grader.notebooks import notebook_to_code
from tests.conftest import DOT_SOLUTION


@pytest.mark.parametrize("url", ["https://eigenlab.example.org", "https://eigenlab.example.org/",
                                 "https://eigenlab.example.org/api",
                                 " https://eigenlab.example.org/api/ "])
def test_the_api_address_follows_from_the_sites(url: str) -> None:
    assert api_root(url) == "https://eigenlab.example.org/api/"


def test_a_url_without_a_scheme_is_refused_with_what_was_given() -> None:
    with pytest.raises(ApiError) as refused:
        api_root("eigenlab.org")
    assert refused.value.detail == ("EIGENLAB_URL must start with http:// or https:// (got "
                                    "'eigenlab.org').")


def test_the_client_needs_a_url_and_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EIGENLAB_URL", raising=False)
    monkeypatch.delenv("EIGENLAB_TOKEN", raising=False)

    with pytest.raises(ApiError, match="Set EIGENLAB_URL"):
        Client()
    with pytest.raises(ApiError, match="Set EIGENLAB_TOKEN"):
        Client(url="http://127.0.0.1:8000")
    monkeypatch.setenv("EIGENLAB_URL", "http://127.0.0.1:8000/")
    monkeypatch.setenv("EIGENLAB_TOKEN", " eig_abc\n")
    client = Client()
    assert (client.root, client.token) == ("http://127.0.0.1:8000/api/", "eig_abc")


def test_the_command_line_says_what_is_missing_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("EIGENLAB_URL", raising=False)

    code = cli.main(["submit", "dot-product", "solution.py"])

    assert code == 2
    assert capsys.readouterr().err == (
        "eigenlab: Set EIGENLAB_URL to the address of your Eigenlab site (or pass --url).\n")


def test_the_multipart_body_is_what_django_reads(db: None) -> None:
    content = '{"nbformat": 4, "note": "naïve \\r\\n--boundary-like"}'.encode()
    body, content_type = _multipart({"kind": "check"}, "notebook", 'my "solution".ipynb',
                                    content)
    request = RequestFactory().post("/", data=body, content_type=content_type)

    fields, files = MultiPartParser(request.META, io.BytesIO(body), request.upload_handlers
                                    ).parse()

    assert fields["kind"] == "check"
    assert files["notebook"].read() == content
    assert files["notebook"].name == "my solution.ipynb"


def test_the_magic_sends_its_cell_without_its_own_line() -> None:
    cell = f"%eigenlab submit dot-product --check\n{DOT_SOLUTION}"

    assert code_to_send(cell, None) == DOT_SOLUTION
    assert code_to_send("ignored", "x = 1\n") == "x = 1\n"
    with pytest.raises(ApiError, match="Nothing to submit"):
        code_to_send("%eigenlab submit dot-product\n\n", None)


def test_the_magics_notebook_is_one_the_server_reads() -> None:
    converted = notebook_to_code(notebook_of("!ls\n" + DOT_SOLUTION))

    assert converted.code == "# Cell 1\n" + DOT_SOLUTION
    assert converted.removed[0].text == "!ls"


@pytest.mark.parametrize("line", ["", "submit", "grade dot-product", "submit x --timeout soon",
                                  'submit "unclosed'])
def test_the_magic_explains_itself_when_misused(line: str) -> None:
    said: list[str] = []

    assert run_magic(line, None, "", say=said.append) == 2
    assert said[0] == USAGE or said[0].startswith("eigenlab: No closing quotation")


def test_a_result_prints_as_the_result_panel_reads() -> None:
    result: dict[str, Any] = {
        "verdict": "failed", "verdict_label": "Failed", "kind": "submit", "attempt": 3,
        "score": 5.0, "score_override": None, "max_score": 10.0, "message": "1 of 2 tests failed.",
        "misconception": "You added the vectors.", "stdout": "hi\n", "url": "http://x/s/1/",
        "notice": "", "tests": [
            {"name": "small", "public": True, "passed": True, "message": "", "error": "",
             "stdout": "debug\n"},
            {"name": "hidden", "public": False, "passed": False, "message": "Off by 2.",
             "error": "Traceback:\n  line 1", "stdout": ""}]}

    assert result_lines(result) == [
        "Failed · 5 / 10 points · attempt 3",
        "This looks like a known mistake: You added the vectors.",
        "1 of 2 tests failed.",
        "  PASS  small (public)", "        | debug",
        "  FAIL  hidden (hidden): Off by 2.", "        Traceback:", "          line 1",
        "Printed output:", "  | hi",
        "Details: http://x/s/1/"]
    overridden = result_lines({**result, "score_override": 7.5})[0]
    assert overridden == "Failed · 7.5 / 10 points (changed by your instructor) · attempt 3"


def test_attempts_print_one_line_each() -> None:
    attempts = [{"attempt": None, "created_at": "2026-12-01T10:00:00Z", "verdict_label": "Passed",
                 "score": None, "max_score": 10.0, "late": False},
                {"attempt": 1, "created_at": "2026-11-30T09:05:00Z", "verdict_label": "Failed",
                 "score": 2.5, "max_score": 10.0, "late": True}]

    assert attempt_lines(attempts) == [
        " check  2026-12-01 10:00  Passed                 -",
        "    #1  2026-11-30 09:05  Failed                 2.5 / 10 (late)"]
    assert attempt_lines([]) == ["No attempts yet."]


def test_a_non_json_answer_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    """A site that is no Eigenlab (a login page, a proxy's error) answers HTML."""
    import urllib.request

    class Answer(io.BytesIO):
        def __enter__(self) -> "Answer":
            return self

        def __exit__(self, *exc: object) -> None:
            self.close()

    monkeypatch.setattr(urllib.request, "urlopen",
                        lambda request, timeout: Answer(b"<html>Log in</html>"))

    with pytest.raises(ApiError, match="did not answer with JSON: is EIGENLAB_URL the address"):
        Client(url="http://127.0.0.1:1", token="eig_x").courses()
    assert json.loads(notebook_of("x = 1"))["cells"][0]["source"] == "x = 1"
