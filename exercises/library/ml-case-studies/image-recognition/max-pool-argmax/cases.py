import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: 2 x 2 windows, stride 2, with ties", "public": True,
         "args": {"X": [[[1, 3, 2, 0], [3, 0, 1, 2], [0, 0, 5, 5], [0, 0, 5, 1]]],
                  "size": 2, "stride": 2}},
        {"name": "two channels, overlapping 3 x 3 windows with stride 2", "public": True,
         "args": {"X": [[[1, 0, 2, 0, 1], [0, 4, 0, 3, 0], [2, 0, 1, 0, 2], [0, 3, 0, 4, 0],
                         [1, 0, 2, 0, 1]],
                        [[0.5, 0.1, -0.2, 0.0, 0.3], [0.2, 0.9, 0.4, 0.9, 0.1],
                         [-1.0, 0.3, 0.8, 0.2, 0.0], [0.1, 0.2, 0.3, 0.4, 0.5],
                         [0.6, 0.7, 0.8, 0.9, 1.0]]],
                  "size": 3, "stride": 2}},
        {"name": "a 5 x 5 map with 2 x 2 windows: the last row and column are dropped",
         "public": True,
         "args": {"X": [[[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [5, 4, 3, 2, 1], [0, 1, 0, 1, 0],
                         [9, 9, 9, 9, 9]]],
                  "size": 2, "stride": 2}},
    ]
    out += _fixed_cases()

    C, H, W = int(rng.integers(1, 4)), int(rng.integers(5, 12)), int(rng.integers(5, 12))
    size = int(rng.integers(2, 4))
    out.append({"name": "random maps, window and stride", "args": {
        "X": rng.normal(size=(C, H, W)), "size": size, "stride": int(rng.integers(1, 4))}})

    C, H, W = int(rng.integers(2, 5)), int(rng.integers(6, 11)), int(rng.integers(6, 11))
    out.append({"name": "8-bit pixels with many repeated values", "args": {
        "X": rng.integers(0, 4, size=(C, H, W)) * 64, "size": 2, "stride": 2}})

    C, H, W = int(rng.integers(1, 3)), int(rng.integers(4, 9)), int(rng.integers(4, 9))
    out.append({"name": "ReLU outputs of a random layer", "args": {
        "X": np.maximum(rng.normal(size=(C, H, W)), 0.0), "size": 2,
        "stride": int(rng.integers(1, 3))}})

    H, W = int(rng.integers(2, 6)), int(rng.integers(2, 6))
    k = min(H, W)
    out.append({"name": "one window as large as the map allows", "args": {
        "X": rng.normal(size=(1, H, W)), "size": k, "stride": 1}})
    return out


def _fixed_cases():
    """The same in every variant: each one catches one of the mistakes the statement warns
    about, whatever the learner's variant."""
    own = np.random.default_rng(8_2024)
    relu_map = np.maximum(own.integers(-3, 3, size=(2, 6, 6)), 0).astype(float)
    return [
        {"name": "a ReLU feature map: many tied windows, zeros and positive values",
         "fixed": True, "args": {"X": relu_map, "size": 2, "stride": 2}},
        {"name": "before the ReLU: every value negative", "fixed": True,
         "args": {"X": -own.uniform(0.5, 3.0, size=(2, 4, 6)), "size": 2, "stride": 2}},
        {"name": "3 x 3 windows with stride 1: a pixel wins several windows", "fixed": True,
         "args": {"X": own.normal(size=(1, 6, 5)), "size": 3, "stride": 1}},
        {"name": "stride 3 with 2 x 2 windows: gaps between the windows", "fixed": True,
         "args": {"X": own.normal(size=(2, 8, 7)), "size": 2, "stride": 3}},
        {"name": "a stride that does not divide: 7 x 6 maps, size 3, stride 2",
         "fixed": True, "args": {"X": own.normal(size=(1, 7, 6)), "size": 3, "stride": 2}},
    ]
