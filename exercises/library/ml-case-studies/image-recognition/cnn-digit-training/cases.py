import importlib.util
import os

import numpy as np

CLASSES = 10
TEST = slice(1000, 1300)   # held-out digits, never among the training rows (0 .. 399)


def _digits():
    """The first 1300 8 x 8 digits of scikit-learn's digits data set (pixels scaled to
    [0, 1]) and their labels. The file is read directly: importing sklearn itself would take
    seconds."""
    root = importlib.util.find_spec("sklearn").submodule_search_locations[0]
    path = os.path.join(root, "datasets", "data", "digits.csv.gz")
    data = np.loadtxt(path, delimiter=",", max_rows=1300)
    return data[:, :64].reshape(-1, 8, 8) / 16.0, data[:, 64].astype(int)


def _start(rng, K, v_scale=0.1):
    """Initial weights: random filters and dense weights, zero biases."""
    return {"W0": rng.normal(0.0, 0.5, size=(K, 1, 3, 3)), "b0": np.zeros(K),
            "V0": rng.normal(0.0, v_scale, size=(CLASSES, 9 * K)), "c0": np.zeros(CLASSES)}


def _case(name, X, y, train, test, start, lr, epochs, batch_size, **extra):
    return {"name": name, "args": {
        "images": X[train], "labels": y[train], "test_images": X[test],
        "test_labels": y[test], **start, "lr": lr, "epochs": epochs,
        "batch_size": batch_size}, **extra}


def cases(rng):
    X, y = _digits()
    edge = np.array([[0.5, 0.5, 0.5], [0.0, 0.0, 0.0], [-0.5, -0.5, -0.5]])
    edges = {"W0": np.stack([edge, edge.T])[:, None], "b0": np.zeros(2),
             "V0": np.zeros((CLASSES, 18)), "c0": np.zeros(CLASSES)}
    own = np.random.default_rng(2)
    out = [
        _case("worked example: 5 digits, batches of 2, 2 epochs", X, y, slice(0, 5),
              slice(1000, 1005), edges, 0.5, 2, 2, public=True),
        _case("ten digits in one batch, 3 epochs", X, y, slice(10, 20), slice(1005, 1015),
              _start(own, 2), 0.5, 3, 10, public=True),
        _case("zero epochs: the untrained network's accuracy", X, y, slice(0, 6),
              slice(1015, 1025), _start(own, 2), 0.5, 0, 3, public=True),
    ]
    out += _fixed_cases(X, y)

    n, K = int(rng.integers(40, 81)), int(rng.integers(2, 5))
    start = int(rng.integers(0, 400 - n))
    out.append(_case("random digits, filters and batch size", X, y, slice(start, start + n),
                     TEST, _start(rng, K), float(rng.uniform(0.2, 0.6)), 2,
                     int(rng.integers(6, 17))))

    n = int(rng.integers(8, 15))
    start = int(rng.integers(0, 400 - n))
    out.append(_case("batches of one: plain stochastic gradient descent", X, y,
                     slice(start, start + n), slice(1100, 1150), _start(rng, 3),
                     float(rng.uniform(0.05, 0.2)), 1, 1))
    return out


def _fixed_cases(X, y):
    """The same in every variant: the training run the statement promises, and a last batch
    smaller than the others."""
    own = np.random.default_rng(2)      # the filters of the run that reaches 87 %
    return [
        _case("the real run: 300 digits, 2 epochs of 30 batches, 300 unseen test digits", X,
              y, slice(0, 300), TEST, _start(own, 4), 0.5, 2, 10, fixed=True, weight=3),
        _case("23 digits in batches of 5: the last batch has 3", X, y, slice(300, 323),
              slice(1150, 1200), _start(np.random.default_rng(23), 3), 0.3, 2, 5,
              fixed=True),
    ]
