import math


def parabola(x):
    return x * x - 4.0 * x + 7.0


def d_parabola(x):
    return 2.0 * x - 4.0


def d2_parabola(x):
    return 2.0


def exp_minus_2x(x):
    return math.exp(x) - 2.0 * x


def d_exp_minus_2x(x):
    return math.exp(x) - 2.0


def d2_exp_minus_2x(x):
    return math.exp(x)


def quartic(x):
    return x**4 - 3.0 * x + 2.0


def d_quartic(x):
    return 4.0 * x**3 - 3.0


def d2_quartic(x):
    return 12.0 * x**2


def make_poisson_nll(n, total):
    # negative log-likelihood of a Poisson rate lam for n counts summing to total
    def poisson_nll(lam):
        return n * lam - total * math.log(lam)

    def d_poisson_nll(lam):
        return n - total / lam

    def d2_poisson_nll(lam):
        return total / lam**2
    return poisson_nll, d_poisson_nll, d2_poisson_nll


def make_logcosh(a, c):
    # log cosh(x - a) + c x^2 / 2 + 1
    def logcosh(x):
        return math.log(math.cosh(x - a)) + 0.5 * c * x * x + 1.0

    def d_logcosh(x):
        return math.tanh(x - a) + c * x

    def d2_logcosh(x):
        return 1.0 - math.tanh(x - a) ** 2 + c
    return logcosh, d_logcosh, d2_logcosh


def x_log_x(x):
    return x * math.log(x)


def d_x_log_x(x):
    return math.log(x) + 1.0


def d2_x_log_x(x):
    return 1.0 / x


def make_flat_quartic(a, b):
    def flat(x):
        return (x - a) ** 4 + b

    def d_flat(x):
        return 4.0 * (x - a) ** 3

    def d2_flat(x):
        return 12.0 * (x - a) ** 2
    return flat, d_flat, d2_flat


def _case(name, fns, x0, tol=1e-12, max_iter=100, public=False):
    f, df, d2f = fns
    return {"name": name, "public": public, "args": {
        "f": f, "df": df, "d2f": d2f, "x0": x0, "tol": tol, "max_iter": max_iter}}


def cases(rng):
    out = [
        _case("f(x) = x^2 - 4x + 7 from x0 = 10 (one step suffices)",
              (parabola, d_parabola, d2_parabola), 10.0, public=True),
        _case("f(x) = exp(x) - 2x from x0 = 0", (exp_minus_2x, d_exp_minus_2x, d2_exp_minus_2x),
              0.0, public=True),
        _case("f(x) = x^4 - 3x + 2 from x0 = 2", (quartic, d_quartic, d2_quartic), 2.0, public=True),
    ]

    n = int(rng.integers(10, 50))
    total = int(rng.integers(2 * n, 8 * n))
    out.append(_case("Poisson negative log-likelihood n lam - S log(lam)",
                     make_poisson_nll(n, total), float(total / n * rng.uniform(0.3, 1.5))))

    a, c = float(rng.uniform(-3.0, 3.0)), float(rng.uniform(0.2, 1.0))
    out.append(_case("log cosh(x - a) + c x^2 / 2 + 1", make_logcosh(a, c), float(rng.uniform(-0.5, 0.5))))

    out.append(_case("f(x) = x log x from a point right of 1/e", (x_log_x, d_x_log_x, d2_x_log_x),
                     float(rng.uniform(0.2, 0.6))))

    a, b = float(rng.uniform(-2.0, 2.0)), float(rng.uniform(1.0, 3.0))
    out.append(_case("(x - a)^4 + b: zero curvature at the minimum, slow convergence",
                     make_flat_quartic(a, b), a + float(rng.uniform(0.5, 2.0)), tol=1e-10, max_iter=200))

    out.append(_case("f(x) = x^4 - 3x + 2 with a budget of 2 steps", (quartic, d_quartic, d2_quartic),
                     float(rng.uniform(2.0, 4.0)), max_iter=2))

    # The stopping rule, the same in every variant: with a loose tol the right loop stops
    # visibly short of the minimum, so running the whole budget, testing the step before
    # taking it, or testing |f'(x)| or a relative step instead, each land somewhere else.
    out.append(_fixed(_case("(x - 2)^4 + 1 from x0 = 3 with a loose tol = 1e-3",
                            make_flat_quartic(2.0, 1.0), 3.0, tol=1e-3, max_iter=200)))
    out.append(_fixed(_case("f(x) = exp(x) - 2x from x0 = 0 with a loose tol = 1e-2",
                            (exp_minus_2x, d_exp_minus_2x, d2_exp_minus_2x), 0.0, tol=1e-2,
                            max_iter=50)))
    out.append(_fixed(_case("(x - 30)^4 + 5 from x0 = 33, tol = 1e-3: a minimum far from 0",
                            make_flat_quartic(30.0, 5.0), 33.0, tol=1e-3, max_iter=200)))
    out.append(_fixed(_case("f(x) = x^4 - 3x + 2 from x0 = 3 with a budget of 2 steps",
                            (quartic, d_quartic, d2_quartic), 3.0, max_iter=2)))
    return out


def _fixed(case):
    return {**case, "fixed": True}
