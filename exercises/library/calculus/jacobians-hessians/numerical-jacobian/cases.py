import numpy as np


def polar_to_cartesian(p):
    r, theta = p
    return np.array([r * np.cos(theta), r * np.sin(theta)])


def spherical_to_cartesian(p):
    r, theta, phi = p
    return np.array([r * np.sin(theta) * np.cos(phi), r * np.sin(theta) * np.sin(phi),
                     r * np.cos(theta)])


def softplus_layer(x):
    # R^3 -> R^2: softplus(W x + c) with a fixed W and c
    W = np.array([[1.0, -2.0, 0.5], [0.3, 0.8, -1.5]])
    c = np.array([0.1, -0.4])
    return np.log1p(np.exp(W @ x + c))


def curve(t):
    # R^1 -> R^3: a helix with growing radius
    s = t[0]
    return np.array([s * np.cos(3.0 * s), s * np.sin(3.0 * s), np.exp(s)])


def exp_sum(x):
    # R^n -> R^1
    return np.array([np.sum(np.exp(x)) + x[0] * x[-1]])


def make_tanh_map(W, b):
    def tanh_map(x):
        return np.tanh(W @ x + b)
    return tanh_map


def cases(rng):
    out = [
        {"name": "polar to Cartesian F(r, t) = (r cos t, r sin t) at (2, 0)", "public": True,
         "args": {"F": polar_to_cartesian, "x": np.array([2.0, 0.0]), "h": 1e-3}},
        {"name": "F(x) = softplus(W x + c), R^3 -> R^2, at (1, 0, -1)", "public": True,
         "args": {"F": softplus_layer, "x": [1, 0, -1], "h": 1e-4}},
        {"name": "helix F(t) = (t cos 3t, t sin 3t, exp t), R^1 -> R^3, at t = 0.5", "public": True,
         "args": {"F": curve, "x": np.array([0.5]), "h": 1e-3}},
    ]

    out.append({"name": "spherical to Cartesian at a random point", "args": {
        "F": spherical_to_cartesian,
        "x": np.array([rng.uniform(1.0, 3.0), rng.uniform(0.3, 2.8), rng.uniform(-3.0, 3.0)]),
        "h": 1e-4}})

    m, n = int(rng.integers(4, 7)), int(rng.integers(2, 4))
    out.append({"name": "tanh(W x + b), more outputs than inputs", "args": {
        "F": make_tanh_map(rng.normal(size=(m, n)), rng.normal(size=m)),
        "x": rng.normal(size=n), "h": 1e-4}})

    m, n = int(rng.integers(2, 4)), int(rng.integers(5, 8))
    out.append({"name": "tanh(W x + b), more inputs than outputs", "args": {
        "F": make_tanh_map(rng.normal(0.0, 2.0, size=(m, n)), rng.normal(size=m)),
        "x": rng.normal(size=n), "h": 1e-4}})

    n = int(rng.integers(3, 6))
    out.append({"name": "tanh(W x + b), square Jacobian", "args": {
        "F": make_tanh_map(rng.normal(size=(n, n)), rng.normal(size=n)),
        "x": rng.normal(size=n), "h": 1e-3}})

    n = int(rng.integers(2, 6))
    out.append({"name": "a scalar map R^n -> R^1 (the gradient as a row)", "args": {
        "F": exp_sum, "x": rng.uniform(0.5, 2.0, size=n), "h": 1e-3}})

    # m = 1, the same in every variant: the answer is a 1 x n matrix, not a vector.
    out.append({"name": "F(x) = (sum exp(x_i) + x_1 x_3), R^3 -> R^1, at (0, 0.5, 1): shape 1 x 3",
                "fixed": True, "args": {"F": exp_sum, "x": np.array([0.0, 0.5, 1.0]), "h": 1e-3}})
    return out
