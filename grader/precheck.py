"""What can be told about learner code without running it: it parses, and it defines the entry.

Checked when the code is sent, before a submission exists: a syntax error or a missing
function costs no attempt and needs no sandbox. Parsing runs no code (ast.parse only builds a
tree), so the web process may do it; what the code does is still only learned in the jail.
"""

import ast

from django.core.exceptions import ValidationError


def precheck_code(code: str, *, entry: str) -> None:
    """ValidationError naming the line of a syntax error, or the missing entry function."""
    try:
        tree = ast.parse(code, filename="solution.py")
    except SyntaxError as error:
        raise ValidationError(_syntax_message(error)) from None
    except (RecursionError, MemoryError, ValueError):
        raise ValidationError("Your code is nested too deeply for Python to read it.") from None
    names = _bound_names(tree)
    if entry not in names and "*" not in names:  # a star import may bring it
        raise ValidationError(f"Your code does not define {entry}: write a function named "
                              f"{entry} (def {entry}(...):) for the grader to call.")


def _syntax_message(error: SyntaxError) -> str:
    where = f"line {error.lineno}" if error.lineno else "your code"
    text = (error.text or "").strip()
    shown = f": {text}" if text else ""
    return f"Syntax error on {where} ({error.msg}){shown}"


def _bound_names(tree: ast.Module) -> set[str]:
    """Every name the module could bind, anywhere: a definition inside an `if` or a `try`
    counts, as does `globals()["name"] = ...` (a string that names it). Only code that can
    never bind the entry is refused; the jail judges everything else."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.add(node.value)
    return names
