import numpy as np


def _spd(rng, eigenvalues):
    n = len(eigenvalues)
    Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    A = Q @ np.diag(eigenvalues) @ Q.T
    return (A + A.T) / 2


def cases(rng):
    out = [
        {"name": "[[2, 1], [1, 2]]", "public": True, "args": {"A": np.array([[2.0, 1.0], [1.0, 2.0]])}},
        {"name": "diag(1, 10)", "public": True, "args": {"A": np.diag([1.0, 10.0])}},
        {"name": "a 1x1 matrix", "public": True, "args": {"A": np.array([[4.0]])}},
    ]

    n = int(rng.integers(4, 9))
    eig = rng.uniform(0.5, 20.0, size=n)
    out.append({"name": "random SPD matrix", "args": {"A": _spd(rng, eig)}})

    n = int(rng.integers(3, 6))
    eig = np.concatenate([[1e-2, 1e2], rng.uniform(1e-2, 1e2, size=n - 2)])
    rng.shuffle(eig)
    out.append({"name": "ill-conditioned (kappa = 10^4)", "args": {"A": _spd(rng, eig)}})

    n = int(rng.integers(3, 6))
    out.append({"name": "a multiple of the identity (rho = 0)", "args": {
        "A": float(rng.uniform(0.5, 5.0)) * np.eye(n)}})

    n = int(rng.integers(3, 6))
    eig = rng.uniform(1e3, 1e4, size=n)
    out.append({"name": "large eigenvalues", "args": {"A": _spd(rng, eig)}})

    n = int(rng.integers(3, 6))
    eig = rng.uniform(1e-4, 1e-3, size=n)
    out.append({"name": "small eigenvalues", "args": {"A": _spd(rng, eig)}})

    n = int(rng.integers(5, 9))
    B = rng.normal(size=(2 * n, n))
    out.append({"name": "a Gram matrix X^T X", "args": {"A": B.T @ B}})

    # The extremes are not the first and last eigenvalues as computed, the same in every
    # variant: np.linalg.eigvals returns the diagonal (5, 1, 10) in this order.
    out.append({"name": "diag(5, 1, 10): the smallest eigenvalue is in the middle", "fixed": True,
                "args": {"A": np.diag([5.0, 1.0, 10.0])}})
    return out
