import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: Uniform(2, 6)", "public": True,
         "args": {"x": np.array([1.0, 2.0, 3.0, 5.5, 7.0]), "a": 2.0, "b": 6.0}},
        {"name": "Uniform(0, 1)", "public": True,
         "args": {"x": np.array([-0.5, 0.0, 0.25, 0.5, 1.0, 1.5]), "a": 0.0, "b": 1.0}},
        {"name": "an interval of negative numbers", "public": True,
         "args": {"x": np.array([-4.0, -2.5, -1.0, 0.0]), "a": -3.0, "b": -1.0}},
    ]

    a = float(rng.uniform(-10, 10))
    b = a + float(rng.uniform(0.5, 8.0))
    out.append({"name": "random interval, points inside and out",
                "args": {"x": rng.uniform(a - 3.0, b + 3.0, size=int(rng.integers(8, 20))), "a": a, "b": b}})

    a = float(rng.uniform(0, 1))
    b = a + float(rng.uniform(1e-4, 1e-3))
    out.append({"name": "very narrow interval (tall density)",
                "args": {"x": np.linspace(a - (b - a), b + (b - a), 9), "a": a, "b": b}})

    a = float(rng.uniform(-1e4, 0))
    b = a + float(rng.uniform(1e4, 5e4))
    out.append({"name": "very wide interval",
                "args": {"x": rng.uniform(a - 1e4, b + 1e4, size=7), "a": a, "b": b}})

    a, b = -1.0, float(rng.uniform(2.0, 5.0))
    out.append({"name": "all points to the right", "args": {"x": b + rng.uniform(0.1, 3.0, size=4), "a": a, "b": b}})

    a = float(rng.uniform(-5, 0))
    b = a + float(rng.uniform(1.0, 3.0))
    out.append({"name": "all points inside", "args": {"x": rng.uniform(a, b, size=6), "a": a, "b": b}})
    return out
