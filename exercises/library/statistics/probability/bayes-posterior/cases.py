import numpy as np


def cases(rng):
    heads, tails = [0.5, 0.8, 0.2], [0.5, 0.2, 0.8]
    out = [
        {"name": "worked example: one positive test", "public": True,
         "args": {"prior": [0.01, 0.99], "likelihood": [[0.95, 0.05]]}},
        {"name": "two positive tests", "public": True,
         "args": {"prior": [0.01, 0.99], "likelihood": [[0.95, 0.05], [0.95, 0.05]]}},
        {"name": "fair, heads-biased or tails-biased coin after H, H, T", "public": True,
         "args": {"prior": [1 / 3, 1 / 3, 1 / 3], "likelihood": [heads, heads, tails]}},
        {"name": "numpy arrays: two tests, one positive and one negative", "public": True,
         "args": {"prior": np.array([0.2, 0.8]), "likelihood": np.array([[0.9, 0.1], [0.2, 0.7]])}},
    ]
    # Hundreds of observations, the same in every variant: every product of likelihoods
    # underflows to 0 (about 1e-1020), while the posterior is an ordinary vector.
    fixed = np.random.default_rng(600)
    base = fixed.uniform(0.001, 0.05, size=(600, 1))
    out.append({"name": "600 observations: the products underflow (fixed)", "fixed": True,
                "args": {"prior": np.array([0.4, 0.3, 0.2, 0.1]),
                         "likelihood": base * fixed.uniform(0.9, 1.1, size=(600, 4))}})

    k, t = int(rng.integers(3, 7)), int(rng.integers(2, 6))
    out.append({"name": "random prior, a few observations",
                "args": {"prior": rng.dirichlet(np.ones(k)), "likelihood": rng.uniform(0.05, 1.0, (t, k))}})

    k = int(rng.integers(2, 5))
    prior = rng.dirichlet(np.ones(k))
    prior[0] = 0.98
    prior[1:] *= 0.02 / prior[1:].sum()
    lik = rng.uniform(0.1, 0.3, (1, k))
    lik[0, 1] = 0.9
    out.append({"name": "strong prior against a strong likelihood", "args": {"prior": prior, "likelihood": lik}})

    k, t = int(rng.integers(3, 6)), int(rng.integers(400, 600))
    base = rng.uniform(0.001, 0.05, size=(t, 1))   # every product underflows to 0 ...
    lik = base * rng.uniform(0.9, 1.1, size=(t, k))  # ... but the posterior is not degenerate
    out.append({"name": "hundreds of observations (underflow)",
                "args": {"prior": rng.dirichlet(np.ones(k)), "likelihood": lik}})

    k, t = int(rng.integers(3, 6)), int(rng.integers(2, 5))
    prior = rng.dirichlet(np.ones(k))
    prior[-1] = 0.0
    prior /= prior.sum()
    lik = rng.uniform(0.1, 0.9, (t, k))
    lik[0, 0] = 0.0
    out.append({"name": "a zero prior and an impossible observation", "args": {"prior": prior, "likelihood": lik}})

    p = float(rng.uniform(0.001, 0.02))
    out.append({"name": "rare event, one positive test",
                "args": {"prior": [p, 1.0 - p], "likelihood": [[float(rng.uniform(0.8, 0.99)), float(rng.uniform(0.02, 0.1))]]}})
    return out
