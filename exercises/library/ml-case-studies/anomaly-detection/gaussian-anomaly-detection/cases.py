import numpy as np


def _log_density(X_train, X_test):
    mu, var = X_train.mean(axis=0), X_train.var(axis=0)
    return (-0.5 * ((X_test - mu) ** 2 / var).sum(axis=1)
            - 0.5 * np.log(2 * np.pi * var).sum())


def _threshold_in_widest_gap(X_train, X_test):
    """An epsilon in the widest gap between the log-densities of the test rows (lower half),
    so that the flags cannot depend on rounding."""
    s = np.sort(_log_density(X_train, X_test))
    half = max(1, len(s) // 2)
    i = int(np.argmax(np.diff(s)[:half]))
    return float(np.exp(0.5 * (s[i] + s[i + 1])))


def _transactions(rng, m, d, scales, n_test, n_anomalies):
    mu = rng.normal(0.0, 3.0, size=d) * scales
    X_train = mu + rng.normal(size=(m, d)) * scales
    X_test = mu + rng.normal(size=(n_test, d)) * scales
    rows = rng.choice(n_test, size=n_anomalies, replace=False)
    for r in rows:
        j = int(rng.integers(0, d))
        X_test[r, j] = mu[j] + rng.choice([-1.0, 1.0]) * rng.uniform(4.5, 7.0) * scales[j]
    return X_train, X_test


def cases(rng):
    train = [[1.0, 2.0], [2.0, 4.0], [3.0, 3.0], [2.0, 3.0]]
    out = [
        {"name": "worked example", "public": True,
         "args": {"X_train": train, "X_test": [[2.0, 3.0], [4.0, 3.0], [2.5, 2.0]],
                  "epsilon": 0.01}},
        {"name": "one feature: transaction amounts", "public": True,
         "args": {"X_train": [[12.0], [15.0], [9.0], [14.0], [10.0], [13.0], [11.0], [12.0]],
                  "X_test": [[12.5], [30.0], [8.0], [-2.0]], "epsilon": 1e-3}},
        {"name": "nothing below the threshold (numpy arrays)", "public": True,
         "args": {"X_train": np.array(train), "X_test": np.array([[2.0, 3.5], [1.5, 2.5]]),
                  "epsilon": 1e-4}},
    ]

    # "Strictly below", the same in every variant: mu = 10 and sigma^2 = 1 exactly, and the
    # first test row sits at the mean, where p = 1/sqrt(2 pi) = epsilon. Every usual way of
    # computing p (product or logarithms, numpy or scipy) gives exactly this float there, so
    # p < epsilon is False and p <= epsilon is True.
    out.append({"name": "a density exactly equal to epsilon is not flagged (fixed)", "fixed": True,
                "args": {"X_train": np.array([[9.0], [11.0], [9.0], [11.0]]),
                         "X_test": np.array([[10.0], [13.5], [10.5], [6.0]]),
                         "epsilon": 1.0 / np.sqrt(2.0 * np.pi)}})

    d = int(rng.integers(2, 5))
    X_train, X_test = _transactions(rng, int(rng.integers(60, 150)), d, np.ones(d),
                                    int(rng.integers(10, 20)), 3)
    out.append({"name": "random transactions with injected frauds", "args": {
        "X_train": X_train, "X_test": X_test,
        "epsilon": _threshold_in_widest_gap(X_train, X_test)}})

    scales = np.array([1000.0, 1.0, 0.1])
    X_train, X_test = _transactions(rng, int(rng.integers(50, 100)), 3, scales,
                                    int(rng.integers(8, 15)), 2)
    out.append({"name": "features on very different scales", "args": {
        "X_train": X_train, "X_test": X_test,
        "epsilon": _threshold_in_widest_gap(X_train, X_test)}})

    X_train = rng.normal(5.0, 2.0, size=(int(rng.integers(5, 9)), 2))
    X_test = rng.normal(5.0, 6.0, size=(int(rng.integers(6, 10)), 2))
    out.append({"name": "few training rows", "args": {
        "X_train": X_train, "X_test": X_test,
        "epsilon": _threshold_in_widest_gap(X_train, X_test)}})

    d = int(rng.integers(3, 6))
    X_train, X_test = _transactions(rng, int(rng.integers(40, 80)), d,
                                    rng.uniform(0.5, 5.0, size=d), int(rng.integers(6, 12)), 1)
    out.append({"name": "a single fraud, unequal spreads", "args": {
        "X_train": list(map(list, X_train)), "X_test": X_test,
        "epsilon": _threshold_in_widest_gap(X_train, X_test)}})

    X_train = rng.normal(-50.0, 10.0, size=(int(rng.integers(30, 60)), 2))
    X_test = rng.normal(-50.0, 10.0, size=(5, 2))
    X_test[0] = [-50.0 + 60.0, -50.0 - 55.0]
    out.append({"name": "negative values, one far outlier", "args": {
        "X_train": X_train, "X_test": X_test,
        "epsilon": _threshold_in_widest_gap(X_train, X_test)}})
    return out
