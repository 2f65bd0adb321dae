import numpy as np


def _column_stochastic(W):
    return W / W.sum(axis=0, keepdims=True)


def _two_clusters(rng, k, eps):
    """Two groups of k states, linked to each other only with probabilities of order eps."""
    B = np.zeros((2 * k, 2 * k))
    B[:k, :k] = rng.uniform(0.2, 1.0, size=(k, k))
    B[k:, k:] = rng.uniform(0.2, 1.0, size=(k, k))
    B[k:, :k] = eps * rng.uniform(0.5, 1.0, size=(k, k))
    B[:k, k:] = eps * rng.uniform(0.5, 1.0, size=(k, k))
    return _column_stochastic(B)


def cases(rng):
    out = [
        {"name": "sun and rain", "public": True, "args": {
            "P": np.array([[0.9, 0.5], [0.1, 0.5]])}},
        {"name": "three states", "public": True, "args": {
            "P": np.array([[0.5, 0.2, 0.3], [0.3, 0.8, 0.3], [0.2, 0.0, 0.4]])}},
        {"name": "a cycle with a chance of staying", "public": True, "args": {
            "P": np.array([[0.5, 0.0, 0.5], [0.5, 0.5, 0.0], [0.0, 0.5, 0.5]])}},
        {"name": "a slowly mixing chain", "public": True, "args": {
            "P": np.array([[0.999, 0.002], [0.001, 0.998]])}},
    ]

    n = int(rng.integers(4, 11))
    out.append({"name": "random dense chain", "args": {
        "P": _column_stochastic(rng.uniform(0.0, 1.0, size=(n, n)))}})

    n = int(rng.integers(6, 13))
    W = rng.uniform(0.0, 1.0, size=(n, n)) * (rng.uniform(size=(n, n)) < 0.3)
    W += np.roll(np.eye(n), 1, axis=0)          # a cycle through every state: irreducible
    W += 0.1 * np.eye(n)                         # self-loops: aperiodic
    out.append({"name": "random sparse chain", "args": {"P": _column_stochastic(W)}})

    k = int(rng.integers(3, 6))
    out.append({"name": "two weakly linked clusters", "args": {
        "P": _two_clusters(rng, k, rng.uniform(1e-4, 1e-3))}})

    # Fixed (the same in every variant): the slowest chain of the tests. Its second eigenvalue
    # is about 1 - 2e-4, so the chain needs tens of thousands of steps to mix, and each step
    # changes p by only about 2e-4 times its remaining error.
    out.append({"name": "two clusters linked with probability 1e-4 (very slow mixing)",
                "fixed": True, "args": {"P": _two_clusters(np.random.default_rng(1), 4, 1e-4)}})

    n = int(rng.integers(4, 8))
    W = rng.uniform(0.1, 1.0, size=(n, n))
    W[0, :] *= 50.0                              # almost everything flows into state 0
    out.append({"name": "a dominant state", "args": {"P": _column_stochastic(W)}})

    n = int(rng.integers(20, 41))
    out.append({"name": "larger chain", "args": {
        "P": _column_stochastic(rng.exponential(size=(n, n)))}})

    n = int(rng.integers(3, 7))
    Q = np.full((n, n), 1.0 / n)
    out.append({"name": "every state equally likely", "args": {"P": Q}})
    return out
