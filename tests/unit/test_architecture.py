"""The shape of the house: which module may import which, read from the source itself.

Imports inside functions count too: they hide a dependency, they do not remove it.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("config", "courses", "exercises", "authoring", "grader", "gradebook", "notifications",
        "runs", "lti", "api")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _production_modules() -> dict[str, Path]:
    found = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts or "library" in path.parts:
                continue
            found[_module_name(path)] = path
    return found


MODULES = _production_modules()


def _imported(name: str, path: Path) -> set[str]:
    """The project modules that `name` imports, anywhere in its body."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    return {target for target in targets if target in MODULES and target != name}


GRAPH = {name: _imported(name, path) for name, path in MODULES.items()}


def _app(module: str) -> str:
    return module.split(".")[0]


def _cycles_across_apps() -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan) that span more than one app."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len({_app(member) for member in group}) > 1:
                groups.append(sorted(group))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return groups


def test_no_import_cycle_crosses_apps() -> None:
    assert _cycles_across_apps() == []


def test_exercises_never_imports_authoring() -> None:
    offenders = {name: sorted(t for t in targets if _app(t) == "authoring")
                 for name, targets in GRAPH.items() if _app(name) == "exercises"}
    assert {name: targets for name, targets in offenders.items() if targets} == {}


def test_grader_never_imports_exercise_services() -> None:
    """What grading depends on comes from the version itself (sandbox_limits, entry, points)."""
    offenders = [name for name, targets in GRAPH.items()
                 if _app(name) == "grader" and "exercises.services" in targets]
    assert offenders == []


@pytest.mark.parametrize("call", [r"\bsandbox\.run\(", r"(?<![\w.])judge\("])
def test_one_production_caller_runs_and_judges(call: str) -> None:
    """Grading, regrading and validation share grader/grading.py: nobody else calls these."""
    callers = [name for name, path in MODULES.items()
               if re.search(call, path.read_text()) and not name.startswith("grader.sandbox")
               and name != "grader.judge"]
    assert callers == ["grader.grading"]
