import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: padding 1, stride 2", "public": True,
         "args": {"image": [[1, 2, 0, 1], [0, 1, 3, 1], [2, 0, 1, 0], [1, 1, 0, 2]],
                  "kernel": [[1, 2], [0, -1]], "padding": 1, "stride": 2}},
        {"name": "no padding, stride 1: the 'valid' size, and no flip", "public": True,
         "args": {"image": [[1, 2, 3, 0], [0, 4, 2, 3], [3, 0, 1, 2]],
                  "kernel": [[1, 2], [3, 4]], "padding": 0, "stride": 1}},
        {"name": "'same' padding: a 3 x 3 kernel with padding 1 keeps the size", "public": True,
         "args": {"image": [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [1, 0, 1, 0, 1], [2, 2, 2, 2, 2]],
                  "kernel": [[0, 1, 0], [1, -4, 2], [0, 1, 0]], "padding": 1, "stride": 1}},
    ]
    out += _fixed_cases()

    H, W = int(rng.integers(6, 13)), int(rng.integers(6, 13))
    out.append({"name": "random image, kernel, padding and stride", "args": {
        "image": rng.normal(size=(H, W)),
        "kernel": rng.normal(size=(int(rng.integers(2, 5)), int(rng.integers(2, 5)))),
        "padding": int(rng.integers(0, 3)), "stride": int(rng.integers(1, 4))}})

    H, W = int(rng.integers(7, 12)), int(rng.integers(7, 12))
    out.append({"name": "stride larger than the kernel: windows with gaps between them",
                "args": {"image": rng.uniform(-10.0, 10.0, size=(H, W)),
                         "kernel": rng.normal(size=(2, 2)), "padding": 1, "stride": 3}})

    H, W = int(rng.integers(3, 6)), int(rng.integers(3, 6))
    out.append({"name": "kernel as large as the padded image: a 1 x 1 output", "args": {
        "image": rng.normal(size=(H, W)), "kernel": rng.normal(size=(H + 2, W + 2)),
        "padding": 1, "stride": int(rng.integers(1, 3))}})

    H, W = int(rng.integers(5, 10)), int(rng.integers(5, 10))
    out.append({"name": "8-bit pixels (integers), 'same' padding", "args": {
        "image": rng.integers(0, 256, size=(H, W)),
        "kernel": rng.uniform(-1.0, 1.0, size=(3, 3)), "padding": 1, "stride": 1}})
    return out


def _fixed_cases():
    """The same in every variant: each one catches one of the mistakes the statement warns
    about, whatever the learner's variant."""
    own = np.random.default_rng(20240615)
    return [
        {"name": "a stride that does not divide: the last rows and columns are dropped",
         "fixed": True, "args": {"image": own.normal(size=(8, 6)),
                                 "kernel": own.normal(size=(3, 3)), "padding": 0, "stride": 2}},
        {"name": "integer image, fractional kernel", "fixed": True,
         "args": {"image": np.array([[3, 7, 1, 0, 5], [2, 2, 8, 6, 1], [9, 0, 4, 4, 3],
                                     [1, 5, 5, 2, 7]]),
                  "kernel": np.array([[0.5, -0.25], [0.125, 0.75]]),
                  "padding": 1, "stride": 1}},
        {"name": "padding 2 with a 2 x 2 kernel: windows made of padding only", "fixed": True,
         "args": {"image": own.uniform(1.0, 2.0, size=(3, 4)),
                  "kernel": own.normal(size=(2, 2)), "padding": 2, "stride": 1}},
        {"name": "a 1 x 3 kernel with stride 3 and padding 1", "fixed": True,
         "args": {"image": own.normal(size=(5, 8)), "kernel": np.array([[1.0, -2.0, 0.5]]),
                  "padding": 1, "stride": 3}},
        {"name": "an impulse: cross-correlation shows the kernel rotated by 180 degrees", "fixed": True,
         "args": {"image": np.eye(5)[[2]].T @ np.eye(5)[[2]],
                  "kernel": np.arange(1.0, 10.0).reshape(3, 3), "padding": 1, "stride": 1}},
    ]
