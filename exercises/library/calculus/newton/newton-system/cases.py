import numpy as np


def circle_curve(p):
    x, y = p
    return np.array([x * x + y * y - 4.0, np.exp(x) + y - 1.0])


def circle_curve_jacobian(p):
    x, y = p
    return np.array([[2.0 * x, 2.0 * y], [np.exp(x), 1.0]])


def make_linear(A, b):
    def linear(x):
        return A @ x - b

    def linear_jacobian(x):
        return A
    return linear, linear_jacobian


def cube_root_two(x):
    return np.array([x[0] ** 3 - 2.0])


def cube_root_two_jacobian(x):
    return np.array([[3.0 * x[0] ** 2]])


def make_perturbed_linear(A, b, c):
    # F(x) = A x + c * x^3 - b (elementwise cube), a mildly nonlinear system
    def perturbed(x):
        return A @ x + c * x**3 - b

    def perturbed_jacobian(x):
        return A + np.diag(3.0 * c * x**2)
    return perturbed, perturbed_jacobian


def make_two_circles(c1, r1, c2, r2):
    def two_circles(p):
        return np.array([np.sum((p - c1) ** 2) - r1**2, np.sum((p - c2) ** 2) - r2**2])

    def two_circles_jacobian(p):
        return np.array([2.0 * (p - c1), 2.0 * (p - c2)])
    return two_circles, two_circles_jacobian


def make_triple_roots(a):
    # F(x) = (x - a)^3 elementwise: every root is triple, so Newton converges only linearly
    # (each error shrinks by 2/3 per step) and a loose tol stops visibly short of a.
    def triple_roots(x):
        return (x - a) ** 3

    def triple_roots_jacobian(x):
        return np.diag(3.0 * (x - a) ** 2)
    return triple_roots, triple_roots_jacobian


def _nonsymmetric_well_conditioned(rng, n):
    return 4.0 * np.eye(n) + rng.normal(0.0, 1.0, size=(n, n))


def cases(rng):
    out = [
        {"name": "circle x^2 + y^2 = 4 meets y = 1 - exp(x), from (1, -1)", "public": True,
         "args": {"F": circle_curve, "J": circle_curve_jacobian, "x0": np.array([1.0, -1.0]),
                  "tol": 1e-12, "max_iter": 50}},
        {"name": "linear system A x = b with A = [[2, 1], [1, 3]], b = (3, 5): one step", "public": True,
         "args": dict(zip(("F", "J"), make_linear(np.array([[2.0, 1.0], [1.0, 3.0]]),
                                                  np.array([3.0, 5.0]))),
                      x0=[0.0, 0.0], tol=1e-12, max_iter=50)},
        {"name": "one equation x^3 = 2 from x0 = 1", "public": True,
         "args": {"F": cube_root_two, "J": cube_root_two_jacobian, "x0": [1.0], "tol": 1e-12,
                  "max_iter": 50}},
    ]

    n = int(rng.integers(3, 6))
    A = _nonsymmetric_well_conditioned(rng, n)
    F, Jf = make_perturbed_linear(A, rng.normal(0.0, 3.0, size=n), 0.5)
    out.append({"name": "A x + 0.5 x^3 = b with a non-symmetric A", "args": {
        "F": F, "J": Jf, "x0": np.zeros(n), "tol": 1e-12, "max_iter": 100}})

    c1, c2 = np.array([0.0, 0.0]), rng.uniform(1.5, 2.5, size=2)
    D = float(np.linalg.norm(c2 - c1))
    r1, r2 = D * float(rng.uniform(0.6, 0.9)), D * float(rng.uniform(0.6, 0.9))  # they intersect
    F, Jf = make_two_circles(c1, r1, c2, r2)
    start = (c1 + c2) / 2 + 0.8 * np.array([-(c2 - c1)[1], (c2 - c1)[0]]) / np.linalg.norm(c2 - c1)
    out.append({"name": "intersection of two circles", "args": {
        "F": F, "J": Jf, "x0": start, "tol": 1e-12, "max_iter": 100}})

    n = int(rng.integers(4, 8))
    A = _nonsymmetric_well_conditioned(rng, n)
    F, Jf = make_linear(A, rng.normal(size=n))
    out.append({"name": "random non-symmetric linear system, integer start", "args": {
        "F": F, "J": Jf, "x0": [int(v) for v in rng.integers(-3, 4, size=n)], "tol": 1e-10,
        "max_iter": 20}})

    n = int(rng.integers(2, 5))
    A = _nonsymmetric_well_conditioned(rng, n)
    F, Jf = make_perturbed_linear(A, rng.normal(0.0, 3.0, size=n), 1.0)
    out.append({"name": "nonlinear system with a budget of 2 steps", "args": {
        "F": F, "J": Jf, "x0": rng.normal(0.0, 2.0, size=n), "tol": 1e-12, "max_iter": 2}})

    # The stopping rule, the same in every variant. With a loose tol the right loop stops
    # visibly short of the root, so running the whole budget, testing the step before taking
    # it, or testing another norm (the largest entry: 3 times smaller here, with 9 equal
    # entries), ||F||, or a relative step instead, each land somewhere else.
    a = np.linspace(-1.0, 1.0, 9)
    F, Jf = make_triple_roots(a)
    out.append({"name": "(x_i - a_i)^3 = 0 in 9 unknowns from a + 1, tol = 1e-3", "fixed": True,
                "args": {"F": F, "J": Jf, "x0": a + 1.0, "tol": 1e-3, "max_iter": 200}})
    a = np.array([20.0, 25.0, 30.0])
    F, Jf = make_triple_roots(a)
    out.append({"name": "(x_i - a_i)^3 = 0 with roots 20, 25, 30 (far from 0), tol = 1e-3",
                "fixed": True,
                "args": {"F": F, "J": Jf, "x0": a + 1.0, "tol": 1e-3, "max_iter": 200}})
    out.append({"name": "circle meets y = 1 - exp(x) from (1, -1) with a loose tol = 1e-2",
                "fixed": True,
                "args": {"F": circle_curve, "J": circle_curve_jacobian,
                         "x0": np.array([1.0, -1.0]), "tol": 1e-2, "max_iter": 50}})
    out.append({"name": "circle meets y = 1 - exp(x) from (3, 2) with a budget of 2 steps",
                "fixed": True,
                "args": {"F": circle_curve, "J": circle_curve_jacobian,
                         "x0": np.array([3.0, 2.0]), "tol": 1e-12, "max_iter": 2}})
    return out
