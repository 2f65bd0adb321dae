import numpy as np


def exp(x):
    return np.exp(x)


def exp_derivative(x):
    return np.exp(x)


def sine(x):
    return np.sin(x)


def sine_derivative(x):
    return np.cos(x)


def cubic(x):
    return x**3 - 4.0 * x**2


def cubic_derivative(x):
    return 3.0 * x**2 - 8.0 * x


def log(x):
    return np.log(x)


def log_derivative(x):
    return 1.0 / x


def exp_three(x):
    return np.exp(3.0 * x)


def exp_three_derivative(x):
    return 3.0 * np.exp(3.0 * x)


def cases(rng):
    out = [
        {"name": "f(x) = exp(x) at x = 0, h = 0.1 and 0.01", "public": True,
         "args": {"f": exp, "df": exp_derivative, "x": 0.0, "hs": [0.1, 0.01]}},
        {"name": "f(x) = sin(x) at x = 1, h = 0.5, 0.05, 0.005", "public": True,
         "args": {"f": sine, "df": sine_derivative, "x": 1.0, "hs": [0.5, 0.05, 0.005]}},
        {"name": "f(x) = x**3 - 4x**2 at x = 0.5 (f'' < 0), h = 0.2 and 0.1", "public": True,
         "args": {"f": cubic, "df": cubic_derivative, "x": 0.5, "hs": [0.2, 0.1]}},
    ]

    hs = 10.0 ** -rng.uniform(0.5, 3.0, size=int(rng.integers(4, 8)))
    out.append({"name": "f(x) = exp(3x) at a random point, random steps", "args": {
        "f": exp_three, "df": exp_three_derivative, "x": float(rng.uniform(-1.0, 1.0)),
        "hs": hs}})

    hs = np.sort(10.0 ** -rng.uniform(0.7, 2.5, size=5))
    out.append({"name": "f(x) = log(x) near 1 (f'' < 0)", "args": {
        "f": log, "df": log_derivative, "x": float(rng.uniform(0.8, 1.5)), "hs": list(hs)}})

    out.append({"name": "f(x) = sin(x) where f'' < 0", "args": {
        "f": sine, "df": sine_derivative, "x": float(rng.uniform(0.5, 2.5)),
        "hs": [0.3, 0.03, 0.003]}})

    out.append({"name": "f(x) = x**3 - 4x**2 at a negative point, single step", "args": {
        "f": cubic, "df": cubic_derivative, "x": float(rng.uniform(-3.0, -1.0)),
        "hs": np.array([float(rng.uniform(0.01, 0.3))])}})

    out.append({"name": "f(x) = exp(x) with decreasing steps 10**-1 ... 10**-3", "args": {
        "f": exp, "df": exp_derivative, "x": float(rng.uniform(0.0, 2.0)),
        "hs": np.logspace(-1, -3, 5)}})
    return out
