"""The Eigenlab client: submit exercises from a terminal (`eigenlab`) or Jupyter (`%eigenlab`)."""

from __future__ import annotations

from typing import Any

from eigenlab.client import ApiError, Client

__all__ = ["ApiError", "Client", "load_ipython_extension"]
__version__ = "0.1.0"


def load_ipython_extension(ipython: Any) -> None:
    """`%load_ext eigenlab`: registers the %eigenlab magic (line and cell)."""
    from eigenlab.magic import register

    register(ipython)
