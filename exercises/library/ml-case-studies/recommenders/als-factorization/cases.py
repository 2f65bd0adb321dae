import numpy as np


def _ratings(rng, n_users, n_items, density, placeholder="zero"):
    """Star ratings 1..5 as a streaming service sees them: a global mean near 3.6, generous and
    harsh users, loved and disliked items, two latent tastes, noise. Popular items and active
    users are observed more often; unobserved entries hold a placeholder."""
    b_user = rng.normal(0.0, 0.5, n_users)
    b_item = rng.normal(0.0, 0.6, n_items)
    taste = rng.normal(0.0, 0.7, (n_users, 2)) @ rng.normal(0.0, 0.7, (n_items, 2)).T
    noise = rng.normal(0.0, 0.4, (n_users, n_items))
    full = np.clip(np.round(3.6 + b_user[:, None] + b_item[None, :] + taste + noise), 1, 5)
    activity = rng.lognormal(0.0, 0.6, n_users)
    popularity = np.exp(1.5 * b_item)
    weight = activity[:, None] * popularity[None, :]
    mask = (rng.random((n_users, n_items)) < np.minimum(0.95, density * weight / weight.mean()))
    mask = mask.astype(int)
    if placeholder == "zero":
        R = np.where(mask == 1, full, 0.0)
    else:  # arbitrary numbers that a correct solution never looks at
        R = np.where(mask == 1, full, rng.uniform(-50.0, 50.0, full.shape))
    return R, mask


def _start(rng, n_items, k):
    """Small random item factors around 1, as an ALS run would be seeded."""
    return 1.0 + rng.normal(0.0, 0.3, (n_items, k))


def cases(rng):
    out = [
        {"name": "worked example: k = 1, one sweep", "public": True,
         "args": {"R": [[5.0, 3.0], [0.0, 1.0]], "mask": [[1, 1], [0, 1]],
                  "V0": [[1.0], [0.5]], "lam": 1.0, "sweeps": 1}},
        {"name": "3 users x 4 items, k = 2, two sweeps", "public": True,
         "args": {"R": [[5.0, 4.0, 0.0, 1.0], [4.0, 0.0, 1.0, 1.0], [1.0, 1.0, 5.0, 0.0]],
                  "mask": [[1, 1, 0, 1], [1, 0, 1, 1], [1, 1, 1, 0]],
                  "V0": [[1.0, 0.2], [0.9, 0.1], [0.1, 1.0], [0.5, 0.5]],
                  "lam": 0.5, "sweeps": 2}},
        {"name": "a user with no ratings gets the zero vector", "public": True,
         "args": {"R": [[4.0, 0.0, 2.0], [0.0, 0.0, 0.0], [5.0, 3.0, 0.0]],
                  "mask": [[1, 0, 1], [0, 0, 0], [1, 1, 0]],
                  "V0": [[1.0, 0.5], [0.5, 1.0], [1.0, 1.0]], "lam": 1.0, "sweeps": 1}},
    ]

    # Fixed cases: the same in every variant, so every learner meets the rules they test.
    fixed = np.random.default_rng(777)
    R, mask = _ratings(fixed, 20, 15, 0.3, placeholder="junk")
    out.append({"name": "20 users x 15 items, junk in the missing entries, k = 3, 5 sweeps",
                "fixed": True,
                "args": {"R": R, "mask": mask, "V0": _start(fixed, 15, 3), "lam": 2.0,
                         "sweeps": 5}})
    R, mask = _ratings(fixed, 10, 8, 0.5)
    out.append({"name": "k = 2, a weak penalty, 3 sweeps", "fixed": True,
                "args": {"R": R, "mask": mask.astype(bool), "V0": _start(fixed, 8, 2),
                         "lam": 0.1, "sweeps": 3}})
    R, mask = _ratings(fixed, 9, 7, 0.4)
    mask[:, 0] = 0                                   # an item nobody rated
    out.append({"name": "an item nobody rated, k = 2", "fixed": True,
                "args": {"R": R, "mask": mask, "V0": _start(fixed, 7, 2), "lam": 3.0,
                         "sweeps": 2}})

    n_users, n_items = int(rng.integers(12, 30)), int(rng.integers(8, 20))
    k = int(rng.integers(2, 5))
    R, mask = _ratings(rng, n_users, n_items, float(rng.uniform(0.2, 0.5)), placeholder="junk")
    out.append({"name": "random ratings, junk placeholders", "args": {
        "R": R, "mask": mask, "V0": _start(rng, n_items, k),
        "lam": float(rng.uniform(0.5, 5.0)), "sweeps": int(rng.integers(2, 7))}})
    n_users, n_items = int(rng.integers(5, 10)), int(rng.integers(4, 8))
    R, mask = _ratings(rng, n_users, n_items, 0.6)
    out.append({"name": "small matrix as lists, k = 2", "args": {
        "R": R.tolist(), "mask": mask.tolist(), "V0": _start(rng, n_items, 2).tolist(),
        "lam": float(rng.uniform(0.2, 2.0)), "sweeps": int(rng.integers(1, 4))}})
    n_users, n_items = int(rng.integers(6, 12)), int(rng.integers(5, 9))
    R, mask = _ratings(rng, n_users, n_items, 0.95)
    out.append({"name": "almost every entry observed, k = 1", "args": {
        "R": R, "mask": mask, "V0": _start(rng, n_items, 1),
        "lam": float(rng.uniform(0.1, 1.0)), "sweeps": int(rng.integers(3, 8))}})
    n_users, n_items = int(rng.integers(8, 16)), int(rng.integers(6, 12))
    R, mask = _ratings(rng, n_users, n_items, 0.3)
    out.append({"name": "strong penalty, k = 3", "args": {
        "R": R, "mask": mask, "V0": _start(rng, n_items, 3),
        "lam": float(rng.uniform(10.0, 30.0)), "sweeps": int(rng.integers(1, 4))}})
    return out
