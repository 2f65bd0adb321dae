import numpy as np


def cube(x):
    return x**3


def sine(x):
    return np.sin(x)


def exp_five(x):
    return np.exp(5.0 * x)


def reciprocal(x):
    return 1.0 / x


def log_cosh(x):
    return np.log(np.cosh(3.0 * x))


def quartic_scaled(x):
    return 1e3 * x**4 - 2.0 * x


def cases(rng):
    out = [
        {"name": "f(x) = x**3 at x = 2, h = 0.1", "public": True,
         "args": {"f": cube, "x": 2.0, "h": 0.1}},
        {"name": "f(x) = sin(x) at x = 0, h = 0.01", "public": True,
         "args": {"f": sine, "x": 0.0, "h": 0.01}},
        {"name": "f(x) = exp(5x) at the points [0, 0.5, 1], h = 0.05", "public": True,
         "args": {"f": exp_five, "x": np.array([0.0, 0.5, 1.0]), "h": 0.05}},
    ]

    n = int(rng.integers(5, 12))
    out.append({"name": "f(x) = exp(5x) at random points, random h", "args": {
        "f": exp_five, "x": rng.uniform(-1.0, 1.0, size=n),
        "h": float(rng.uniform(1e-3, 5e-2))}})

    out.append({"name": "f(x) = 1/x close to the pole", "args": {
        "f": reciprocal, "x": float(rng.uniform(0.2, 0.4)), "h": float(rng.uniform(0.01, 0.05))}})

    n = int(rng.integers(4, 9))
    out.append({"name": "f(x) = x**3 at negative points", "args": {
        "f": cube, "x": -rng.uniform(1.0, 10.0, size=n), "h": float(rng.uniform(0.05, 0.5))}})

    n = int(rng.integers(4, 9))
    out.append({"name": "f(x) = 1000 x**4 - 2x, large derivatives", "args": {
        "f": quartic_scaled, "x": rng.uniform(-3.0, 3.0, size=n),
        "h": float(rng.uniform(1e-3, 1e-2))}})

    out.append({"name": "f(x) = log(cosh(3x)) with a large step", "args": {
        "f": log_cosh, "x": float(rng.uniform(-1.0, 1.0)), "h": float(rng.uniform(0.3, 0.8))}})

    out.append({"name": "f(x) = sin(x) with a tiny step", "args": {
        "f": sine, "x": rng.uniform(-3.0, 3.0, size=6), "h": 1e-5}})
    return out
