from fractions import Fraction

import numpy as np


def _transactions(rng, n, fraud_rate):
    """Card transactions (amount $, distance from home km, card uses in 24 h, hour of day) and
    their labels. Most frauds are large, far away, in bursts, at night; a third of them mimic
    normal spending, so no threshold catches every fraud without false alarms."""
    fraud = rng.random(n) < fraud_rate
    loud = fraud & (rng.random(n) < 0.67)
    amount = np.where(loud, np.exp(rng.normal(np.log(450.0), 0.7, n)),
                      np.exp(rng.normal(np.log(35.0), 0.8, n)))
    distance = np.where(loud, np.exp(rng.normal(np.log(600.0), 1.2, n)),
                        np.exp(rng.normal(np.log(4.0), 1.0, n)))
    uses = np.where(loud, rng.poisson(9.0, n), rng.poisson(2.5, n))
    hour = np.where(loud, rng.normal(3.0, 2.0, n) % 24, np.clip(rng.normal(14.0, 3.5, n), 0, 23.9))
    X = np.column_stack([np.round(amount, 2), np.round(distance, 1), uses, np.round(hour, 1)])
    return X, fraud.astype(int)


def _densities(X_train, X):
    """Step 1's model: log(1 + x) of amount and distance, independent Gaussians."""
    A, B = X_train.astype(float), X.astype(float)
    A[:, :2], B[:, :2] = np.log1p(A[:, :2]), np.log1p(B[:, :2])
    mu, var = A.mean(axis=0), A.var(axis=0)
    return np.exp(-0.5 * ((B - mu) ** 2 / var).sum(axis=1) - 0.5 * np.log(2 * np.pi * var).sum())


def _f1s(p_val, y_val):
    """Exact F1 (as fractions) of every candidate, in increasing order of epsilon."""
    p_val, fraud = np.asarray(p_val), np.asarray(y_val) == 1
    out = []
    for eps in np.unique(p_val):
        flagged = p_val < eps
        tp, fp = int(np.sum(flagged & fraud)), int(np.sum(flagged & ~fraud))
        fn = int(np.sum(~flagged & fraud))
        out.append(Fraction(2 * tp, 2 * tp + fp + fn) if tp else Fraction(0))
    return out


def _validation_set(rng, n, fraud_rate):
    """Labelled, scored transactions whose best F1 is reached by a single candidate (exact ties
    are kept for the cases built to test the tie rule)."""
    X_train, _ = _transactions(rng, 400, 0.0)
    while True:
        X, y = _transactions(rng, n, fraud_rate)
        if y.sum() == 0:
            continue
        p = _densities(X_train, X)
        f1s = _f1s(p, y)
        if f1s.count(max(f1s)) == 1 and len(np.unique(p)) == n:
            return p, y


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"p_val": [0.07, 0.0012, 0.23, 0.0051, 0.0004, 0.11, 0.02, 0.003],
                  "y_val": [0, 1, 0, 1, 1, 0, 0, 0]}},
        {"name": "a tie at F1 = 6/9 = 10/15: the smaller epsilon", "public": True,
         "args": {"p_val": [0.25, 0.03, 0.0004, 0.17, 3e-05, 0.0001, 0.002, 0.011, 0.1, 0.005,
                            0.0009, 0.06],
                  "y_val": [0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1]}},
        {"name": "no fraud in the labels: every F1 is 0", "public": True,
         "args": {"p_val": [0.2, 0.004, 0.05, 0.0007], "y_val": [0, 0, 0, 0]}},
    ]

    # Fixed cases: the same in every variant, so every learner meets the rules they test.
    fixed = np.random.default_rng(915)
    p, y = _validation_set(fixed, 200, 0.03)
    out.append({"name": "200 transactions, 3 % fraud", "fixed": True,
                "args": {"p_val": p, "y_val": y}})
    out.append({"name": "a tie at F1 = 2/3 between flagging 1 and flagging 4", "fixed": True,
                "args": {"p_val": [0.3, 0.001, 0.02, 0.05, 0.009], "y_val": [0, 1, 0, 1, 0]}})
    # Ties at F1 = 1/2: flag the lowest (TP 1, FN 2) or the 5 lowest (TP 2, FP 3, FN 1).
    p = np.array([0.085, 0.33, 0.12, 0.0048, 0.0002, 0.025, 0.0031, 0.009, 0.04, 0.0015,
                  0.016, 0.0007])
    y = np.array([0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0])
    out.append({"name": "a tie at F1 = 1/2 between flagging 1 and flagging 5", "fixed": True,
                "args": {"p_val": p, "y_val": y}})
    # Tied at F1 = 8/12 = 10/15; 2PR/(P + R) puts the two one unit in the last place apart.
    out.append({"name": "a tie only exact counting sees", "fixed": True,
                "args": {"p_val": [0.0006, 0.09, 0.026, 0.0003, 0.0075, 0.052, 0.0022, 0.0041,
                                   0.21, 0.0013, 0.014, 5e-05],
                         "y_val": [1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1]}})
    out.append({"name": "repeated densities (identical transactions)", "fixed": True,
                "args": {"p_val": [0.004, 0.09, 0.004, 0.0002, 0.09, 0.0002, 0.3, 0.03],
                         "y_val": [1, 0, 0, 1, 0, 1, 0, 0]}})
    out.append({"name": "every validation transaction is a fraud", "fixed": True,
                "args": {"p_val": [0.01, 0.002, 0.3, 0.05], "y_val": [1, 1, 1, 1]}})
    out.append({"name": "a single transaction", "fixed": True,
                "args": {"p_val": [0.25], "y_val": [1]}})

    p, y = _validation_set(rng, int(rng.integers(80, 300)), float(rng.uniform(0.02, 0.08)))
    out.append({"name": "random validation set", "args": {"p_val": p, "y_val": y}})
    p, y = _validation_set(rng, int(rng.integers(30, 80)), 0.15)
    out.append({"name": "labels as booleans",
                "args": {"p_val": p.tolist(), "y_val": [bool(v) for v in y]}})
    p, y = _validation_set(rng, int(rng.integers(100, 400)), 0.01)
    out.append({"name": "1 % fraud", "args": {"p_val": p, "y_val": y}})
    return out
