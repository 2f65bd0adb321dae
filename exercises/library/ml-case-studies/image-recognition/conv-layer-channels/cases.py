import importlib.util
import os

import numpy as np


def _digit(index):
    """One 8 x 8 handwritten digit of scikit-learn's digits data set, pixels scaled to [0, 1].
    The file is read directly: importing sklearn itself would take seconds."""
    root = importlib.util.find_spec("sklearn").submodule_search_locations[0]
    path = os.path.join(root, "datasets", "data", "digits.csv.gz")
    row = np.loadtxt(path, delimiter=",", skiprows=index, max_rows=1)
    return row[:64].reshape(8, 8) / 16.0


def cases(rng):
    out = [
        {"name": "worked example: 2 channels in, 2 filters", "public": True, "args": {
            "X": [[[1, 0, 2], [0, 1, 0], [2, 0, 1]], [[0, 1, 0], [1, 2, 1], [0, 1, 0]]],
            "W": [[[[1, 0], [0, 1]], [[1, 1], [0, 0]]],
                  [[[0, -1], [1, 0]], [[0, 0], [0, 2]]]],
            "b": [1, -1], "padding": 0, "stride": 1}},
        {"name": "an RGB image, one filter, 'same' padding", "public": True, "args": {
            "X": [[[1, 2, 3, 4], [5, 6, 7, 8], [0, 1, 0, 1], [2, 2, 2, 2]],
                  [[0, 0, 1, 1], [0, 0, 1, 1], [1, 1, 0, 0], [1, 1, 0, 0]],
                  [[3, 0, 0, 3], [0, 3, 3, 0], [0, 3, 3, 0], [3, 0, 0, 3]]],
            "W": [[[[0, 1, 0], [1, -4, 1], [0, 1, 0]],
                   [[1, 0, -1], [2, 0, -2], [1, 0, -1]],
                   [[0, 0, 0], [0, 0.5, 0], [0, 0, 0]]]],
            "b": [0.5], "padding": 1, "stride": 1}},
        {"name": "one channel, three filters, stride 2", "public": True, "args": {
            "X": [[[1, 2, 0, 1, 3], [0, 1, 3, 1, 0], [2, 0, 1, 0, 1], [1, 1, 0, 2, 2],
                   [0, 3, 1, 1, 0]]],
            "W": [[[[1, 0], [0, -1]]], [[[0.5, 0.5], [0.5, 0.5]]], [[[0, 2], [-1, 0]]]],
            "b": [0, 1, -2], "padding": 0, "stride": 2}},
    ]
    out += _fixed_cases()

    c_in, c_out = int(rng.integers(1, 4)), int(rng.integers(1, 5))
    H, W = int(rng.integers(5, 10)), int(rng.integers(5, 10))
    k = int(rng.integers(1, 4))
    out.append({"name": "random layer: channels, filters, padding and stride", "args": {
        "X": rng.normal(size=(c_in, H, W)), "W": rng.normal(size=(c_out, c_in, k, k)),
        "b": rng.normal(size=c_out), "padding": int(rng.integers(0, 3)),
        "stride": int(rng.integers(1, 3))}})

    H, W = int(rng.integers(4, 8)), int(rng.integers(4, 8))
    out.append({"name": "deeper in a network: 8 channels in, 4 filters out", "args": {
        "X": np.maximum(rng.normal(size=(8, H, W)), 0.0),
        "W": rng.normal(0.0, 0.3, size=(4, 8, 3, 3)), "b": rng.normal(size=4),
        "padding": 1, "stride": 1}})

    c = int(rng.integers(2, 4))
    H, W = int(rng.integers(4, 8)), int(rng.integers(4, 8))
    out.append({"name": "non-square kernels, stride 2", "args": {
        "X": rng.uniform(0.0, 255.0, size=(c, H, W)),
        "W": rng.normal(size=(2, c, 2, 3)), "b": rng.normal(size=2), "padding": 1,
        "stride": 2}})
    return out


def _fixed_cases():
    """The same in every variant: each one catches one of the mistakes the statement warns
    about, whatever the learner's variant."""
    own = np.random.default_rng(424242)
    sobel = np.array([[1.0, 0.0, -1.0], [2.0, 0.0, -2.0], [1.0, 0.0, -1.0]])
    return [
        {"name": "as many filters as input channels (3 and 3)", "fixed": True, "args": {
            "X": own.normal(size=(3, 5, 5)), "W": own.normal(size=(3, 3, 2, 2)),
            "b": np.array([0.5, -1.0, 2.0]), "padding": 0, "stride": 1}},
        {"name": "two channels, padding 2 and stride 3", "fixed": True, "args": {
            "X": own.normal(size=(2, 6, 7)), "W": own.normal(size=(2, 2, 3, 3)),
            "b": np.array([-0.5, 0.25]), "padding": 2, "stride": 3}},
        {"name": "a 1 x 1 convolution: mixing the channels pixel by pixel", "fixed": True,
         "args": {"X": own.uniform(0.0, 1.0, size=(4, 3, 5)),
                  "W": own.normal(size=(2, 4, 1, 1)), "b": np.array([1.0, -1.0]),
                  "padding": 0, "stride": 1}},
        {"name": "a handwritten 0 through three edge filters, padding 1", "fixed": True,
         "args": {"X": _digit(0)[None], "W": np.stack([sobel, sobel.T, -sobel])[:, None],
                  "b": np.array([0.0, 0.1, -0.1]), "padding": 1, "stride": 1}},
    ]
