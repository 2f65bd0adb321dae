import numpy as np


def bowl(a, b):
    """f(x, y) = a x^2 + b y^2 and its gradient."""
    def f(x, y):
        return a * x * x + b * y * y

    def grad(p):
        return np.array([2 * a * p[0], 2 * b * p[1]])

    return f, grad


def rotated(a, b, angle):
    """A bowl whose axes are turned by `angle`: gradient steps zig-zag across it."""
    c, s = np.cos(angle), np.sin(angle)
    R = np.array([[c, -s], [s, c]])
    H = R @ np.diag([2 * a, 2 * b]) @ R.T

    def f(x, y):
        p = np.array([x, y])
        return 0.5 * p @ H @ p

    def grad(p):
        return H @ np.asarray(p, dtype=float)

    return f, grad


def case(name, f, grad, x0, eta, steps, box, **extra):
    return {"name": name, **extra, "args": {"f": f, "grad": grad, "x0": list(x0),
                                            "learning_rate": eta, "num_steps": steps,
                                            "box": list(box)}}


def cases(rng):
    f, grad = bowl(1.0, 3.0)
    out = [
        case("worked example: x^2 + 3y^2, 2 steps", f, grad, (2.0, 1.0), 0.1, 2,
             (-2.5, 2.5, -1.5, 1.5), public=True),
        # Fixed pitfalls: no step at all, and a zig-zag where the axes must not be swapped.
        case("no step: the path is the start alone", f, grad, (1.5, -0.5), 0.1, 0,
             (-2, 2, -1, 1), public=True, fixed=True),
        case("a narrow valley: the path zig-zags", *rotated(0.5, 8.0, 0.6), (2.0, -0.5), 0.11,
             12, (-3, 3, -2, 2), public=True, fixed=True),
    ]
    a, b = rng.uniform(0.5, 2.0), rng.uniform(2.0, 6.0)
    f, grad = bowl(a, b)
    start = rng.uniform(-2.0, 2.0, size=2)
    out.append(case("a random bowl", f, grad, start, float(rng.uniform(0.02, 0.08)),
                    int(rng.integers(5, 25)), (-2.5, 2.5, -2.5, 2.5)))
    f, grad = rotated(rng.uniform(0.3, 1.0), rng.uniform(3.0, 6.0), rng.uniform(0, np.pi))
    start = rng.uniform(-2.0, 2.0, size=2)
    out.append(case("a random turned valley", f, grad, start, float(rng.uniform(0.05, 0.12)),
                    int(rng.integers(10, 30)), (-3, 3, -3, 3)))
    return out
