import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def _well_conditioned(rng, n, low=0.5, high=3.0):
    """U diag(s) V^T with singular values in [low, high]: condition number at most high/low."""
    s = rng.uniform(low, high, size=n)
    return _orthogonal(rng, n) @ np.diag(s) @ _orthogonal(rng, n).T


def cases(rng):
    out = [
        {"name": "2x2 worked example", "public": True, "args": {
            "A": np.array([[2.0, 1.0], [5.0, 3.0]])}},
        {"name": "zero on the diagonal: a swap is needed", "public": True, "args": {
            "A": np.array([[0.0, 1.0, 2.0], [1.0, 0.0, 3.0], [4.0, -3.0, 8.0]])}},
        {"name": "upper triangular", "public": True, "args": {
            "A": np.array([[1.0, 2.0, 3.0], [0.0, 1.0, 4.0], [0.0, 0.0, 1.0]])}},
        {"name": "diagonal", "public": True, "args": {"A": np.diag([2.0, -4.0, 0.5])}},
    ]

    n = int(rng.integers(3, 7))
    out.append({"name": "random well-conditioned", "args": {"A": _well_conditioned(rng, n)}})

    n = int(rng.integers(3, 7))
    A = _well_conditioned(rng, n)
    out.append({"name": "non-symmetric", "args": {"A": A + np.triu(rng.normal(size=(n, n)), 1)}})

    n = int(rng.integers(3, 6))
    out.append({"name": "rotation (orthogonal)", "args": {"A": _orthogonal(rng, n)}})

    n = int(rng.integers(3, 6))
    P = np.eye(n)[rng.permutation(n)]
    out.append({"name": "permutation matrix", "args": {"A": P}})

    n = int(rng.integers(3, 6))
    out.append({"name": "large entries", "args": {"A": 1e3 * _well_conditioned(rng, n)}})

    n = int(rng.integers(3, 6))
    out.append({"name": "small entries", "args": {"A": 1e-3 * _well_conditioned(rng, n)}})

    out.append({"name": "1x1", "args": {"A": np.array([[rng.uniform(-4.0, -0.25)]])}})

    # Fixed (the same in every variant): an integer-typed A with a fractional inverse (det -6)
    # that needs a row swap; and the largest size, n = 8.
    out.append({"name": "integer array, a swap needed", "fixed": True, "args": {
        "A": np.array([[0, 2, 1], [1, 1, 0], [2, 4, 4]])}})
    out.append({"name": "8x8", "fixed": True, "args": {
        "A": _well_conditioned(np.random.default_rng(8), 8, 1.0, 4.0)}})

    n = int(rng.integers(6, 9))
    out.append({"name": "bigger matrix", "args": {"A": _well_conditioned(rng, n, 1.0, 4.0)}})
    return out
