import numpy as np


def cases(rng):
    out = [
        {"name": "worked example", "public": True, "args": {
            "X": np.array([[1.0, 2.0, 6.0], [2.0, 0.0, 1.0]])}},
        {"name": "one feature: the variance", "public": True, "args": {
            "X": np.array([[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]])}},
        {"name": "perfectly correlated features", "public": True, "args": {
            "X": np.array([[1.0, 2.0, 3.0, 4.0], [-2.0, -4.0, -6.0, -8.0]])}},
        {"name": "mean far from zero", "public": True, "args": {
            "X": np.array([[101.0, 99.0, 100.0, 102.0], [10.0, 12.0, 11.0, 11.0],
                           [5.0, 5.0, 6.0, 4.0]])}},
    ]

    D, N = int(rng.integers(3, 7)), int(rng.integers(30, 100))
    L = rng.normal(size=(D, D))
    out.append({"name": "random correlated data", "args": {
        "X": L @ rng.normal(size=(D, N)) + rng.normal(size=(D, 1))}})

    D, N = int(rng.integers(5, 9)), int(rng.integers(2, 5))
    out.append({"name": "fewer samples than features", "args": {"X": rng.normal(size=(D, N))}})

    D, N = int(rng.integers(2, 5)), int(rng.integers(20, 50))
    out.append({"name": "large means", "args": {
        "X": rng.normal(size=(D, N)) + rng.uniform(100.0, 500.0, size=(D, 1))}})

    # Fixed (the same in every variant): means up to 2e6 with a spread of about 1, the edge of
    # the stated range. E[x x^T] - mu mu^T cancels away all but about 4 of its digits here.
    g = np.random.default_rng(4)
    out.append({"name": "means near 1e6, spread about 1", "fixed": True, "args": {
        "X": g.normal(size=(3, 40)) * np.array([[1.0], [2.0], [0.5]])
        + np.array([[1e6], [-4e5], [2e6]])}})

    D, N = 3, int(rng.integers(20, 50))
    out.append({"name": "features on very different scales", "args": {
        "X": rng.normal(size=(D, N)) * np.array([[1e-2], [1.0], [1e2]])}})

    D = int(rng.integers(2, 5))
    out.append({"name": "two samples", "args": {"X": rng.normal(size=(D, 2))}})

    D, N = int(rng.integers(2, 5)), int(rng.integers(5, 15))
    X = rng.normal(size=(D, N))
    X[0] = rng.uniform(-3.0, 3.0)
    out.append({"name": "a constant feature", "args": {"X": X}})

    D, N = int(rng.integers(2, 5)), int(rng.integers(5, 15))
    out.append({"name": "integer data", "args": {"X": rng.integers(-10, 11, size=(D, N))}})
    return out
