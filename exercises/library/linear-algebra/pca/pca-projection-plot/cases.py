import numpy as np


def spread(rng, n, scales):
    """Samples with clearly different variances along random orthogonal directions."""
    d = len(scales)
    Q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return rng.normal(size=(n, d)) * np.asarray(scales) @ Q.T + rng.normal(0.0, 3.0, size=d)


def cases(rng):
    out = [
        {"name": "worked example: a cross", "public": True,
         "args": {"X": np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]])}},
        # Fixed pitfalls: data far from the origin (centre first), directions whose natural
        # sign is negative (the convention), and three dimensions (the top two, not the last).
        {"name": "far from the origin, directions with negative signs", "public": True,
         "fixed": True,
         "args": {"X": np.array([[10.0, 20.0], [12.0, 16.0], [8.0, 24.0], [11.0, 19.0],
                                 [9.0, 21.0]])}},
        {"name": "three features, the top two of three", "public": True, "fixed": True,
         "args": {"X": spread(np.random.default_rng(5), 30, [4.0, 2.0, 0.5])}},
    ]
    d = int(rng.integers(3, 6))
    scales = np.sort(rng.uniform(0.3, 5.0, size=d))[::-1] * np.linspace(1.6, 1.0, d)
    out.append({"name": "a random cloud", "args": {
        "X": spread(rng, int(rng.integers(20, 60)), scales)}})
    out.append({"name": "a random cloud in the plane", "args": {
        "X": spread(rng, int(rng.integers(10, 40)), [rng.uniform(2.0, 4.0), rng.uniform(0.3, 1.0)])}})
    return out
