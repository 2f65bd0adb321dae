import math

import numpy as np


def cases(rng):
    out = [
        {"name": "exp around 0, degree 3, at x = 1", "public": True,
         "args": {"derivs": [1.0, 1.0, 1.0, 1.0], "a": 0.0, "x": 1.0}},
        {"name": "sin around pi/2, degree 4, at x = [1, 1.5, 2]", "public": True,
         "args": {"derivs": [1.0, 0.0, -1.0, 0.0, 1.0], "a": float(np.pi / 2),
                  "x": np.array([1.0, 1.5, 2.0])}},
        {"name": "log around 1, degree 2, at x = 1.5", "public": True,
         "args": {"derivs": [0.0, 1.0, -1.0], "a": 1.0, "x": 1.5}},
    ]

    # exp(c x) around a: derivatives c^k exp(c a)
    c, a = float(rng.uniform(-2.0, 2.0)), float(rng.uniform(-1.0, 1.0))
    n = int(rng.integers(5, 9))
    derivs = [c**k * math.exp(c * a) for k in range(n + 1)]
    out.append({"name": "exp(c x) around a random centre, high degree", "args": {
        "derivs": derivs, "a": a, "x": a + rng.uniform(-1.5, 1.5, size=6)}})

    # 1/x around a: derivatives (-1)^k k! / a^(k+1)
    a = float(rng.uniform(1.0, 3.0))
    derivs = [(-1) ** k * math.factorial(k) / a ** (k + 1) for k in range(6)]
    out.append({"name": "1/x around a, degree 5", "args": {
        "derivs": derivs, "a": a, "x": a + rng.uniform(-0.5, 0.5, size=5)}})

    out.append({"name": "random derivatives far from the centre", "args": {
        "derivs": list(rng.normal(0.0, 3.0, size=int(rng.integers(3, 7)))),
        "a": float(rng.uniform(-5.0, -2.0)), "x": rng.uniform(2.0, 5.0, size=4)}})

    out.append({"name": "degree 0: a constant", "args": {
        "derivs": [float(rng.normal(0.0, 2.0))], "a": 1.0, "x": rng.uniform(-3.0, 3.0, size=3)}})

    a = float(rng.uniform(-2.0, 2.0))
    out.append({"name": "evaluated at the centre itself", "args": {
        "derivs": list(rng.normal(size=5)), "a": a, "x": a}})

    out.append({"name": "tangent line (degree 1) at a negative centre", "args": {
        "derivs": list(rng.normal(size=2)), "a": float(rng.uniform(-4.0, -1.0)),
        "x": float(rng.uniform(-1.0, 1.0))}})
    return out
