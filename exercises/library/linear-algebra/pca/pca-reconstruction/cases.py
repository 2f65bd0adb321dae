import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def _data(rng, N, D, s, mu):
    """N samples whose covariance (dividing by N) is exactly V diag(s^2) V^T, with mean mu."""
    r = len(s)
    Z = rng.normal(size=(N, r))
    Z -= Z.mean(axis=0)
    Q, _ = np.linalg.qr(Z)                       # centred, orthonormal columns
    V = _orthogonal(rng, D)[:, :r]
    return np.sqrt(N) * Q @ np.diag(s) @ V.T + mu


def _spectrum(rng, D, top=5.0):
    """D standard deviations, each at most 0.7 times the previous: well separated variances."""
    return top * np.cumprod(np.concatenate([[1.0], rng.uniform(0.3, 0.7, size=D - 1)]))


WORKED = np.array([[4.0, 3.0], [2.0, 5.0], [-2.0, 1.0], [0.0, -1.0]])


def cases(rng):
    out = [
        {"name": "worked example, k = 1", "public": True, "args": {"X": WORKED, "k": 1}},
        {"name": "k = D: nothing is lost", "public": True, "args": {"X": WORKED, "k": 2}},
        {"name": "k = 0: every point becomes the mean", "public": True, "args": {"X": WORKED, "k": 0}},
        {"name": "3-D points near a plane, k = 2", "public": True, "args": {
            "X": np.array([[2.0, 0.0, 1.0], [0.0, 2.0, 1.1], [-2.0, 0.0, 0.9],
                           [0.0, -2.0, 1.0], [1.0, 1.0, 1.05], [-1.0, -1.0, 0.95]]), "k": 2}},
    ]

    N, D = int(rng.integers(30, 80)), int(rng.integers(4, 8))
    out.append({"name": "random data, middle k", "args": {
        "X": _data(rng, N, D, _spectrum(rng, D), rng.normal(scale=3.0, size=D)),
        "k": int(rng.integers(1, D))}})

    N, D = int(rng.integers(30, 80)), int(rng.integers(3, 6))
    out.append({"name": "k = 1, mean far from the origin", "args": {
        "X": _data(rng, N, D, _spectrum(rng, D), rng.uniform(5.0, 10.0, size=D)), "k": 1}})

    N, D = int(rng.integers(20, 50)), int(rng.integers(5, 9))
    s = np.concatenate([_spectrum(rng, 2), [0.0] * (D - 2)])
    out.append({"name": "data on a 2-D plane plus an offset, k = 2", "args": {
        "X": _data(rng, N, D, s[:2], rng.normal(size=D)), "k": 2}})

    N, D = int(rng.integers(30, 80)), int(rng.integers(3, 6))
    out.append({"name": "k = D", "args": {
        "X": _data(rng, N, D, _spectrum(rng, D), rng.normal(size=D)), "k": D}})

    N, D = int(rng.integers(20, 50)), int(rng.integers(3, 6))
    out.append({"name": "k = 0", "args": {
        "X": _data(rng, N, D, _spectrum(rng, D), rng.normal(size=D)), "k": 0}})

    D = int(rng.integers(6, 9))
    N = int(rng.integers(4, D))
    out.append({"name": "fewer samples than features, k = 2", "args": {
        "X": _data(rng, N, D, _spectrum(rng, N - 1), rng.normal(size=D)), "k": 2}})

    # Fixed (the same in every variant): the fewest samples, N = 2. Their covariance has rank
    # one, and both points lie on the line through the mean along u_1: k = 1 keeps them.
    out.append({"name": "two samples in 3-D, k = 1", "fixed": True, "args": {
        "X": np.array([[1.0, -2.0, 4.0], [3.0, 0.0, 1.0]]), "k": 1}})

    N = int(rng.integers(20, 40))
    out.append({"name": "one feature, k = 1", "args": {
        "X": rng.normal(loc=3.0, size=(N, 1)), "k": 1}})
    return out
