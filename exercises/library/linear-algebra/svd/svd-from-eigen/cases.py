import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def _with_singular_values(rng, m, s):
    n = len(s)
    return _orthogonal(rng, m)[:, :n] @ np.diag(s) @ _orthogonal(rng, n).T


def cases(rng):
    out = [
        {"name": "worked example", "public": True, "args": {
            "A": np.array([[3.0, 2.0], [2.0, 3.0], [2.0, -2.0]])}},
        {"name": "square, swaps and flips the axes", "public": True, "args": {
            "A": np.array([[0.0, 2.0], [-3.0, 0.0]])}},
        {"name": "a single column", "public": True, "args": {"A": np.array([[3.0], [4.0]])}},
        {"name": "non-symmetric 3x3", "public": True, "args": {
            "A": np.array([[2.0, 0.0, 1.0], [1.0, 3.0, 0.0], [0.0, 1.0, 4.0]])}},
    ]

    m = int(rng.integers(5, 10))
    n = int(rng.integers(2, 5))
    out.append({"name": "random tall", "args": {
        "A": _with_singular_values(rng, m, np.sort(rng.uniform(0.5, 5.0, size=n))[::-1])}})

    n = int(rng.integers(3, 6))
    out.append({"name": "random square", "args": {
        "A": _with_singular_values(rng, n, np.sort(rng.uniform(0.3, 3.0, size=n))[::-1])}})

    m = int(rng.integers(4, 8))
    Q = _orthogonal(rng, m)[:, :3]
    out.append({"name": "orthogonal columns of different lengths", "args": {
        "A": Q * np.array([0.5, 4.0, 2.0])}})

    n = int(rng.integers(3, 6))
    out.append({"name": "equal singular values (a scaled rotation)", "args": {
        "A": rng.uniform(0.5, 3.0) * _orthogonal(rng, n)}})

    # Fixed (the same in every variant): all singular values equal, so A^T A = 4 I up to
    # rounding and every basis is an eigenbasis; only an orthonormal one gives a valid SVD.
    out.append({"name": "2 times a 4x4 rotation: equal singular values", "fixed": True, "args": {
        "A": 2.0 * _orthogonal(np.random.default_rng(4), 4)}})

    m = int(rng.integers(5, 9))
    out.append({"name": "large entries", "args": {
        "A": _with_singular_values(rng, m, np.array([900.0, 300.0, 40.0]))}})

    m = int(rng.integers(5, 9))
    out.append({"name": "small entries", "args": {
        "A": _with_singular_values(rng, m, np.array([3e-3, 1e-3]))}})

    m = int(rng.integers(4, 8))
    out.append({"name": "integer matrix", "args": {
        "A": np.vstack([np.diag([3, -2, 4]), rng.integers(-3, 4, size=(m - 3, 3))]).astype(float)}})
    return out
