import numpy as np


def _ratings(rng, n_users, n_items, k, observed, placeholder):
    """Ratings 1..5 from a hidden rank-k model; unobserved entries hold a placeholder."""
    A = rng.normal(0.0, 1.0, size=(n_users, k))
    B = rng.normal(0.0, 1.0, size=(n_items, k))
    full = np.clip(np.round(3.0 + A @ B.T), 1.0, 5.0)
    mask = (rng.random((n_users, n_items)) < observed).astype(int)
    if placeholder == "zero":
        R = np.where(mask == 1, full, 0.0)
    else:  # arbitrary junk that a correct solution never looks at
        R = np.where(mask == 1, full, rng.uniform(-50.0, 50.0, size=full.shape))
    return R, mask


def _start(rng, n, k, scale=0.5):
    return rng.normal(0.0, scale, size=(n, k)) + 1.0


def cases(rng):
    out = [
        {"name": "worked example: one step", "public": True,
         "args": {"R": [[5.0, 3.0], [0.0, 1.0]], "mask": [[1, 1], [0, 1]],
                  "U0": [[1.0], [1.0]], "V0": [[1.0], [0.5]],
                  "lr": 0.1, "lam": 0.1, "steps": 1}},
        {"name": "3 users x 4 items, rank 2, 25 steps", "public": True,
         "args": {"R": [[5.0, 4.0, 0.0, 1.0], [4.0, 0.0, 1.0, 1.0], [1.0, 1.0, 5.0, 0.0]],
                  "mask": [[1, 1, 0, 1], [1, 0, 1, 1], [1, 1, 1, 0]],
                  "U0": [[1.0, 0.5], [0.8, 0.3], [0.2, 1.0]],
                  "V0": [[1.0, 0.2], [0.9, 0.1], [0.1, 1.0], [0.5, 0.5]],
                  "lr": 0.05, "lam": 0.1, "steps": 25}},
        {"name": "numpy arrays, rank 1, 5 steps", "public": True,
         "args": {"R": np.array([[4.0, 0.0], [2.0, 1.0]]), "mask": np.array([[1, 0], [1, 1]]),
                  "U0": np.array([[1.0], [0.5]]), "V0": np.array([[1.0], [0.8]]),
                  "lr": 0.1, "lam": 0.05, "steps": 5}},
        {"name": "no regularisation, rank 1, 40 steps", "public": True,
         "args": {"R": [[2.0, 4.0, 0.0], [1.0, 0.0, 3.0], [0.0, 6.0, 9.0]],
                  "mask": [[1, 1, 0], [1, 0, 1], [0, 1, 1]],
                  "U0": [[1.0], [0.5], [1.5]], "V0": [[1.0], [1.5], [2.0]],
                  "lr": 0.02, "lam": 0.0, "steps": 40}},
    ]

    n_users, n_items, k = int(rng.integers(6, 12)), int(rng.integers(5, 9)), 2
    R, mask = _ratings(rng, n_users, n_items, k, 0.5, "junk")
    out.append({"name": "random ratings, junk in the missing entries", "args": {
        "R": R, "mask": mask, "U0": _start(rng, n_users, k), "V0": _start(rng, n_items, k),
        "lr": 0.02, "lam": float(rng.uniform(0.05, 0.5)), "steps": int(rng.integers(60, 120))}})

    n_users, n_items, k = int(rng.integers(5, 10)), int(rng.integers(4, 8)), 3
    R, mask = _ratings(rng, n_users, n_items, k, 0.6, "zero")
    mask[int(rng.integers(0, n_users))] = 0          # a user who has rated nothing
    R = np.where(mask == 1, R, 0.0)
    out.append({"name": "a user with no ratings (only the penalty acts)", "args": {
        "R": R, "mask": mask, "U0": _start(rng, n_users, k), "V0": _start(rng, n_items, k),
        "lr": 0.02, "lam": float(rng.uniform(0.1, 1.0)), "steps": int(rng.integers(30, 60))}})

    n_users, n_items, k = int(rng.integers(4, 8)), int(rng.integers(8, 12)), 2
    R, mask = _ratings(rng, n_users, n_items, k, 0.7, "junk")
    out.append({"name": "more items than users, strong penalty", "args": {
        "R": R, "mask": mask.astype(bool), "U0": _start(rng, n_users, k),
        "V0": _start(rng, n_items, k), "lr": 0.01, "lam": float(rng.uniform(2.0, 5.0)),
        "steps": int(rng.integers(20, 50))}})

    n_users, n_items, k = int(rng.integers(3, 6)), int(rng.integers(3, 6)), 2
    R, mask = _ratings(rng, n_users, n_items, k, 0.8, "zero")
    out.append({"name": "two steps from a random start", "args": {
        "R": R, "mask": mask, "U0": rng.normal(0.0, 1.0, size=(n_users, k)),
        "V0": rng.normal(0.0, 1.0, size=(n_items, k)), "lr": 0.03,
        "lam": float(rng.uniform(0.0, 0.3)), "steps": 2}})

    n_users, n_items = int(rng.integers(4, 7)), int(rng.integers(4, 7))
    R, mask = _ratings(rng, n_users, n_items, 1, 1.0, "zero")
    out.append({"name": "every entry observed, rank 1", "args": {
        "R": R, "mask": mask, "U0": _start(rng, n_users, 1, 0.2),
        "V0": _start(rng, n_items, 1, 0.2), "lr": 0.01, "lam": 0.01,
        "steps": int(rng.integers(50, 100))}})

    n_users, n_items, k = int(rng.integers(4, 7)), int(rng.integers(4, 7)), 2
    R, mask = _ratings(rng, n_users, n_items, k, 0.5, "junk")
    out.append({"name": "zero steps: the starting factors", "args": {
        "R": R, "mask": mask, "U0": _start(rng, n_users, k), "V0": _start(rng, n_items, k),
        "lr": 0.05, "lam": 0.1, "steps": 0}})
    return out
