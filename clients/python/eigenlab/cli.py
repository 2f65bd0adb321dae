"""`eigenlab`: submit a file (code or notebook) and print its verdict; list attempts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable

from eigenlab.client import ApiError, Client
from eigenlab.report import attempt_lines, result_lines

PASSED, NOT_PASSED, FAILED_REQUEST = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="eigenlab", description="Submit Eigenlab exercises and read their results.")
    root.add_argument("--url", help="the Eigenlab site (default: $EIGENLAB_URL)")
    root.add_argument("--token", help="a personal access token (default: $EIGENLAB_TOKEN)")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    submit = commands.add_parser("submit", help="send a .py or .ipynb file and wait for the "
                                                "verdict")
    submit.add_argument("exercise", help="the exercise's slug, e.g. dot-product")
    submit.add_argument("file", type=Path, help="solution.py or solution.ipynb")
    submit.add_argument("--check", action="store_true",
                        help="check the public examples only (not counted as an attempt)")
    submit.add_argument("--no-wait", action="store_true", help="send it and exit")
    submit.add_argument("--timeout", type=float, default=120.0,
                        help="seconds to wait for the verdict (default 120)")
    attempts = commands.add_parser("attempts", help="list your attempts of an exercise")
    attempts.add_argument("exercise")
    commands.add_parser("courses", help="list the courses you can open")
    exercises = commands.add_parser("exercises", help="list a course's exercises")
    exercises.add_argument("course", help="the course's slug")
    return root


def main(argv: list[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    try:
        client = Client(url=arguments.url, token=arguments.token)
        return COMMANDS[arguments.command](client, arguments, print)
    except ApiError as error:
        print(f"eigenlab: {error.detail}", file=sys.stderr)
        return FAILED_REQUEST


def submit(client: Client, arguments: argparse.Namespace, say: Callable[[str], Any]) -> int:
    path: Path = arguments.file
    kind = "check" if arguments.check else "submit"
    try:
        content = path.read_bytes()
    except OSError as error:
        raise ApiError(f"Cannot read {path}: {error.strerror}.") from None
    if path.suffix.lower() == ".ipynb":
        sent = client.submit_notebook(arguments.exercise, content, path.name, kind=kind)
    else:
        try:
            code = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ApiError(f"{path} is not UTF-8 text; save it as UTF-8.") from None
        sent = client.submit_code(arguments.exercise, code, kind=kind)
    return report(client, sent, say, wait=not arguments.no_wait, timeout=arguments.timeout)


def report(client: Client, sent: dict[str, Any], say: Callable[[str], Any], *, wait: bool,
           timeout: float) -> int:
    """Prints the result (waiting for it unless told not to); the exit code it deserves."""
    if sent.get("notice"):
        say(f"Note: {sent['notice']}")
    if not wait:
        say(f"Sent as submission {sent['id']}: {sent['url']}")
        return PASSED
    result = client.wait(sent["id"], timeout=timeout)
    for line in result_lines({**result, "notice": ""}):
        say(line)
    return PASSED if result["verdict"] == "passed" else NOT_PASSED


def attempts(client: Client, arguments: argparse.Namespace, say: Callable[[str], Any]) -> int:
    for line in attempt_lines(client.attempts(arguments.exercise)):
        say(line)
    return PASSED


def courses(client: Client, arguments: argparse.Namespace, say: Callable[[str], Any]) -> int:
    for course in client.courses():
        say(f"{course['slug']:<30} {course['title']}")
    return PASSED


def exercises(client: Client, arguments: argparse.Namespace, say: Callable[[str], Any]) -> int:
    for row in client.exercises(arguments.course):
        done = "solved" if row["solved"] else f"{row['attempts']} attempts"
        say(f"{row['slug']:<30} {row['title']:<40} {row['best_score']:g}/{row['points']:g} "
            f"({done})")
    return PASSED


COMMANDS: dict[str, Callable[[Client, argparse.Namespace, Callable[[str], Any]], int]] = {
    "submit": submit, "attempts": attempts, "courses": courses, "exercises": exercises,
}

if __name__ == "__main__":
    sys.exit(main())
