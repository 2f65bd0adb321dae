import numpy as np


def _transactions(rng, n, fraud_rate=0.0):
    """Card transactions, one row each: amount ($), distance from home (km), card uses in the
    last 24 h, hour of the day. Normal spending is log-normal in amount and distance; a fraud
    is large, far from home, in a burst of uses, at night."""
    fraud = rng.random(n) < fraud_rate
    amount = np.where(fraud, np.exp(rng.normal(np.log(450.0), 0.7, n)),
                      np.exp(rng.normal(np.log(35.0), 0.8, n)))
    amount[~fraud & (rng.random(n) < 0.03)] = 0.0          # $0.00 card checks
    distance = np.where(fraud, np.exp(rng.normal(np.log(600.0), 1.2, n)),
                        np.exp(rng.normal(np.log(4.0), 1.0, n)))
    distance[~fraud & (rng.random(n) < 0.1)] = 0.0         # bought at home
    uses = np.where(fraud, rng.poisson(9.0, n), rng.poisson(2.5, n))
    hour = np.where(fraud, rng.normal(3.0, 2.0, n) % 24, np.clip(rng.normal(14.0, 3.5, n), 0, 23.9))
    return np.column_stack([np.round(amount, 2), np.round(distance, 1), uses, np.round(hour, 1)])


def cases(rng):
    worked = [[9.0, 2.0], [19.0, 4.0], [39.0, 3.0], [99.0, 3.0]]
    out = [
        {"name": "worked example: log of the amount only", "public": True,
         "args": {"X_train": worked, "X": [[29.0, 3.0], [499.0, 3.5]], "log_features": [0]}},
        {"name": "no transformed feature", "public": True,
         "args": {"X_train": [[2.0, 10.0], [3.0, 14.0], [4.0, 12.0], [3.0, 12.0]],
                  "X": [[3.0, 12.0], [6.0, 12.0], [3.0, 7.0]], "log_features": []}},
        {"name": "a $0.00 card check in the training data", "public": True,
         "args": {"X_train": [[0.0], [9.0], [24.0], [99.0], [49.0]],
                  "X": [[0.0], [19.0], [2999.0]], "log_features": [0]}},
    ]

    # Fixed cases: the same in every variant, so every learner meets the requirements they test.
    fixed = np.random.default_rng(20240615)
    X_train = _transactions(fixed, 300)
    X_train[:4, 0] = 0.0                                    # card checks: log(0) = -inf
    out.append({"name": "card checks and purchases at home, two log features", "fixed": True,
                "args": {"X_train": X_train, "X": _transactions(fixed, 12, fraud_rate=0.3),
                         "log_features": [0, 1]}})
    X_train = _transactions(fixed, 60)
    out.append({"name": "log features listed out of order", "fixed": True,
                "args": {"X_train": X_train, "X": X_train[:10] * 1.5, "log_features": [1, 0]}})
    X_train = _transactions(fixed, 8)
    out.append({"name": "eight training rows: divide by m", "fixed": True,
                "args": {"X_train": X_train, "X": _transactions(fixed, 5, fraud_rate=0.5),
                         "log_features": [0, 1]}})

    m = int(rng.integers(150, 400))
    out.append({"name": "random month of transactions, frauds among the scored rows",
                "args": {"X_train": _transactions(rng, m),
                         "X": _transactions(rng, int(rng.integers(10, 25)), fraud_rate=0.3),
                         "log_features": [0, 1]}})
    m = int(rng.integers(30, 80))
    X_train = _transactions(rng, m)[:, [3, 0, 2]]           # hour, amount, uses
    out.append({"name": "three features, the amount in the middle",
                "args": {"X_train": X_train.tolist(),
                         "X": _transactions(rng, int(rng.integers(3, 8)), 0.5)[:, [3, 0, 2]].tolist(),
                         "log_features": [1]}})
    m = int(rng.integers(20, 60))
    X_train = _transactions(rng, m)
    out.append({"name": "scoring the training rows themselves",
                "args": {"X_train": X_train, "X": X_train.copy(), "log_features": [0, 1]}})
    m = int(rng.integers(40, 90))
    X_train = _transactions(rng, m)[:, 2:]
    out.append({"name": "counts and hours, nothing transformed",
                "args": {"X_train": X_train,
                         "X": _transactions(rng, int(rng.integers(4, 9)), 0.4)[:, 2:],
                         "log_features": []}})
    return out
