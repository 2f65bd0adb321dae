"""A result as text for a terminal or a notebook: the verdict, then each test, as the result
panel of the exercise page shows them."""

from __future__ import annotations

from typing import Any


def _points(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def result_lines(result: dict[str, Any]) -> list[str]:
    lines = []
    if result.get("notice"):
        lines += [f"Note: {result['notice']}", ""]
    head = f"{result['verdict_label']}"
    if result.get("score_override") is not None:
        head += (f" · {_points(result['score_override'])} / {_points(result['max_score'])} "
                 "points (changed by your instructor)")
    elif result.get("score") is not None:
        head += f" · {_points(result['score'])} / {_points(result['max_score'])} points"
    if result.get("kind") == "check":
        head += " · examples only, not counted"
    elif result.get("attempt"):
        head += f" · attempt {result['attempt']}"
    lines.append(head)
    if result.get("misconception"):
        lines.append(f"This looks like a known mistake: {result['misconception']}")
    if result.get("message"):
        lines.append(result["message"])
    for test in result.get("tests", []):
        mark = "PASS" if test["passed"] else "FAIL"
        where = "public" if test["public"] else "hidden"
        lines.append(f"  {mark}  {test['name']} ({where})"
                     + (f": {test['message']}" if test.get("message") else ""))
        if test.get("error"):
            lines += ["        " + line for line in test["error"].rstrip().splitlines()]
        if test.get("stdout"):
            lines += ["        | " + line for line in test["stdout"].rstrip().splitlines()]
    if result.get("stdout"):
        lines += ["Printed output:"] + ["  | " + line
                                        for line in result["stdout"].rstrip().splitlines()]
    lines.append(f"Details: {result['url']}")
    return lines


def attempt_lines(attempts: list[dict[str, Any]]) -> list[str]:
    if not attempts:
        return ["No attempts yet."]
    lines = []
    for item in attempts:
        label = f"#{item['attempt']}" if item.get("attempt") else "check"
        score = (f"{_points(item['score'])} / {_points(item['max_score'])}"
                 if item.get("score") is not None else "-")
        late = " (late)" if item.get("late") else ""
        lines.append(f"{label:>6}  {item['created_at'][:16].replace('T', ' ')}  "
                     f"{item['verdict_label']:<22} {score}{late}")
    return lines
