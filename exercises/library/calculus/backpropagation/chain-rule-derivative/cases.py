import math


def square(u):
    return u * u


def d_square(u):
    return 2.0 * u


def sin(u):
    return math.sin(u)


def d_sin(u):
    return math.cos(u)


def exp(u):
    return math.exp(u)


def d_exp(u):
    return math.exp(u)


def tanh(u):
    return math.tanh(u)


def d_tanh(u):
    return 1.0 - math.tanh(u) ** 2


def log1p(u):
    return math.log1p(u)


def d_log1p(u):
    return 1.0 / (1.0 + u)


def affine(u):
    return 3.0 * u - 1.0


def d_affine(u):
    return 3.0


def cube(u):
    return u**3


def d_cube(u):
    return 3.0 * u**2


def sigmoid(u):
    return 1.0 / (1.0 + math.exp(-u))


def d_sigmoid(u):
    s = 1.0 / (1.0 + math.exp(-u))
    return s * (1.0 - s)


CHAIN = {
    "square": (square, d_square), "sin": (sin, d_sin), "exp": (exp, d_exp),
    "tanh": (tanh, d_tanh), "log1p": (log1p, d_log1p), "3u - 1": (affine, d_affine),
    "cube": (cube, d_cube), "sigmoid": (sigmoid, d_sigmoid),
}


def _case(names, x, public=False):
    fs = [CHAIN[n][0] for n in names]
    dfs = [CHAIN[n][1] for n in names]
    label = "x -> " + " -> ".join(names)
    return {"name": f"{label} at x = {x:.4g}", "public": public,
            "args": {"fs": fs, "dfs": dfs, "x": x}}


def cases(rng):
    out = [
        _case(["square", "sin"], 1.0, public=True),
        _case(["sin", "square"], 1.0, public=True),
        _case(["3u - 1", "tanh", "square"], 0.5, public=True),
    ]
    out.append(_case(["exp", "log1p", "sin", "square"], float(rng.uniform(-1.0, 1.0))))
    out.append(_case(["3u - 1", "sigmoid", "3u - 1", "tanh", "3u - 1", "cube"],
                     float(rng.uniform(-1.0, 1.0))))
    out.append(_case(["sin"], float(rng.uniform(-3.0, 3.0))))
    out.append(_case(["cube", "exp"], float(rng.uniform(-1.2, -0.5))))
    out.append(_case(["tanh", "3u - 1", "square", "log1p", "exp"], float(rng.uniform(0.2, 2.0))))
    out.append(_case(["square", "square", "square"], float(rng.uniform(0.5, 1.5))))
    return out
