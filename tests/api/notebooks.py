"""Notebook files for the tests, built as Jupyter writes them (nbformat 4.5, sources as lists
of lines)."""

import json
from typing import Any


def code_cell(source: str, index: int) -> dict[str, Any]:
    return {"cell_type": "code", "id": f"cell-{index}", "metadata": {}, "outputs": [],
            "execution_count": None, "source": source.splitlines(keepends=True)}


def markdown_cell(source: str, index: int) -> dict[str, Any]:
    return {"cell_type": "markdown", "id": f"cell-{index}", "metadata": {},
            "source": source.splitlines(keepends=True)}


def notebook(*cells: str | tuple[str, str], **top: Any) -> dict[str, Any]:
    """Code cells from strings, markdown from ("markdown", text)."""
    built = [markdown_cell(cell[1], index) if isinstance(cell, tuple) else code_cell(cell, index)
             for index, cell in enumerate(cells)]
    return {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {
        "name": "python3", "display_name": "Python 3", "language": "python"}},
        "cells": built, **top}


def notebook_bytes(*cells: str | tuple[str, str], **top: Any) -> bytes:
    return json.dumps(notebook(*cells, **top), indent=1, ensure_ascii=False).encode("utf-8")
