import numpy as np


def _cosines(R, item):
    norms = np.linalg.norm(R, axis=0)
    dots = R.T @ R[:, item]
    denom = norms * norms[item]
    return np.where(denom > 0, dots / np.where(denom > 0, denom, 1.0), 0.0)


def _well_separated(R, item):
    """True when the positive similarities are pairwise distinct by a wide margin, so that no
    correct implementation can order them differently through rounding. (Exact zeros, items
    with no common rater, are genuine ties and are kept on purpose.)"""
    s = np.sort(_cosines(R, item)[np.arange(R.shape[1]) != item])
    s = s[s > 0]
    return len(s) < 2 or bool(np.all(np.diff(s) > 1e-9 * s[1:]))


def _ratings(rng, n_users, n_items, density, high=5):
    """Sparse ratings 1..high, 0 = not rated; redrawn until the similarities are separated."""
    while True:
        R = rng.integers(1, high + 1, size=(n_users, n_items))
        R = R * (rng.random((n_users, n_items)) < density)
        item = int(rng.integers(0, n_items))
        if R[:, item].any() and _well_separated(R, item):
            return R, item


def _many_ties_case(seed):
    """The query, four items of clearly different similarity, twenty items with the SAME column
    (exactly equal similarities in any implementation) and four unrated items, shuffled; k = 6
    keeps the best item and the five lowest-indexed of the twenty tied ones. numpy's default
    argsort and argpartition break such a tie in no particular order."""
    query = [5, 4, 0, 0, 3, 0]
    distinct = [[5, 4, 0, 1, 3, 0], [4, 0, 2, 0, 5, 0], [1, 2, 0, 0, 1, 5], [0, 0, 3, 5, 0, 4]]
    tied = [[3, 3, 0, 2, 1, 0]] * 20
    unrated = [[0] * 6] * 4
    others = distinct + tied + unrated
    order = np.random.default_rng(seed).permutation(len(others))
    columns = [query] + [others[i] for i in order]
    return {"R": np.array(columns).T, "item": 0, "k": 6}


def cases(rng):
    worked = [[5, 3, 0, 1], [4, 0, 0, 1], [1, 1, 0, 5], [0, 1, 5, 4]]
    out = [
        {"name": "worked example, k = 2", "public": True,
         "args": {"R": worked, "item": 0, "k": 2}},
        {"name": "worked example, k = 3 (an item with similarity 0)", "public": True,
         "args": {"R": worked, "item": 0, "k": 3}},
        {"name": "ties at 0: lower index first", "public": True,
         "args": {"R": [[0, 0, 4, 0, 2], [3, 0, 0, 1, 5], [0, 2, 0, 4, 1]], "item": 2, "k": 3}},
        {"name": "an item nobody rated (a numpy array)", "public": True,
         "args": {"R": np.array([[5, 0, 1, 2], [3, 0, 4, 4], [1, 0, 2, 5]]), "item": 1, "k": 2}},
    ]

    # The tie rule on a tie large enough for an unstable sort to reorder, the same in every
    # variant.
    out.append({"name": "twenty items with equal similarity, k = 6 (fixed)", "fixed": True,
                "args": _many_ties_case(11)})

    n_users, n_items = int(rng.integers(8, 20)), int(rng.integers(6, 12))
    R, item = _ratings(rng, n_users, n_items, 0.4)
    out.append({"name": "random sparse ratings", "args": {
        "R": R, "item": item, "k": int(rng.integers(2, n_items - 1))}})

    n_users, n_items = int(rng.integers(10, 20)), int(rng.integers(6, 10))
    R, item = _ratings(rng, n_users, n_items, 0.25)
    out.append({"name": "very sparse ratings, all other items ranked", "args": {
        "R": R, "item": item, "k": n_items - 1}})

    n_users, n_items = int(rng.integers(5, 10)), int(rng.integers(6, 10))
    R, item = _ratings(rng, n_users, n_items, 0.5)
    empty = [j for j in range(n_items) if j != item][: 2]
    R[:, empty] = 0
    while not _well_separated(R, item):
        R, item = _ratings(rng, n_users, n_items, 0.5)
        empty = [j for j in range(n_items) if j != item][: 2]
        R[:, empty] = 0
    out.append({"name": "two items nobody rated, all others ranked", "args": {
        "R": R.astype(float), "item": item, "k": n_items - 1}})

    n_users, n_items = int(rng.integers(6, 12)), int(rng.integers(5, 9))
    R, _ = _ratings(rng, n_users, n_items, 0.6)
    item = int(rng.integers(0, n_items))
    R[:, item] = 0
    out.append({"name": "the query item has no ratings", "args": {
        "R": list(map(list, R)), "item": item, "k": int(rng.integers(2, n_items))}})

    n_users, n_items = int(rng.integers(6, 12)), int(rng.integers(5, 9))
    R, item = _ratings(rng, n_users, n_items, 0.9, high=200)
    out.append({"name": "play counts up to 200, dense", "args": {
        "R": R, "item": item, "k": int(rng.integers(1, n_items - 1))}})

    n_users, n_items = int(rng.integers(15, 30)), int(rng.integers(8, 15))
    R, item = _ratings(rng, n_users, n_items, 0.3)
    out.append({"name": "k = 1: the single best match", "args": {"R": R, "item": item, "k": 1}})
    return out
