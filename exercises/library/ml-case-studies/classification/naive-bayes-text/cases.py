import numpy as np


def _corpus(rng, labels, n_per, V, mean_length, m, concentration=0.5):
    """Word-count documents: each class draws its words from its own random distribution."""
    C = len(labels)
    word_probs = rng.dirichlet(np.full(V, concentration), size=C)
    X, y = [], []
    for c in range(C):
        for _ in range(n_per[c]):
            X.append(rng.multinomial(int(rng.poisson(mean_length)) + 1, word_probs[c]))
            y.append(labels[c])
    X, y = np.array(X), np.array(y)
    perm = rng.permutation(len(y))
    sources = rng.integers(0, C, size=m)
    T = np.array([rng.multinomial(int(rng.poisson(mean_length)) + 1, word_probs[s])
                  for s in sources])
    return X[perm], y[perm], T


def cases(rng):
    worked_train = [[2, 1, 0], [1, 1, 0], [0, 0, 2], [1, 0, 1]]
    out = [
        {"name": "worked example: spam (1) or ham (0)", "public": True,
         "args": {"X_train": worked_train, "y_train": [1, 1, 0, 0],
                  "X_test": [[1, 0, 1], [0, 2, 0], [0, 0, 0]], "alpha": 1.0}},
        {"name": "three classes with labels 2, 5, 7 and unequal priors", "public": True,
         "args": {"X_train": [[3, 0, 1, 0], [2, 1, 0, 0], [4, 0, 0, 1], [0, 3, 1, 0],
                              [0, 2, 2, 1], [1, 0, 0, 4]],
                  "y_train": [5, 5, 5, 2, 2, 7],
                  "X_test": [[1, 1, 0, 0], [0, 0, 0, 2], [0, 1, 1, 0], [0, 0, 0, 0]],
                  "alpha": 0.5}},
        {"name": "a word never seen in one class, small alpha (numpy arrays)", "public": True,
         "args": {"X_train": np.array([[5, 2, 0], [3, 4, 0], [1, 1, 3], [2, 0, 2]]),
                  "y_train": np.array([0, 0, 1, 1]), "X_test": np.array([[4, 3, 1], [6, 2, 0]]),
                  "alpha": 0.1}},
    ]

    # Scores hundreds to thousands of nats apart, the same in every variant: exp of the scores
    # underflows, exp of the scores minus their minimum overflows; subtracting the maximum works.
    out.append({"name": "long e-mails, classes far apart (fixed)", "fixed": True, "args": {
        "X_train": [[30, 20, 10, 0, 0, 0], [25, 15, 12, 0, 1, 0], [28, 22, 9, 0, 0, 0],
                    [0, 0, 0, 20, 25, 15], [1, 0, 0, 18, 30, 12], [0, 0, 0, 22, 19, 17]],
        "y_train": [4, 4, 4, 9, 9, 9],
        "X_test": [[300, 200, 100, 0, 0, 1], [0, 1, 0, 250, 250, 100], [5, 4, 3, 300, 250, 150],
                   [400, 320, 150, 330, 410, 240]],
        "alpha": 1.0}})

    C = int(rng.integers(2, 5))
    labels = np.sort(rng.choice(np.arange(-3, 10), size=C, replace=False))
    V = int(rng.integers(5, 16))
    X, y, T = _corpus(rng, labels, rng.integers(2, 7, size=C), V, 8, int(rng.integers(3, 7)))
    out.append({"name": "random corpus", "args": {
        "X_train": X, "y_train": y, "X_test": T, "alpha": float(rng.uniform(0.1, 2.0))}})

    V = int(rng.integers(15, 26))
    X, y, T = _corpus(rng, [0, 1], [int(rng.integers(3, 6)), int(rng.integers(3, 6))], V, 400, 4,
                      concentration=2.0)
    out.append({"name": "long documents (the probabilities underflow)", "args": {
        "X_train": X, "y_train": y, "X_test": T, "alpha": 1.0}})

    # unequal priors and unequal document lengths between the classes
    V = int(rng.integers(4, 9))
    X0, _, T0 = _corpus(rng, [0], [int(rng.integers(6, 10))], V, 3, 3)
    X1, _, T1 = _corpus(rng, [1], [int(rng.integers(2, 4))], V, 30, 2)
    X = np.vstack([X0, X1])
    y = np.array([0] * len(X0) + [1] * len(X1))
    perm = rng.permutation(len(y))
    out.append({"name": "rare class with long documents", "args": {
        "X_train": X[perm], "y_train": y[perm], "X_test": np.vstack([T0, T1, np.zeros((1, V))]),
        "alpha": float(rng.uniform(0.5, 1.5))}})

    # empty test documents: the posterior is the prior; equal priors tie -> smallest label
    V = int(rng.integers(3, 8))
    n = int(rng.integers(2, 5))
    X, y, _ = _corpus(rng, [3, 8], [n, n], V, 6, 1)
    out.append({"name": "empty documents, equal priors (tie)", "args": {
        "X_train": X, "y_train": list(y), "X_test": np.zeros((2, V), dtype=int),
        "alpha": float(rng.uniform(0.2, 2.0))}})

    # a vocabulary word that one class never uses, appearing in the test documents
    V = int(rng.integers(4, 8))
    X, y, T = _corpus(rng, [0, 1, 2], [3, 3, 3], V, 10, 4)
    X[y == 0, 0] = 0
    T[:, 0] += int(rng.integers(1, 4))
    out.append({"name": "word never seen in a class", "args": {
        "X_train": X, "y_train": y, "X_test": T, "alpha": float(rng.uniform(0.01, 0.2))}})

    # heavy smoothing: alpha much larger than the counts
    V = int(rng.integers(4, 10))
    X, y, T = _corpus(rng, [0, 1], [4, 3], V, 5, 3)
    out.append({"name": "heavy smoothing", "args": {
        "X_train": X, "y_train": y, "X_test": T, "alpha": float(rng.uniform(20.0, 100.0))}})

    # one training document per class
    V = int(rng.integers(3, 7))
    X, y, T = _corpus(rng, [1, 4], [1, 1], V, 6, 3)
    out.append({"name": "one training document per class", "args": {
        "X_train": X, "y_train": y, "X_test": T, "alpha": 1.0}})
    return out
