import numpy as np


def cases(rng):
    out = [
        {"name": "three entries", "public": True,
         "args": {"u": [1, 2, 3], "v": [4, -5, 6]}},
        {"name": "perpendicular vectors", "public": True,
         "args": {"u": [2, -1], "v": [1, 2]}},
        {"name": "length one", "public": True,
         "args": {"u": [3.5], "v": [-2.0]}},
        {"name": "numpy float arrays", "public": True,
         "args": {"u": np.array([0.5, -1.5, 2.0, 4.0]), "v": np.array([2.0, 2.0, -0.25, 1.0])}},
    ]

    n = int(rng.integers(5, 31))
    out.append({"name": "random floats", "args": {
        "u": rng.normal(size=n), "v": rng.normal(size=n)}})

    n = 50
    out.append({"name": "long integer lists", "args": {
        "u": [int(x) for x in rng.integers(-9, 10, size=n)],
        "v": [int(x) for x in rng.integers(-9, 10, size=n)]}})

    n = int(rng.integers(3, 8))
    u = rng.normal(size=n)
    out.append({"name": "zero vector", "args": {"u": np.zeros(n), "v": u}})

    n = int(rng.integers(4, 9))
    u = rng.uniform(1.0, 2.0, size=n) * 10.0 ** rng.integers(-6, 7, size=n)
    v = rng.uniform(1.0, 2.0, size=n) * 10.0 ** rng.integers(-6, 7, size=n)
    out.append({"name": "widely different magnitudes", "args": {"u": u, "v": v}})

    n = int(rng.integers(3, 10))
    u = -rng.uniform(0.5, 3.0, size=n)
    v = rng.uniform(0.5, 3.0, size=n)
    u[-1] = -50.0
    out.append({"name": "negative entries, big last entry", "args": {"u": u, "v": v}})

    x = rng.normal(size=int(rng.integers(2, 12)))
    out.append({"name": "a vector with itself", "args": {"u": x, "v": x.copy()}})
    return out
