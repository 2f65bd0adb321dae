import numpy as np


def _low_rank(rng, m, n, r):
    """A float (m, n) matrix of rank r (with rounding noise in its dependent rows/columns)."""
    return rng.normal(size=(m, r)) @ rng.normal(size=(r, n))


def _outside(rng, A):
    """A right-hand side with a component of size ~1 outside the column space of A."""
    u, s, _ = np.linalg.svd(A)
    r = int(np.sum(s > 1e-8 * s[0])) if s.size else 0
    return A @ rng.normal(size=A.shape[1]) + u[:, r:] @ rng.normal(size=A.shape[0] - r)


def cases(rng):
    out = [
        {"name": "two lines crossing", "public": True, "args": {
            "A": np.array([[1.0, 1.0], [1.0, -1.0]]), "b": np.array([2.0, 0.0])}},
        {"name": "parallel lines", "public": True, "args": {
            "A": np.array([[1.0, 1.0], [2.0, 2.0]]), "b": np.array([2.0, 5.0])}},
        {"name": "the same line twice", "public": True, "args": {
            "A": np.array([[1.0, 1.0], [2.0, 2.0]]), "b": np.array([2.0, 4.0])}},
        {"name": "three lines through one point", "public": True, "args": {
            "A": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), "b": np.array([1.0, 2.0, 3.0])}},
        {"name": "two equations, three unknowns", "public": True, "args": {
            "A": np.array([[1.0, 2.0, 3.0], [0.0, 1.0, 1.0]]), "b": np.array([6.0, 2.0])}},
    ]

    # Fixed (the same in every variant): singular 4x4 matrices whose rounding noise makes
    # det(A) about 1e-16 rather than 0; one with b in the column space, one with b outside.
    g = np.random.default_rng(0)
    A = _low_rank(g, 4, 4, 3)
    out.append({"name": "singular 4x4 with rounding noise, b in the column space", "fixed": True,
                "args": {"A": A, "b": A @ g.normal(size=4)}})
    g = np.random.default_rng(3)
    A = _low_rank(g, 4, 4, 3)
    out.append({"name": "singular 4x4 with rounding noise, b outside the column space",
                "fixed": True, "args": {"A": A, "b": _outside(g, A)}})

    n = int(rng.integers(3, 7))
    out.append({"name": "random square", "args": {
        "A": rng.normal(size=(n, n)), "b": rng.normal(size=n)}})

    n = int(rng.integers(3, 7))
    A = _low_rank(rng, n, n, n - 1)
    out.append({"name": "singular square, b in the column space", "args": {
        "A": A, "b": A @ rng.normal(size=n)}})

    n = int(rng.integers(3, 7))
    A = _low_rank(rng, n, n, n - 1)
    out.append({"name": "singular square, b outside the column space", "args": {
        "A": A, "b": _outside(rng, A)}})

    n = int(rng.integers(2, 5))
    m = n + int(rng.integers(2, 5))
    A = rng.normal(size=(m, n))
    out.append({"name": "overdetermined, inconsistent", "args": {"A": A, "b": rng.normal(size=m)}})

    n = int(rng.integers(2, 5))
    m = n + int(rng.integers(2, 5))
    A = rng.normal(size=(m, n))
    out.append({"name": "overdetermined, consistent", "args": {
        "A": A, "b": A @ rng.normal(size=n)}})

    m, n = int(rng.integers(4, 7)), int(rng.integers(3, 6))
    A = _low_rank(rng, m, n, 2)
    out.append({"name": "tall, rank-deficient, consistent", "args": {
        "A": A, "b": A @ rng.normal(size=n)}})

    m = int(rng.integers(2, 5))
    n = m + int(rng.integers(1, 4))
    out.append({"name": "wide, full row rank", "args": {
        "A": rng.normal(size=(m, n)), "b": rng.normal(size=m)}})

    m, n = int(rng.integers(2, 5)), int(rng.integers(2, 5))
    out.append({"name": "zero matrix, zero right-hand side", "args": {
        "A": np.zeros((m, n)), "b": np.zeros(m)}})
    out.append({"name": "zero matrix, non-zero right-hand side", "args": {
        "A": np.zeros((m, n)), "b": rng.normal(size=m)}})

    out.append({"name": "1x1", "args": {
        "A": np.array([[rng.uniform(0.5, 3.0)]]), "b": np.array([rng.normal()])}})
    return out
