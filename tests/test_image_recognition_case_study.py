"""The image-recognition case study (ml-case-studies/image-recognition): its cases read
scikit-learn's digits without importing sklearn (grading must stay fast), and the numbers its
statements promise are the ones its reference solutions compute."""

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from exercises.packages import LIBRARY_ROOT

MODULE = LIBRARY_ROOT / "ml-case-studies" / "image-recognition"
DIGIT_PACKAGES = ["conv-layer-channels", "cnn-digit-gradients", "cnn-digit-training"]


def _load(path: Path) -> SimpleNamespace:
    """The names a trusted package file defines (a solution.py or cases.py)."""
    namespace: dict[str, Any] = {}
    exec(compile(path.read_text(), str(path), "exec"), namespace)  # trusted library code
    return SimpleNamespace(**namespace)


def _case(slug: str, name: str) -> dict[str, Any]:
    cases = _load(MODULE / slug / "cases.py").cases(np.random.default_rng(0))
    return next(case for case in cases if case["name"] == name)


@pytest.mark.parametrize("slug", DIGIT_PACKAGES)
def test_the_cases_read_the_digits_without_importing_sklearn(slug: str) -> None:
    script = (
        "import json, sys, time\n"
        "import numpy as np\n"
        f"namespace = {{}}\nexec(open({str(MODULE / slug / 'cases.py')!r}).read(), namespace)\n"
        "started = time.perf_counter()\n"
        "cases = namespace['cases'](np.random.default_rng(0))\n"
        "print(json.dumps({'sklearn': 'sklearn' in sys.modules, 'count': len(cases),\n"
        "                  'seconds': time.perf_counter() - started}))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=60)
    built = json.loads(run.stdout)

    assert built["sklearn"] is False
    assert built["count"] >= 6
    assert built["seconds"] < 2.0, "building the cases must stay well under the time limit"


def test_the_digits_are_the_1797_labelled_8x8_images() -> None:
    images, labels = _load(MODULE / "cnn-digit-training" / "cases.py")._digits()

    assert images.shape == (1300, 8, 8)
    assert images.min() == 0.0 and images.max() == 1.0
    assert list(labels[:10]) == list(range(10))  # the file starts with 0, 1, ..., 9


def test_the_real_training_run_reads_the_promised_share_of_unseen_digits() -> None:
    solution = _load(MODULE / "cnn-digit-training" / "solution.py")
    case = _case("cnn-digit-training",
                 "the real run: 300 digits, 2 epochs of 30 batches, 300 unseen test digits")

    losses, *_, accuracy = solution.train_digit_cnn(*case["args"].values())

    assert case["fixed"] and len(losses) == 60
    assert round(float(losses[0]), 2) == 2.35 and np.mean(losses[-30:]) < 0.6
    assert accuracy == pytest.approx(0.87)
    assert "87\\%" in (MODULE / "cnn-digit-training" / "statement.md").read_text()


def test_the_training_worked_example_shows_the_reference_losses() -> None:
    solution = _load(MODULE / "cnn-digit-training" / "solution.py")
    case = _case("cnn-digit-training", "worked example: 5 digits, batches of 2, 2 epochs")
    statement = (MODULE / "cnn-digit-training" / "statement.md").read_text()

    losses, *_, accuracy = solution.train_digit_cnn(*case["args"].values())

    assert len(losses) == 6 and accuracy == pytest.approx(0.2)
    shown = ", ".join(f"${loss:.6f}$" for loss in losses)
    assert shown in statement


@pytest.mark.parametrize(("slug", "entry", "name", "expected"), [
    ("conv2d-padding-stride", "cross_correlate2d", "worked example: padding 1, stride 2",
     [[-1, 0, 0], [-2, 6, 1], [2, 1, 2]]),
    ("conv-layer-channels", "conv_layer", "worked example: 2 channels in, 2 filters",
     [[[4, 2], [4, 6]], [[3, 0], [2, -1]]]),
    ("max-pool-argmax", "max_pool", "worked example: 2 x 2 windows, stride 2, with ties",
     ([[[3, 2], [0, 5]]], [[[1, 2], [8, 10]]])),
    ("conv-layer-backward", "conv_backward", "worked example: one channel, one filter",
     ([[[1, -1, 0], [4, -3, 1], [4, -2, 0]]], [[[[0, 1], [3, 3]]]], [2])),
])
def test_each_worked_example_is_what_the_reference_computes(
    slug: str, entry: str, name: str, expected: Any
) -> None:
    solution = getattr(_load(MODULE / slug / "solution.py"), entry)

    got = solution(*_case(slug, name)["args"].values())

    if isinstance(expected, tuple):
        for item, want in zip(got, expected, strict=True):
            np.testing.assert_allclose(item, want)
    else:
        np.testing.assert_allclose(got, expected)


def test_the_cnn_worked_example_is_what_the_reference_computes() -> None:
    solution = _load(MODULE / "cnn-digit-gradients" / "solution.py")
    case = _case("cnn-digit-gradients",
                 "worked example: one 4 x 4 image, one filter, two classes")

    loss, dW, db, dV, dc = solution.cnn_loss_and_gradients(*case["args"].values())

    assert loss == pytest.approx(3.529750, abs=1e-6)
    np.testing.assert_allclose(dW[0, 0], [[0, 1.941376, 0]] * 3, atol=1e-6)
    np.testing.assert_allclose(db, [1.941376], atol=1e-6)  # the tie sends it to one entry
    np.testing.assert_allclose(dV, [[1.941376], [-1.941376]], atol=1e-6)
    np.testing.assert_allclose(dc, [0.970688, -0.970688], atol=1e-6)
