import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def cases(rng):
    out = [
        {"name": "worked example: a line through 3 points", "public": True, "args": {
            "A": np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), "b": np.array([6.0, 0.0, 0.0])}},
        {"name": "a single column of ones: the mean", "public": True, "args": {
            "A": np.ones((4, 1)), "b": np.array([1.0, 2.0, 4.0, 9.0])}},
        {"name": "consistent system: an exact solution", "public": True, "args": {
            "A": np.array([[1.0, 1.0], [1.0, -1.0], [2.0, 0.0]]), "b": np.array([3.0, 1.0, 4.0])}},
        {"name": "square and invertible", "public": True, "args": {
            "A": np.array([[2.0, 1.0], [1.0, 3.0]]), "b": np.array([1.0, 2.0])}},
    ]

    m = int(rng.integers(10, 40))
    n = int(rng.integers(2, 6))
    A = rng.normal(size=(m, n))
    out.append({"name": "random regression", "args": {
        "A": A, "b": A @ rng.normal(size=n) + 0.5 * rng.normal(size=m)}})

    m = int(rng.integers(15, 30))
    t = np.sort(rng.uniform(-1.0, 1.0, size=m))
    A = np.vander(t, 4, increasing=True)
    out.append({"name": "cubic polynomial fit", "args": {
        "A": A, "b": np.sin(3.0 * t) + 0.1 * rng.normal(size=m)}})

    m = int(rng.integers(8, 20))
    A = rng.normal(size=(m, 3))
    out.append({"name": "b exactly in the column space", "args": {"A": A, "b": A @ rng.normal(size=3)}})

    m = int(rng.integers(6, 12))
    Q = _orthogonal(rng, m)
    A = Q[:, :2] @ rng.normal(size=(2, 2))
    out.append({"name": "b perpendicular to the columns: x = 0", "args": {
        "A": A, "b": Q[:, 2:] @ rng.normal(size=m - 2)}})

    m = int(rng.integers(10, 25))
    A = rng.normal(size=(m, 3)) * np.array([0.1, 1.0, 10.0])
    out.append({"name": "features on different scales", "args": {
        "A": A, "b": A @ rng.normal(size=3) + rng.normal(size=m)}})

    m = int(rng.integers(8, 15))
    t = rng.uniform(0.0, 10.0, size=m)
    out.append({"name": "line fit with large targets", "args": {
        "A": np.column_stack([np.ones(m), t]), "b": 1e3 + 250.0 * t + 50.0 * rng.normal(size=m)}})
    return out
