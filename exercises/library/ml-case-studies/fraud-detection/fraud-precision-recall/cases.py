import numpy as np


def _transactions(rng, n, n_fraud, stealthy=0.3):
    """n card transactions with exactly n_fraud frauds, at random positions: amount ($),
    distance from home (km), card uses in 24 h, hour. A share of the frauds mimics normal
    spending, so they score low and no threshold catches them without false alarms."""
    fraud = np.zeros(n, dtype=bool)
    fraud[rng.choice(n, size=n_fraud, replace=False)] = True
    loud = fraud & (rng.random(n) >= stealthy)
    amount = np.where(loud, np.exp(rng.normal(np.log(450.0), 0.7, n)),
                      np.exp(rng.normal(np.log(35.0), 0.8, n)))
    distance = np.where(loud, np.exp(rng.normal(np.log(600.0), 1.2, n)),
                        np.exp(rng.normal(np.log(4.0), 1.0, n)))
    uses = np.where(loud, rng.poisson(9.0, n), rng.poisson(2.5, n))
    hour = np.where(loud, rng.normal(3.0, 2.0, n) % 24, np.clip(rng.normal(14.0, 3.5, n), 0, 23.9))
    X = np.column_stack([np.log1p(amount), np.log1p(distance), uses, hour])
    return X, fraud.astype(int)


def _scored(rng, n, n_fraud, stealthy=0.3):
    """Anomaly scores -log p(x) from step 1's model (fitted on 500 genuine transactions),
    rounded to 2 decimals as a report would print them, so some scores repeat."""
    X_train, _ = _transactions(rng, 500, 0)
    X, y = _transactions(rng, n, n_fraud, stealthy)
    mu, var = X_train.mean(axis=0), X_train.var(axis=0)
    scores = 0.5 * ((X - mu) ** 2 / var).sum(axis=1) + 0.5 * np.log(2 * np.pi * var).sum()
    return np.round(scores, 2), y


def _all_distinct_scores(scores):
    return np.unique(scores)[::-1].copy()


def _quantile_grid(rng, scores, k):
    """k distinct thresholds, decreasing, between the lowest and the highest score."""
    qs = np.sort(rng.uniform(0.0, 1.0, k))[::-1]
    grid = np.unique(np.round(np.quantile(scores, qs), 1))[::-1]
    return grid.copy()


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"scores": [0.5, 7.2, 1.1, 3.0, 9.4, 2.2, 0.8, 4.0, 1.6, 6.0],
                  "y_true": [0, 0, 0, 0, 1, 0, 0, 1, 0, 0],
                  "thresholds": [10.0, 9.4, 6.0, 4.0, 2.0]}},
        {"name": "the first threshold already catches a fraud", "public": True,
         "args": {"scores": [3.5, 12.0, 5.5, 8.25, 2.0, 6.75],
                  "y_true": [0, 1, 0, 1, 0, 0],
                  "thresholds": [10.0, 7.0, 5.0, 1.0]}},
        {"name": "repeated scores equal to the thresholds", "public": True,
         "args": {"scores": [4.0, 6.5, 4.0, 2.5, 6.5, 1.0, 6.5, 2.5],
                  "y_true": [1, 1, 0, 0, 0, 0, 0, 1],
                  "thresholds": [6.5, 4.0, 2.5]}},
    ]

    # Fixed cases: the same in every variant, so every learner meets the rules they test.
    fixed = np.random.default_rng(1001)
    scores, y = _scored(fixed, 1000, 10)
    out.append({"name": "1,000 transactions, 10 frauds, every distinct score a threshold",
                "fixed": True,
                "args": {"scores": scores, "y_true": y, "thresholds": _all_distinct_scores(scores)}})
    scores, y = _scored(fixed, 300, 3, stealthy=0.0)
    top = float(scores.max())
    out.append({"name": "thresholds above every score and below every score", "fixed": True,
                "args": {"scores": scores, "y_true": y,
                         "thresholds": [top + 5.0, top + 0.5, float(np.median(scores)),
                                        float(scores.min()) - 1.0]}})
    scores, y = _scored(fixed, 400, 4, stealthy=0.0)
    loud = np.sort(scores[y == 1])[::-1]
    out.append({"name": "one threshold per fraud score", "fixed": True,
                "args": {"scores": scores, "y_true": [bool(v) for v in y],
                         "thresholds": loud.tolist()}})

    n = int(rng.integers(500, 1200))
    scores, y = _scored(rng, n, max(1, n // 100))
    out.append({"name": "random month at 1 % fraud, a grid of thresholds",
                "args": {"scores": scores, "y_true": y,
                         "thresholds": _quantile_grid(rng, scores, int(rng.integers(15, 40)))}})
    n = int(rng.integers(200, 600))
    scores, y = _scored(rng, n, max(2, n // 100), stealthy=0.5)
    out.append({"name": "half the frauds look normal, every distinct score a threshold",
                "args": {"scores": scores.tolist(), "y_true": y.tolist(),
                         "thresholds": _all_distinct_scores(scores).tolist()}})
    n = int(rng.integers(100, 300))
    scores, y = _scored(rng, n, 1, stealthy=0.0)
    out.append({"name": "a single fraud",
                "args": {"scores": scores, "y_true": y,
                         "thresholds": _quantile_grid(rng, scores, int(rng.integers(5, 12)))}})
    return out
