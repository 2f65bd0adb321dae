import numpy as np


def mse_dEdm(m, b, X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    return float(np.mean((m * X + b - Y) * X))


def mse_dEdb(m, b, X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    return float(np.mean(m * X + b - Y))


def ridge_dEdm(m, b, X, Y):
    # E = 1/(2n) sum (m x + b - y)^2 + 0.5 * m^2, so the penalty adds m to dE/dm
    return mse_dEdm(m, b, X, Y) + m


def ridge_dEdb(m, b, X, Y):
    return mse_dEdb(m, b, X, Y)


def sse_dEdm(m, b, X, Y):
    # E = 1/2 sum (m x + b - y)^2 (a sum, not a mean)
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    return float(np.sum((m * X + b - Y) * X))


def sse_dEdb(m, b, X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    return float(np.sum(m * X + b - Y))


def cases(rng):
    X3, Y3 = np.array([1.0, 2.0, 3.0]), np.array([2.0, 4.0, 6.0])
    out = [
        {"name": "mean squared error, worked example: 2 iterations", "public": True, "args": {
            "dEdm": mse_dEdm, "dEdb": mse_dEdb, "m": 0.0, "b": 0.0, "X": X3, "Y": Y3,
            "learning_rate": 0.1, "num_iterations": 2}},
        {"name": "mean squared error, 100 iterations from (1, 1)", "public": True, "args": {
            "dEdm": mse_dEdm, "dEdb": mse_dEdb, "m": 1.0, "b": 1.0,
            "X": np.array([0.0, 1.0, 2.0, 3.0]), "Y": np.array([1.0, 1.0, 3.0, 2.0]),
            "learning_rate": 0.05, "num_iterations": 100}},
        {"name": "mean squared error, 0 iterations", "public": True, "args": {
            "dEdm": mse_dEdm, "dEdb": mse_dEdb, "m": 0.5, "b": -0.5, "X": X3, "Y": Y3,
            "learning_rate": 0.1, "num_iterations": 0}},
    ]

    n = int(rng.integers(20, 50))
    X = rng.uniform(-3.0, 3.0, size=n)
    Y = rng.normal(2.0, 1.0) * X + rng.normal(0.0, 2.0) + rng.normal(0.0, 0.5, size=n)
    out.append({"name": "mean squared error, noisy line", "args": {
        "dEdm": mse_dEdm, "dEdb": mse_dEdb, "m": float(rng.normal()), "b": float(rng.normal()),
        "X": X, "Y": Y, "learning_rate": float(rng.uniform(0.01, 0.05)),
        "num_iterations": int(rng.integers(20, 60))}})

    n = int(rng.integers(5, 15))
    X = rng.uniform(-2.0, 2.0, size=n)
    Y = rng.normal(size=n)
    out.append({"name": "mean squared error, a single iteration", "args": {
        "dEdm": mse_dEdm, "dEdb": mse_dEdb, "m": float(rng.normal(0.0, 3.0)),
        "b": float(rng.normal(0.0, 3.0)), "X": X, "Y": Y,
        "learning_rate": float(rng.uniform(0.1, 0.3)), "num_iterations": 1}})

    n = int(rng.integers(10, 30))
    X = rng.uniform(0.0, 4.0, size=n)
    Y = -1.5 * X + 3.0 + rng.normal(0.0, 0.3, size=n)
    out.append({"name": "error with a penalty 0.5 m^2 on the slope", "args": {
        "dEdm": ridge_dEdm, "dEdb": ridge_dEdb, "m": 0.0, "b": 0.0, "X": X, "Y": Y,
        "learning_rate": float(rng.uniform(0.02, 0.06)), "num_iterations": int(rng.integers(30, 80))}})

    n = int(rng.integers(8, 15))
    X = rng.uniform(-1.0, 1.0, size=n)
    Y = 0.7 * X - 0.2 + rng.normal(0.0, 0.1, size=n)
    out.append({"name": "sum (not mean) of squared errors, small learning rate", "args": {
        "dEdm": sse_dEdm, "dEdb": sse_dEdb, "m": float(rng.normal()), "b": float(rng.normal()),
        "X": X, "Y": Y, "learning_rate": float(rng.uniform(0.005, 0.02)),
        "num_iterations": int(rng.integers(5, 15))}})

    n = int(rng.integers(10, 20))
    X = rng.uniform(100.0, 200.0, size=n)
    Y = 0.5 * X + rng.normal(0.0, 5.0, size=n)
    out.append({"name": "large x values need a tiny learning rate", "args": {
        "dEdm": mse_dEdm, "dEdb": mse_dEdb, "m": 0.0, "b": 0.0, "X": X, "Y": Y,
        "learning_rate": 2e-5, "num_iterations": int(rng.integers(3, 8))}})

    # Errors other than the mean squared error, the same in every variant: an answer that
    # uses its own MSE formula instead of calling dEdm and dEdb lands elsewhere.
    X5, Y5 = np.array([-1.0, 0.0, 1.0, 2.0, 3.0]), np.array([2.5, 1.0, 0.5, -1.0, -2.5])
    out.append({"name": "error with a penalty 0.5 m^2 on the slope, 20 iterations",
                "fixed": True, "args": {
                    "dEdm": ridge_dEdm, "dEdb": ridge_dEdb, "m": 0.0, "b": 0.0, "X": X5,
                    "Y": Y5, "learning_rate": 0.1, "num_iterations": 20}})
    out.append({"name": "sum (not mean) of squared errors, 10 iterations", "fixed": True,
                "args": {"dEdm": sse_dEdm, "dEdb": sse_dEdb, "m": 1.0, "b": 1.0, "X": X5,
                         "Y": Y5, "learning_rate": 0.02, "num_iterations": 10}})
    return out
