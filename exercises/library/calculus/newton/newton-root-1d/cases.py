import math


def square_minus_two(x):
    return x * x - 2.0


def d_square_minus_two(x):
    return 2.0 * x


def cos_minus_x(x):
    return math.cos(x) - x


def d_cos_minus_x(x):
    return -math.sin(x) - 1.0


def newtons_cubic(x):
    return x**3 - 2.0 * x - 5.0


def d_newtons_cubic(x):
    return 3.0 * x**2 - 2.0


def make_exp_minus(c):
    def exp_minus_c(x):
        return math.exp(x) - c

    def d_exp_minus_c(x):
        return math.exp(x)
    return exp_minus_c, d_exp_minus_c


def make_triple_root(a):
    def triple_root(x):
        return (x - a) ** 3

    def d_triple_root(x):
        return 3.0 * (x - a) ** 2
    return triple_root, d_triple_root


def arctan(x):
    return math.atan(x)


def d_arctan(x):
    return 1.0 / (1.0 + x * x)


def make_cubic_three_roots(r1, r2, r3):
    def cubic(x):
        return (x - r1) * (x - r2) * (x - r3)

    def d_cubic(x):
        return (x - r2) * (x - r3) + (x - r1) * (x - r3) + (x - r1) * (x - r2)
    return cubic, d_cubic


def cases(rng):
    out = [
        {"name": "x^2 - 2 = 0 from x0 = 1", "public": True, "args": {
            "f": square_minus_two, "df": d_square_minus_two, "x0": 1.0, "tol": 1e-12,
            "max_iter": 50}},
        {"name": "cos(x) - x = 0 from x0 = 1", "public": True, "args": {
            "f": cos_minus_x, "df": d_cos_minus_x, "x0": 1.0, "tol": 1e-12, "max_iter": 50}},
        {"name": "x^3 - 2x - 5 = 0 from x0 = 2 (Newton's own example)", "public": True, "args": {
            "f": newtons_cubic, "df": d_newtons_cubic, "x0": 2.0, "tol": 1e-12,
            "max_iter": 50}},
    ]

    c = float(rng.uniform(20.0, 60.0))
    f, df = make_exp_minus(c)
    out.append({"name": "exp(x) - c = 0 from x0 = 0: a long approach", "args": {
        "f": f, "df": df, "x0": 0.0, "tol": 1e-12, "max_iter": 200}})

    a = float(rng.uniform(-2.0, 2.0))
    f, df = make_triple_root(a)
    out.append({"name": "(x - a)^3 = 0: a triple root, linear convergence", "args": {
        "f": f, "df": df, "x0": a + float(rng.uniform(0.5, 2.0)), "tol": 1e-12, "max_iter": 200}})

    out.append({"name": "arctan(x) = 0, the root is 0", "args": {
        "f": arctan, "df": d_arctan, "x0": float(rng.uniform(0.3, 1.0)), "tol": 1e-12,
        "max_iter": 50}})

    r = sorted(rng.uniform(-5.0, 5.0, size=3))
    while min(r[1] - r[0], r[2] - r[1]) < 1.0:
        r = sorted(rng.uniform(-5.0, 5.0, size=3))
    f, df = make_cubic_three_roots(*r)
    out.append({"name": "a cubic with three roots, started beyond the largest", "args": {
        "f": f, "df": df, "x0": r[2] + float(rng.uniform(1.0, 3.0)), "tol": 1e-12,
        "max_iter": 100}})

    # The stopping rule, the same in every variant: with a loose tol the right loop stops
    # visibly short of the root, so running the whole budget, testing the step before taking
    # it, or testing |f(x)| or a relative step instead, each land somewhere else.
    f, df = make_triple_root(1.0)
    out.append({"name": "(x - 1)^3 = 0 from x0 = 2 with a loose tol = 1e-3", "fixed": True,
                "args": {"f": f, "df": df, "x0": 2.0, "tol": 1e-3, "max_iter": 200}})
    out.append({"name": "x^2 - 2 = 0 from x0 = 1 with a loose tol = 1e-2", "fixed": True,
                "args": {"f": square_minus_two, "df": d_square_minus_two, "x0": 1.0,
                         "tol": 1e-2, "max_iter": 50}})
    f, df = make_triple_root(40.0)
    out.append({"name": "(x - 40)^3 = 0 from x0 = 46, tol = 1e-3: a root far from 0",
                "fixed": True,
                "args": {"f": f, "df": df, "x0": 46.0, "tol": 1e-3, "max_iter": 200}})
    out.append({"name": "x^2 - 2 = 0 from x0 = 10 with a budget of 3 steps", "fixed": True,
                "args": {"f": square_minus_two, "df": d_square_minus_two, "x0": 10.0,
                         "tol": 1e-12, "max_iter": 3}})
    return out
