import importlib.util
import os

import numpy as np

CLASSES = 10


def _digits(count):
    """The first `count` 8 x 8 digits of scikit-learn's digits data set (pixels scaled to
    [0, 1]) and their labels. The file is read directly: importing sklearn itself would take
    seconds."""
    root = importlib.util.find_spec("sklearn").submodule_search_locations[0]
    path = os.path.join(root, "datasets", "data", "digits.csv.gz")
    data = np.loadtxt(path, delimiter=",", max_rows=count)
    return data[:, :64].reshape(-1, 8, 8) / 16.0, data[:, 64].astype(int)


def _weights(rng, K, k, features, w_scale=0.5, v_scale=0.3):
    return {"W": rng.normal(0.0, w_scale, size=(K, 1, k, k)),
            "b": rng.normal(0.0, 0.1, size=K),
            "V": rng.normal(0.0, v_scale, size=(CLASSES, features)),
            "c": rng.normal(0.0, 0.1, size=CLASSES)}


def _case(name, images, labels, weights, **extra):
    return {"name": name, "args": {"images": images, "labels": labels, **weights}, **extra}


def cases(rng):
    X, y = _digits(400)
    own = np.random.default_rng(1797)
    shown = {key: np.round(value, 2) for key, value in _weights(own, 2, 3, 18).items()}
    out = [
        _case("worked example: one 4 x 4 image, one filter, two classes",
              [[[0, 1, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0], [0, 1, 1, 0]]], [1],
              {"W": [[[[0, 1, 0], [0, 1, 0], [0, 1, 0]]]], "b": [-1], "V": [[1], [-1]],
               "c": [0, 0.5]}, public=True),
        _case("a real digit with V = 0: the loss is ln 10", X[[0]], y[[0]],
              {"W": np.round(own.normal(0.0, 0.5, size=(2, 1, 3, 3)), 2),
               "b": np.array([0.1, -0.1]), "V": np.zeros((CLASSES, 18)),
               "c": np.zeros(CLASSES)}, public=True),
        _case("three digits, two filters", X[[1, 2, 3]], [int(t) for t in y[[1, 2, 3]]],
              shown, public=True),
    ]
    out += _fixed_cases(X, y, own)

    n, K = int(rng.integers(8, 17)), int(rng.integers(2, 5))
    rows = rng.choice(len(X), size=n, replace=False)
    out.append(_case("a random batch of digits and random weights", X[rows], y[rows],
                     _weights(rng, K, 3, 9 * K)))

    rows = [int(rng.choice(np.flatnonzero(y == digit))) for digit in range(CLASSES)]
    start = _weights(rng, 3, 3, 27)
    start["b"] = np.zeros(3)                       # the usual initialisation of biases
    out.append(_case("one digit of each class, zero biases", X[rows], y[rows], start))

    n, K = int(rng.integers(4, 9)), int(rng.integers(2, 4))
    rows = rng.choice(len(X), size=n, replace=False)
    out.append(_case("5 x 5 kernels: 4 x 4 feature maps", X[rows], y[rows],
                     _weights(rng, K, 5, 4 * K, w_scale=0.3)))

    row = int(rng.integers(0, len(X)))
    out.append(_case("a batch of one", X[[row]], y[[row]], _weights(rng, 2, 3, 18)))
    return out


def _fixed_cases(X, y, own):
    """The same in every variant: each one catches one of the mistakes the statement warns
    about, whatever the learner's variant."""
    rows = np.arange(20, 30)
    zero_bias = _weights(own, 3, 3, 27)
    zero_bias["b"] = np.zeros(3)
    positive_bias = _weights(own, 3, 3, 27)
    positive_bias["b"] = np.array([0.3, 0.2, 0.5])
    huge = _weights(own, 2, 3, 18, v_scale=1.0)
    huge["c"] = 750.0 + own.normal(0.0, 1.0, size=CLASSES)
    return [
        _case("zero biases: a blank patch gives exactly Z = 0", X[rows], y[rows], zero_bias,
              fixed=True),
        _case("positive biases: windows of blank patches tie", X[rows + 10], y[rows + 10],
              positive_bias, fixed=True),
        _case("logits around 750: np.exp overflows without the shift", X[rows + 20],
              y[rows + 20], huge, fixed=True),
    ]
