import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def _rotation(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def cases(rng):
    out = [
        {"name": "symmetric 2x2", "public": True,
         "args": {"A": np.array([[2.0, 1.0], [1.0, 2.0]])}},
        {"name": "non-symmetric 2x2 with real eigenvalues", "public": True,
         "args": {"A": np.array([[4.0, 1.0], [2.0, 3.0]])}},
        {"name": "rotation by 90 degrees (complex eigenvalues)", "public": True,
         "args": {"A": np.array([[0.0, -1.0], [1.0, 0.0]])}},
        {"name": "diagonal 3x3", "public": True,
         "args": {"A": np.diag([2.0, 5.0, 1.0])}},
    ]

    n = int(rng.integers(4, 7))
    S = rng.normal(size=(n, n))
    out.append({"name": "random symmetric", "args": {"A": (S + S.T) / 2}})

    n = int(rng.integers(3, 6))
    d = rng.choice([-1.0, 1.0], size=n) * rng.uniform(0.5, 5.0, size=n)
    P = rng.normal(size=(n, n)) + 2.0 * np.eye(n)
    out.append({"name": "non-symmetric with real eigenvalues", "args": {
        "A": P @ np.diag(d) @ np.linalg.inv(P)}})

    r, theta = rng.uniform(0.5, 3.0), rng.uniform(0.3, 2.8)
    out.append({"name": "scaled rotation", "args": {"A": r * _rotation(theta)}})

    B = np.zeros((4, 4))
    B[:2, :2] = rng.uniform(0.5, 2.0) * _rotation(rng.uniform(0.3, 2.8))
    B[2, 2], B[3, 3] = rng.uniform(-3.0, -0.5), rng.uniform(0.5, 3.0)
    B[2, 3] = rng.normal()
    Q = _orthogonal(rng, 4)
    out.append({"name": "mixed real and complex eigenvalues", "args": {"A": Q @ B @ Q.T}})

    out.append({"name": "multiple of the identity", "args": {
        "A": rng.uniform(-4.0, 4.0) * np.eye(3)}})

    # Fixed (the same in every variant): a repeated eigenvalue whose eigenvectors must still be
    # independent columns: -2.5 I has every vector as an eigenvector, and the non-symmetric
    # P diag(3, 3, -1) P^-1 has a whole plane of eigenvectors for 3.
    out.append({"name": "-2.5 times the identity: any basis will do", "fixed": True, "args": {
        "A": -2.5 * np.eye(3)}})
    P = np.array([[1.0, 2.0, 0.0], [0.0, 1.0, 1.0], [1.0, 0.0, 3.0]])
    out.append({"name": "eigenvalue 3 twice, non-symmetric", "fixed": True, "args": {
        "A": P @ np.diag([3.0, 3.0, -1.0]) @ np.linalg.inv(P)}})

    Q = _orthogonal(rng, 4)
    a, b = rng.uniform(1.0, 3.0), rng.uniform(-3.0, -0.5)
    out.append({"name": "repeated eigenvalue, full eigenbasis", "args": {
        "A": Q @ np.diag([a, a, b, 5.0]) @ Q.T}})

    n = int(rng.integers(3, 6))
    out.append({"name": "upper triangular", "args": {
        "A": np.triu(rng.normal(size=(n, n)), 1)
             + np.diag(rng.permutation(n) + rng.uniform(0.0, 0.5, size=n))}})

    out.append({"name": "1x1 matrix", "args": {"A": np.array([[rng.uniform(-5.0, 5.0)]])}})

    n = int(rng.integers(4, 7))
    out.append({"name": "random general matrix", "args": {"A": rng.normal(size=(n, n))}})
    return out
