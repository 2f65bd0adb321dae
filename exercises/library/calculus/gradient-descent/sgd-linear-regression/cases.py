import numpy as np


def _batches(rng, n, batch_size, epochs):
    out = []
    for _ in range(epochs):
        order = rng.permutation(n)
        out += [order[i:i + batch_size] for i in range(0, n, batch_size)]
    return out


def cases(rng):
    X4 = np.array([[1.0], [2.0], [3.0], [4.0]])
    y4 = np.array([3.0, 5.0, 7.0, 9.0])
    out = [
        {"name": "worked example: two batches of two", "public": True, "args": {
            "X": X4, "y": y4, "w0": np.array([0.0]), "b0": 0.0, "learning_rate": 0.05,
            "batches": [[0, 1], [2, 3]]}},
        {"name": "batch size 1 (pure SGD), two epochs", "public": True, "args": {
            "X": X4, "y": y4, "w0": np.array([0.0]), "b0": 0.0, "learning_rate": 0.02,
            "batches": [[3], [0], [2], [1], [1], [2], [0], [3]]}},
        {"name": "two features, batches of sizes 3 and 1", "public": True, "args": {
            "X": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0]]),
            "y": np.array([1.0, 2.0, 3.0, 0.0]), "w0": np.array([0.5, -0.5]), "b0": 1.0,
            "learning_rate": 0.1, "batches": [[2, 0, 3], [1]]}},
    ]

    n, d = int(rng.integers(40, 80)), int(rng.integers(2, 5))
    X = rng.normal(size=(n, d))
    y = X @ rng.normal(size=d) + rng.normal() + rng.normal(0.0, 0.1, size=n)
    bs = int(rng.integers(5, 12))
    while n % bs == 0:
        bs += 1
    out.append({"name": "random data, batches with a smaller last batch, 3 epochs", "args": {
        "X": X, "y": y, "w0": np.zeros(d), "b0": 0.0, "learning_rate": 0.05,
        "batches": _batches(rng, n, bs, 3)}})

    n, d = int(rng.integers(20, 40)), int(rng.integers(1, 4))
    X = rng.uniform(-1.0, 1.0, size=(n, d))
    y = X @ rng.normal(size=d) - 2.0 + rng.normal(0.0, 0.2, size=n)
    out.append({"name": "batch size 1, one epoch, random start", "args": {
        "X": X, "y": y, "w0": rng.normal(size=d), "b0": float(rng.normal()),
        "learning_rate": 0.1, "batches": _batches(rng, n, 1, 1)}})

    n, d = int(rng.integers(10, 20)), int(rng.integers(2, 4))
    X = rng.normal(size=(n, d))
    y = rng.normal(size=n)
    out.append({"name": "one batch with every row (full-batch gradient descent)", "args": {
        "X": X, "y": y, "w0": rng.normal(size=d), "b0": float(rng.normal()),
        "learning_rate": 0.2, "batches": [np.arange(n)] * int(rng.integers(3, 8))}})

    n, d = int(rng.integers(30, 50)), 3
    X = rng.normal(size=(n, d)) * np.array([100.0, 1.0, 0.01])
    y = X @ np.array([0.02, -1.0, 50.0]) + 1.0 + rng.normal(0.0, 0.1, size=n)
    out.append({"name": "features on very different scales, small learning rate", "args": {
        "X": X, "y": y, "w0": np.zeros(d), "b0": 0.0, "learning_rate": 5e-5,
        "batches": _batches(rng, n, 7, 2)}})

    n, d = int(rng.integers(10, 20)), 2
    out.append({"name": "no batches: the start is returned", "args": {
        "X": rng.normal(size=(n, d)), "y": rng.normal(size=n), "w0": rng.normal(size=d),
        "b0": float(rng.normal()), "learning_rate": 0.1, "batches": []}})
    return out
