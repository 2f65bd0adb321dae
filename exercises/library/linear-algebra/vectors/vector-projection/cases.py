import numpy as np


def cases(rng):
    out = [
        {"name": "onto the x-axis", "public": True, "args": {"u": [2, 3], "v": [4, 0]}},
        {"name": "onto a diagonal in 3-D", "public": True,
         "args": {"u": [1, 2, 3], "v": [1, 1, 0]}},
        {"name": "obtuse angle: points against v", "public": True,
         "args": {"u": [-3.0, 1.0], "v": [1.0, 2.0]}},
        {"name": "perpendicular: projection is zero", "public": True,
         "args": {"u": [1.0, -1.0, 0.0], "v": [2.0, 2.0, 5.0]}},
    ]

    n = int(rng.integers(3, 15))
    out.append({"name": "random vectors", "args": {"u": rng.normal(size=n), "v": rng.normal(size=n)}})

    n = int(rng.integers(3, 9))
    v = rng.normal(size=n)
    out.append({"name": "u is a multiple of v", "args": {"u": rng.uniform(-4.0, 4.0) * v, "v": v}})

    n = int(rng.integers(3, 9))
    out.append({"name": "zero u", "args": {"u": np.zeros(n), "v": rng.normal(size=n)}})

    n = int(rng.integers(3, 9))
    out.append({"name": "long v, short u", "args": {
        "u": 1e-2 * rng.normal(size=n), "v": 1e3 * rng.normal(size=n)}})

    n = int(rng.integers(3, 9))
    v = rng.normal(size=n)
    out.append({"name": "unit vector v", "args": {"u": 5.0 * rng.normal(size=n), "v": v / np.linalg.norm(v)}})

    out.append({"name": "integer lists", "args": {
        "u": [int(x) for x in rng.integers(-9, 10, size=6)],
        "v": [int(x) for x in rng.integers(1, 10, size=6)]}})
    return out
