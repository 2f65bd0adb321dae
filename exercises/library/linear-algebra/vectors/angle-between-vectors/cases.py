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

    out.append({"name": "integer vectors", "args": {
        "u": [int(x) for x in rng.integers(1, 10, size=5)],
        "v": [int(x) for x in rng.integers(-9, 0, size=5)]}})
    return out
