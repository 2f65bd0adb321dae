"""One-time host preparation for the jails: the sandbox account and its read access."""

import os
import shutil
import stat
import subprocess
from pathlib import Path

from . import jail


def ensure_account(name: str) -> bool:
    """Creates the unprivileged sandbox account when missing; True when it was created."""
    if subprocess.run(["id", "-u", name], capture_output=True).returncode == 0:
        return False
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                    "--user-group", name], check=True)
    return True


def blocked_ancestors() -> list[Path]:
    """Directories on the way to the interpreter and harness that others cannot traverse."""
    targets = [*map(Path, jail.python_roots()), jail.HARNESS.parent]
    blocked: set[Path] = set()
    for target in targets:
        for directory in [target, *target.parents]:
            if not os.stat(directory).st_mode & stat.S_IXOTH:
                blocked.add(directory)
    return sorted(blocked)


def grant_traverse(account: str, directories: list[Path]) -> None:
    """Lets only the sandbox account pass through (x, not r): it cannot list these folders."""
    if directories and shutil.which("setfacl") is None:
        raise RuntimeError("setfacl is missing: install the `acl` package")
    for directory in directories:
        subprocess.run(["setfacl", "-m", f"u:{account}:x", str(directory)], check=True)


def missing_tools() -> list[str]:
    needed = ["bwrap"] + (["setpriv"] if os.geteuid() == 0 else [])
    return [tool for tool in needed if shutil.which(tool) is None]
