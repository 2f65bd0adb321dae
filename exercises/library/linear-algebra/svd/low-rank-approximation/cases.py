import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def _with_singular_values(rng, m, n, s):
    r = len(s)
    return _orthogonal(rng, m)[:, :r] @ np.diag(s) @ _orthogonal(rng, n)[:, :r].T


def _separated(rng, r, top=10.0):
    """r decreasing singular values, each at most 0.7 times the previous one."""
    return top * np.cumprod(np.concatenate([[1.0], rng.uniform(0.2, 0.7, size=r - 1)]))


def cases(rng):
    out = [
        {"name": "diagonal 2x2, k = 1", "public": True, "args": {
            "A": np.array([[3.0, 0.0], [0.0, 1.0]]), "k": 1}},
        {"name": "2x3 worked example, k = 1", "public": True, "args": {
            "A": np.array([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]]), "k": 1}},
        {"name": "3x3, k = 2", "public": True, "args": {
            "A": np.array([[4.0, 0.0, 1.0], [1.0, 2.0, 0.0], [0.0, 1.0, 0.5]]), "k": 2}},
    ]

    m, n = int(rng.integers(6, 12)), int(rng.integers(4, 8))
    r = min(m, n)
    out.append({"name": "random tall, middle k", "args": {
        "A": _with_singular_values(rng, m, n, _separated(rng, r)), "k": int(rng.integers(2, r))}})

    m, n = int(rng.integers(3, 6)), int(rng.integers(7, 12))
    r = min(m, n)
    out.append({"name": "random wide, k = 2", "args": {
        "A": _with_singular_values(rng, m, n, _separated(rng, r)), "k": 2}})

    n = int(rng.integers(4, 7))
    out.append({"name": "k = 1 (rank one)", "args": {
        "A": _with_singular_values(rng, n, n, _separated(rng, n)), "k": 1}})

    m, n = int(rng.integers(4, 8)), int(rng.integers(3, 6))
    out.append({"name": "k = min(m, n): A itself", "args": {
        "A": _with_singular_values(rng, m, n, _separated(rng, min(m, n))), "k": min(m, n)}})

    m, n = int(rng.integers(6, 10)), int(rng.integers(5, 8))
    out.append({"name": "rank 2 matrix, k = 3: A itself", "args": {
        "A": _with_singular_values(rng, m, n, _separated(rng, 2)), "k": 3}})

    m, n = int(rng.integers(8, 15)), int(rng.integers(6, 10))
    s = _separated(rng, 3, 100.0)
    A = _with_singular_values(rng, m, n, s) + 1e-2 * rng.normal(size=(m, n))
    out.append({"name": "rank 3 signal plus small noise, k = 3", "args": {"A": A, "k": 3}})

    n = int(rng.integers(4, 7))
    out.append({"name": "square, k = n - 1", "args": {
        "A": _with_singular_values(rng, n, n, _separated(rng, n, 1e3)), "k": n - 1}})
    return out
