"""The behaviour key of a failing submission: same answers, same key, whatever the code."""

from typing import Any

from grader.behaviour import behaviour_key, quantised
from grader.judge import Judgement

CONFIG: dict[str, Any] = {"checks": [{"check": "close", "rtol": 1e-6, "atol": 1e-9}]}


def failing(*answers: Any, passed: tuple[bool, ...] = (True, False),
            verdict: str = "failed", variant: int = 0) -> str:
    tests = [{"name": f"case {i}", "passed": ok} for i, ok in enumerate(passed)]
    outputs = {i: {"ok": True, "output": answer, "mutated": []}
               for i, answer in enumerate(answers)}
    return behaviour_key(judgement=Judgement(verdict=verdict, score=0, max_score=10,
                                             tests=tests),
                         outputs=outputs, variant_index=variant, config=CONFIG)


def test_the_same_wrong_answers_make_the_same_key() -> None:
    assert failing(32.0, 7.5) == failing(32.0, 7.5)
    assert failing(32.0, 7.5) == failing(31.0, 7.5)  # a passed case's answer says nothing more


def test_answers_the_tolerance_cannot_tell_apart_fall_together() -> None:
    assert failing(32.0, 7.5) == failing(32.0, 7.5 * (1 + 1e-9))
    assert failing(32.0, 1e-12) == failing(32.0, -3e-11) == failing(32.0, 0.0)  # within atol
    assert failing(32.0, [1.0, 2.0]) == failing(32.0, [1.0, 2.0000000001])


def test_different_wrong_answers_make_different_keys() -> None:
    assert failing(32.0, 7.5) != failing(32.0, 7.6)
    assert failing(32.0, 7.5) != failing(32.0, [7.5])
    assert failing(32.0, 7.5) != failing(32.0, 7.5, passed=(False, False))
    assert failing(32.0, 7.5) != failing(32.0, 7.5, variant=1)  # other cases, other answers
    assert failing(32.0, 7.5) != failing(32.0, 7.5, verdict="timeout")


def test_a_raise_and_a_pass_are_outcomes_and_a_pass_has_no_key() -> None:
    tests = [{"name": "a", "passed": False}, {"name": "b", "passed": False}]
    raised = {0: {"ok": False, "error": {"type": "ValueError"}}}

    def key(outputs: dict[int, Any]) -> str:
        return behaviour_key(judgement=Judgement("failed", 0, 10, tests=tests),
                             outputs=outputs, variant_index=0, config=CONFIG)

    assert key(raised) == key({0: {"ok": False, "error": {"type": "ValueError"}}})
    assert key(raised) != key({0: {"ok": False, "error": {"type": "KeyError"}}})
    assert behaviour_key(judgement=Judgement("passed", 10, 10, tests=tests), outputs={},
                         variant_index=0, config=CONFIG) == ""


def test_quantising_follows_the_checks_tolerance() -> None:
    loose = {"checks": [{"check": "close", "rtol": 1e-2}]}
    assert failing(32.0, 7.5) != failing(32.0, 7.51)
    tests = [{"name": "a", "passed": False}]

    def key(answer: float) -> str:
        return behaviour_key(judgement=Judgement("failed", 0, 10, tests=tests),
                             outputs={0: {"ok": True, "output": answer}}, variant_index=0,
                             config=loose)

    assert key(7.5) == key(7.51) != key(7.9)
    assert quantised({"b": 1, "a": 2}, 1e-6, 1e-9) == quantised({"a": 2, "b": 1}, 1e-6, 1e-9)
    assert quantised(float("nan"), 1e-6, 1e-9) != quantised(float("inf"), 1e-6, 1e-9)
