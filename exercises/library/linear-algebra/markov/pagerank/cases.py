import numpy as np


def _links(adjacency):
    """Column-stochastic link matrix from A[i, j] = 1 when page j links to page i.
    A page without outgoing links links to itself."""
    A = np.asarray(adjacency, dtype=float)
    A = A + np.diag(A.sum(axis=0) == 0)
    return A / A.sum(axis=0, keepdims=True)


def _random_web(rng, n, p):
    A = (rng.uniform(size=(n, n)) < p).astype(float)
    np.fill_diagonal(A, 0.0)
    return _links(A)


# A six-page internet (columns: the pages A..F that the links come from).
_SIX = np.array([
    [0.0, 1 / 2, 1 / 3, 0.0, 0.0, 0.0],
    [1 / 3, 0.0, 0.0, 0.0, 1 / 2, 0.0],
    [1 / 3, 1 / 2, 0.0, 1.0, 0.0, 1 / 2],
    [1 / 3, 0.0, 1 / 3, 0.0, 1 / 2, 1 / 2],
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    [0.0, 0.0, 1 / 3, 0.0, 0.0, 0.0],
])


def cases(rng):
    L3 = np.array([[0.0, 0.0, 1.0], [0.5, 0.0, 0.0], [0.5, 1.0, 0.0]])
    out = [
        {"name": "three pages, d = 0.5", "public": True, "args": {"link_matrix": L3, "d": 0.5}},
        {"name": "three pages, d = 0 (pure random jumps)", "public": True, "args": {
            "link_matrix": L3, "d": 0.0}},
        {"name": "six-page internet, d = 0.85", "public": True, "args": {
            "link_matrix": _SIX, "d": 0.85}},
    ]

    n = int(rng.integers(8, 20))
    out.append({"name": "random web", "args": {
        "link_matrix": _random_web(rng, n, 0.3), "d": float(rng.uniform(0.6, 0.9))}})

    n = int(rng.integers(6, 12))
    A = (rng.uniform(size=(n, n)) < 0.4).astype(float)
    np.fill_diagonal(A, 0.0)
    A[:, -2:] = 0.0
    A[-2, -1] = A[-1, -2] = 1.0                  # two pages linking only to each other
    out.append({"name": "a trap of two pages", "args": {
        "link_matrix": _links(A), "d": float(rng.uniform(0.7, 0.9))}})

    k = int(rng.integers(3, 6))
    A = np.zeros((2 * k, 2 * k))
    A[:k, :k] = 1.0 - np.eye(k)
    A[k:, k:] = np.roll(np.eye(k), 1, axis=0)    # a second group: a directed cycle
    out.append({"name": "two disconnected groups", "args": {
        "link_matrix": _links(A), "d": float(rng.uniform(0.5, 0.9))}})

    n = int(rng.integers(5, 10))
    A = np.zeros((n, n))
    A[0, 1:] = 1.0                               # a star: everybody links to page 0
    A[1:, 0] = 1.0                               # and page 0 links back to everybody
    out.append({"name": "a hub page", "args": {"link_matrix": _links(A), "d": 0.85}})

    # Fixed (the same in every variant): d = 0.99, near the top of the range 0 <= d < 1, on a
    # web with a trap and a second group of pages. The error of r_k = M r_k-1 then shrinks
    # only like 0.99^k: hundreds of steps are needed, and a loose stopping test stops far off.
    A = np.zeros((9, 9))
    A[:5, :5] = 1.0 - np.eye(5)                 # five pages linking to each other
    A[5, 0] = A[6, 1] = 1.0                     # two of them also link into a trap
    A[5, 6] = A[6, 5] = 1.0                     # the trap: pages 5 and 6 link only to each other
    A[7, 8] = A[8, 7] = 1.0                     # a separate pair of pages
    out.append({"name": "a trap and a separate pair, d = 0.99", "fixed": True, "args": {
        "link_matrix": _links(A), "d": 0.99}})

    n = int(rng.integers(20, 41))
    out.append({"name": "larger random web, strong damping", "args": {
        "link_matrix": _random_web(rng, n, 0.15), "d": 0.95}})

    n = int(rng.integers(5, 12))
    out.append({"name": "random web, weak damping", "args": {
        "link_matrix": _random_web(rng, n, 0.5), "d": float(rng.uniform(0.1, 0.4))}})
    return out
