import numpy as np


def cases(rng):
    out = [
        {"name": "45 degrees in the plane", "public": True, "args": {"u": [1, 0], "v": [1, 1]}},
        {"name": "opposite directions", "public": True,
         "args": {"u": [1, 2, 2], "v": [-2, -4, -4]}},
        {"name": "perpendicular", "public": True, "args": {"u": [3, 1, -1], "v": [1, -1, 2]}},
        {"name": "60 degrees, different lengths", "public": True,
         "args": {"u": [2.0, 0.0], "v": [0.5, 0.5 * np.sqrt(3.0)]}},
    ]

    n = int(rng.integers(3, 12))
    out.append({"name": "random vectors", "args": {
        "u": rng.normal(size=n), "v": rng.normal(size=n)}})

    n = int(rng.integers(3, 9))
    u = rng.normal(size=n)
    out.append({"name": "same direction, different lengths", "args": {
        "u": u, "v": rng.uniform(2.0, 50.0) * u}})

    n = int(rng.integers(3, 9))
    u = rng.normal(size=n)
    out.append({"name": "long vectors at an obtuse angle", "args": {
        "u": 1e4 * u, "v": -3e3 * u + 2e3 * rng.normal(size=n)}})

    n = int(rng.integers(3, 9))
    u = rng.normal(size=n)
    out.append({"name": "short vectors", "args": {
        "u": 1e-3 * u, "v": 1e-3 * (u + rng.normal(size=n))}})

    t = rng.uniform(0.2, 3.0)
    out.append({"name": "unit vectors in the plane", "args": {
        "u": [1.0, 0.0], "v": [float(np.cos(t)), float(np.sin(t))]}})

    # Fixed (the same in every variant): parallel and opposite vectors of very different
    # lengths whose computed cosine rounds to 1 + 2e-16 (or -1 - 2e-16) in every usual way of
    # writing it (numpy or plain Python, normalising first or dividing last): without clipping
    # to [-1, 1], arccos gives nan.
    u = np.array([16.7, 22.0, -2.5, -20.2, -3.2, 2.6])
    out.append({"name": "parallel, 436 times longer: cosine rounds above 1", "fixed": True,
                "args": {"u": u, "v": 436.0 * u}})
    u = np.array([7.1, -10.6, 1.0, -6.6, 1.2, 1.3])
    out.append({"name": "opposite, 527 times longer: cosine rounds below -1", "fixed": True,
                "args": {"u": u, "v": -527.0 * u}})

    out.append({"name": "integer vectors", "args": {
        "u": [int(x) for x in rng.integers(1, 10, size=5)],
        "v": [int(x) for x in rng.integers(-9, 0, size=5)]}})
    return out
