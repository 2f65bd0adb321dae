import numpy as np


def _card_features(rng, n, fraud_rate=0.0):
    """Transformed transaction features: log(1 + amount), log(1 + the card's 30-day average
    amount), log(1 + distance from home), log(1 + distance from the previous purchase), hour.
    Amount and average share the cardholder's spending level; the two distances share where
    the cardholder lives. A stolen card spends big and far away on a modest card history."""
    fraud = rng.random(n) < fraud_rate
    level = rng.normal(np.log(40.0), 0.6, n)
    home = rng.normal(np.log(5.0), 0.8, n)
    amount = np.where(fraud, rng.normal(np.log(900.0), 0.4, n), level + rng.normal(0, 0.35, n))
    average = level + rng.normal(0.0, 0.15, n)
    distance = np.where(fraud, rng.normal(np.log(2000.0), 0.5, n), home + rng.normal(0, 0.5, n))
    previous = home + rng.normal(0.0, 0.5, n)
    hour = np.where(fraud, rng.normal(3.0, 2.0, n) % 24, np.clip(rng.normal(14.0, 3.5, n), 0, 23.9))
    return np.column_stack([amount, average, distance, previous, hour])


def _category_spending(rng, n, d):
    """Corporate cards: spending over the last month in d merchant categories, in cents
    (about $10,000 +- $3,000 each, correlated through the size of the company)."""
    size = rng.normal(0.0, 1.0, (n, 1))
    return 1e6 + 3e5 * (0.6 * size + 0.8 * rng.normal(0.0, 1.0, (n, d)))


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"X_train": [[1.0, 1.0], [2.0, 3.0], [3.0, 2.0], [4.0, 4.0]],
                  "X": [[4.0, 4.0], [4.0, 1.0], [2.5, 2.5]]}},
        {"name": "a big purchase on a small spender's card: p(x) underflows", "public": True,
         "args": {"X_train": [[3.0, 3.1], [3.5, 3.4], [4.0, 4.1], [4.5, 4.4], [5.0, 5.0],
                              [3.2, 3.2], [4.2, 4.3], [3.8, 3.7]],
                  "X": [[4.0, 4.0], [7.5, 3.5], [6.0, 6.1]]}},
        {"name": "one feature", "public": True,
         "args": {"X_train": [[2.0], [4.0], [3.0], [3.0]], "X": [[3.0], [5.0], [0.0]]}},
    ]

    # Fixed cases: the same in every variant, so every learner meets the requirements they test.
    fixed = np.random.default_rng(31415)
    X_train = _category_spending(fixed, 120, 30)
    X = _category_spending(fixed, 6, 30)
    X[0, :5] *= 4.0                                   # an unusual month in five categories
    out.append({"name": "30 spending totals in cents: det(Sigma) overflows", "fixed": True,
                "args": {"X_train": X_train, "X": X}})
    X_train = _card_features(fixed, 7)
    out.append({"name": "seven training rows, five features: divide by m", "fixed": True,
                "args": {"X_train": X_train, "X": _card_features(fixed, 4, 0.5)}})
    X_train = _card_features(fixed, 200)[:, :2]
    X = _card_features(fixed, 5, 0.0)[:, :2]
    X[1] = [np.log(2500.0), np.log(15.0)]             # $2,500 on a card that averages $15
    out.append({"name": "amount against the 30-day average, one stolen card", "fixed": True,
                "args": {"X_train": X_train, "X": X}})

    X_train = _card_features(rng, int(rng.integers(100, 300)))
    out.append({"name": "random transactions, five correlated features", "args": {
        "X_train": X_train, "X": _card_features(rng, int(rng.integers(10, 25)), 0.3)}})
    X_train = _card_features(rng, int(rng.integers(30, 60)))[:, [2, 3]]
    out.append({"name": "the two distances, as lists", "args": {
        "X_train": X_train.tolist(),
        "X": _card_features(rng, int(rng.integers(3, 8)), 0.4)[:, [2, 3]].tolist()}})
    X_train = _card_features(rng, int(rng.integers(20, 50)))
    out.append({"name": "scoring the training rows themselves",
                "args": {"X_train": X_train, "X": X_train.copy()}})
    d = int(rng.integers(8, 16))
    out.append({"name": "spending in a dozen categories, in cents", "args": {
        "X_train": _category_spending(rng, int(rng.integers(40, 80)), d),
        "X": _category_spending(rng, int(rng.integers(3, 8)), d)}})
    d = int(rng.integers(32, 41))                     # det(Sigma) is far beyond 1e308
    out.append({"name": "spending in 32 to 40 categories, in cents", "args": {
        "X_train": _category_spending(rng, int(rng.integers(2 * d, 100)), d),
        "X": _category_spending(rng, int(rng.integers(2, 6)), d)}})
    return out
