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


def cases(rng):
    worked_R = [[5.0, 3.0, 0.0], [4.0, 0.0, 1.0], [0.0, 3.0, 2.0]]
    worked_mask = [[1, 1, 0], [1, 0, 1], [0, 1, 1]]
    out = [
        {"name": "worked example, one sweep", "public": True,
         "args": {"R": worked_R, "mask": worked_mask, "lam": 1.0, "sweeps": 1}},
        {"name": "worked example, two sweeps", "public": True,
         "args": {"R": worked_R, "mask": worked_mask, "lam": 1.0, "sweeps": 2}},
        {"name": "an item nobody rated, a user who rated nothing", "public": True,
         "args": {"R": [[4.0, 0.0, 5.0, 2.0], [0.0, 0.0, 0.0, 0.0], [3.0, 0.0, 4.0, 1.0]],
                  "mask": [[1, 0, 1, 1], [0, 0, 0, 0], [1, 0, 1, 1]],
                  "lam": 2.0, "sweeps": 3}},
    ]

    # Fixed cases: the same in every variant, so every learner meets the rules they test.
    fixed = np.random.default_rng(4242)
    R, mask = _ratings(fixed, 30, 20, 0.3, placeholder="junk")
    out.append({"name": "30 users x 20 items, junk in the missing entries, 5 sweeps",
                "fixed": True, "args": {"R": R, "mask": mask, "lam": 3.0, "sweeps": 5}})
    R, mask = _ratings(fixed, 12, 9, 0.35)
    out.append({"name": "one sweep: items first, then users from the new item biases",
                "fixed": True, "args": {"R": R, "mask": mask.astype(bool), "lam": 0.5,
                                        "sweeps": 1}})
    R, mask = _ratings(fixed, 8, 6, 0.5)
    mask[:, 2] = 0                                   # a new release: nobody rated it yet
    R[:, 2] = 0.0
    out.append({"name": "a new item with no rating, 4 sweeps", "fixed": True,
                "args": {"R": R, "mask": mask, "lam": 5.0, "sweeps": 4}})

    n_users, n_items = int(rng.integers(20, 45)), int(rng.integers(12, 30))
    R, mask = _ratings(rng, n_users, n_items, float(rng.uniform(0.15, 0.4)), placeholder="junk")
    out.append({"name": "random ratings, junk placeholders", "args": {
        "R": R, "mask": mask, "lam": float(rng.uniform(1.0, 10.0)),
        "sweeps": int(rng.integers(2, 8))}})
    n_users, n_items = int(rng.integers(6, 15)), int(rng.integers(5, 10))
    R, mask = _ratings(rng, n_users, n_items, 0.5)
    out.append({"name": "small matrix as lists, weak penalty", "args": {
        "R": R.tolist(), "mask": mask.tolist(), "lam": float(rng.uniform(0.05, 0.3)),
        "sweeps": int(rng.integers(1, 4))}})
    n_users, n_items = int(rng.integers(10, 25)), int(rng.integers(8, 15))
    R, mask = _ratings(rng, n_users, n_items, 0.9)
    out.append({"name": "dense ratings, strong penalty", "args": {
        "R": R, "mask": mask, "lam": float(rng.uniform(20.0, 60.0)),
        "sweeps": int(rng.integers(3, 10))}})
    n_users, n_items = int(rng.integers(10, 20)), int(rng.integers(8, 15))
    R, mask = _ratings(rng, n_users, n_items, 0.3)
    out.append({"name": "zero sweeps: every bias is 0", "args": {
        "R": R, "mask": mask, "lam": 1.0, "sweeps": 0}})
    return out
