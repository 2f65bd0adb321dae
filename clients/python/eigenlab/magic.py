"""`%eigenlab` in IPython and Jupyter: submit the cell you are in.

    %eigenlab submit dot-product     in the cell with the solution: sends that cell, minus this line
    %%eigenlab submit dot-product    first line of a cell: sends the rest of the cell (not run)
    %eigenlab attempts dot-product   your attempts

The cell travels as a one-cell notebook, so the server leaves out the cell's other magics and
shell commands, and says so, as it does for an uploaded notebook.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
from typing import Any, Callable

from eigenlab import cli
from eigenlab.client import ApiError, Client

USAGE = ("Usage: %eigenlab submit EXERCISE [--check] in the cell with your solution, "
         "%%eigenlab submit EXERCISE at the top of a cell, or %eigenlab attempts EXERCISE.")
NOTHING_TO_SEND = ("Nothing to submit: write your solution in the same cell as "
                   "%eigenlab submit, or start the cell with %%eigenlab submit EXERCISE.")
_OWN_LINE = re.compile(r"^\s*%{1,2}eigenlab\b")


def notebook_of(code: str) -> bytes:
    """A one-cell notebook (nbformat 4.5) holding `code`."""
    notebook = {
        "nbformat": 4, "nbformat_minor": 5, "metadata": {},
        "cells": [{"cell_type": "code", "id": "eigenlab-cell", "metadata": {},
                   "execution_count": None, "outputs": [], "source": code}],
    }
    return json.dumps(notebook).encode("utf-8")


def code_to_send(current_cell: str, cell_body: str | None) -> str:
    """What `%eigenlab submit` sends: the cell body of `%%eigenlab`, else the current cell
    without the %eigenlab lines."""
    source = cell_body if cell_body is not None else "\n".join(
        line for line in current_cell.split("\n") if not _OWN_LINE.match(line))
    if not source.strip():
        raise ApiError(NOTHING_TO_SEND)
    return source


def run_magic(line: str, cell_body: str | None, current_cell: str,
              say: Callable[[str], Any], client_factory: Callable[..., Client] = Client) -> int:
    """The magic's work, apart from IPython: parses `line` like the command line."""
    try:
        words = shlex.split(line)
    except ValueError as error:
        say(f"eigenlab: {error}")
        return cli.FAILED_REQUEST
    if len(words) < 2 or words[0] not in ("submit", "attempts"):
        say(USAGE)
        return cli.FAILED_REQUEST
    try:
        options = _options(words)
    except SystemExit:  # argparse has said what was wrong; a notebook must not exit
        say(USAGE)
        return cli.FAILED_REQUEST
    try:
        client = client_factory(url=options.url, token=options.token)
        if words[0] == "attempts":
            return cli.attempts(client, options, say)
        code = code_to_send(current_cell, cell_body)
        sent = client.submit_notebook(options.exercise, notebook_of(code), "cell.ipynb",
                                      kind="check" if options.check else "submit")
        return cli.report(client, sent, say, wait=True, timeout=options.timeout)
    except ApiError as error:
        say(f"eigenlab: {error.detail}")
        return cli.FAILED_REQUEST


def _options(words: list[str]) -> Any:
    magic = argparse.ArgumentParser(prog="%eigenlab", add_help=False)
    magic.add_argument("command")
    magic.add_argument("exercise")
    magic.add_argument("--check", action="store_true")
    magic.add_argument("--timeout", type=float, default=120.0)
    magic.add_argument("--url")
    magic.add_argument("--token")
    options, _ = magic.parse_known_args(words)
    return options


def register(ipython: Any) -> None:
    def eigenlab(line: str, cell: str | None = None) -> None:
        # The cell being run: IPython stores it in the history before running it.
        history = ipython.history_manager.input_hist_raw
        current = history[-1] if history else ""
        run_magic(line, cell, current, say=lambda text: print(text, file=sys.stdout))

    ipython.register_magic_function(eigenlab, magic_kind="line_cell", magic_name="eigenlab")
