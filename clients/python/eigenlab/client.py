"""The API over HTTP with the standard library: urllib, json, and a hand-made multipart body."""

from __future__ import annotations

import json
import os
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

USER_AGENT = "eigenlab-client/0.1.0"
# One wait asks the server for at most this long; it answers sooner when the result is stored.
WAIT_SECONDS = 10.0
NO_URL = "Set EIGENLAB_URL to the address of your Eigenlab site (or pass --url)."
NO_TOKEN = ("Set EIGENLAB_TOKEN to a personal access token (create one on your account page on "
            "Eigenlab), or pass --token.")


class ApiError(Exception):
    """A request that did not succeed; `detail` is the server's (or our) sentence for it."""

    def __init__(self, detail: str, status: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.status = status


def api_root(url: str) -> str:
    """The API's address from the site's ("https://host/", ".../api" and ".../api/" too)."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        raise ApiError(f"EIGENLAB_URL must start with http:// or https:// (got {url!r}).")
    root = url.rstrip("/")
    if root.endswith("/api"):
        root = root[: -len("/api")]
    return root + "/api/"


class Client:
    def __init__(self, url: str | None = None, token: str | None = None,
                 timeout: float = 30.0) -> None:
        url = url or os.environ.get("EIGENLAB_URL", "")
        token = token or os.environ.get("EIGENLAB_TOKEN", "")
        if not url:
            raise ApiError(NO_URL)
        if not token:
            raise ApiError(NO_TOKEN)
        self.root = api_root(url)
        self.token = token.strip()
        self.timeout = timeout

    # --- operations ---------------------------------------------------------------------

    def courses(self) -> list[dict[str, Any]]:
        return self._json("GET", "courses")

    def exercises(self, course: str) -> list[dict[str, Any]]:
        return self._json("GET", f"courses/{_segment(course)}/exercises")

    def exercise(self, slug: str) -> dict[str, Any]:
        return self._json("GET", f"exercises/{_segment(slug)}")

    def attempts(self, slug: str, kind: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        query = {"limit": str(limit), **({"kind": kind} if kind else {})}
        return self._json("GET", f"exercises/{_segment(slug)}/submissions", query=query)

    def submit_code(self, slug: str, code: str, kind: str = "submit") -> dict[str, Any]:
        body = json.dumps({"code": code, "kind": kind}).encode("utf-8")
        return self._json("POST", f"exercises/{_segment(slug)}/submissions", body=body,
                          content_type="application/json")

    def submit_notebook(self, slug: str, notebook: bytes, filename: str = "notebook.ipynb",
                        kind: str = "submit") -> dict[str, Any]:
        body, content_type = _multipart({"kind": kind}, "notebook", filename, notebook)
        return self._json("POST", f"exercises/{_segment(slug)}/notebook", body=body,
                          content_type=content_type)

    def submission(self, submission_id: int) -> dict[str, Any]:
        return self._json("GET", f"submissions/{int(submission_id)}")

    def wait(self, submission_id: int, timeout: float = 120.0) -> dict[str, Any]:
        """The submission once it is finished; ApiError when `timeout` seconds pass first."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            result = self._json("GET", f"submissions/{int(submission_id)}/wait",
                                query={"seconds": f"{max(0.0, min(WAIT_SECONDS, left)):.1f}"})
            if result["finished"]:
                return result
            if time.monotonic() >= deadline:
                raise ApiError(f"Submission {submission_id} was not graded within {timeout:.0f} "
                               f"seconds; see {result['url']} later.")
            time.sleep(float(result.get("ask_again_after_seconds") or 0.0))

    # --- HTTP ------------------------------------------------------------------------------

    def _json(self, method: str, path: str, *, query: dict[str, str] | None = None,
              body: bytes | None = None, content_type: str = "") -> Any:
        url = self.root + path + (f"?{urllib.parse.urlencode(query)}" if query else "")
        headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json",
                   "User-Agent": USER_AGENT}
        if content_type:
            headers["Content-Type"] = content_type
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        # A long wait holds the connection up to WAIT_SECONDS: the timeout sits above it.
        timeout = self.timeout + WAIT_SECONDS
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            raise ApiError(_detail(error), status=error.code) from None
        except urllib.error.URLError as error:
            raise ApiError(f"Cannot reach {self.root}: {error.reason}") from None
        except (TimeoutError, OSError) as error:
            raise ApiError(f"Cannot reach {self.root}: {error}") from None
        except ValueError:
            raise ApiError(f"{url} did not answer with JSON: is EIGENLAB_URL the address of an "
                           "Eigenlab site?") from None


def _segment(value: str) -> str:
    return urllib.parse.quote(value.strip(), safe="")


def _detail(error: urllib.error.HTTPError) -> str:
    """The server's sentence for a refusal, else the status."""
    try:
        payload = json.loads(error.read().decode("utf-8"))
    except (ValueError, OSError):
        payload = None
    if isinstance(payload, dict) and isinstance(payload.get("detail"), str):
        return payload["detail"]
    return f"The server answered {error.code} {error.reason}."


def _multipart(fields: dict[str, str], file_field: str, filename: str,
               content: bytes) -> tuple[bytes, str]:
    boundary = "eigenlab-" + secrets.token_hex(16)
    lines: list[bytes] = []
    for name, value in fields.items():
        lines += [f"--{boundary}".encode(),
                  f'Content-Disposition: form-data; name="{name}"'.encode(), b"",
                  value.encode("utf-8")]
    safe_name = filename.replace('"', "").replace("\r", "").replace("\n", "")
    lines += [f"--{boundary}".encode(),
              f'Content-Disposition: form-data; name="{file_field}"; filename="{safe_name}"'
              .encode(),
              b"Content-Type: application/x-ipynb+json", b"", content,
              f"--{boundary}--".encode(), b""]
    return b"\r\n".join(lines), f"multipart/form-data; boundary={boundary}"
