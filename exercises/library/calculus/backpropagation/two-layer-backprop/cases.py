import numpy as np


def _case(rng, name, n, d, h, k, weight_scale=1.0):
    return {"name": name, "args": {
        "X": rng.normal(size=(n, d)), "Y": rng.normal(size=(n, k)),
        "W1": rng.normal(0.0, weight_scale, size=(d, h)), "b1": rng.normal(0.0, 0.5, size=h),
        "W2": rng.normal(0.0, weight_scale, size=(h, k)), "b2": rng.normal(0.0, 0.5, size=k)}}


def cases(rng):
    out = [
        {"name": "worked example: one example, d = 2, h = 2, k = 1", "public": True, "args": {
            "X": np.array([[1.0, 2.0]]), "Y": np.array([[1.0]]),
            "W1": np.array([[0.5, -1.0], [0.25, 0.5]]), "b1": np.array([0.0, 0.5]),
            "W2": np.array([[2.0], [-1.0]]), "b2": np.array([0.5])}},
        {"name": "two examples, d = 2, h = 2, k = 2", "public": True, "args": {
            "X": np.array([[1.0, 0.0], [0.0, -1.0]]), "Y": np.array([[1.0, 0.0], [0.0, 1.0]]),
            "W1": np.array([[1.0, -1.0], [0.5, 2.0]]), "b1": np.array([0.1, -0.2]),
            "W2": np.array([[1.0, 0.5], [-1.0, 2.0]]), "b2": np.array([0.0, 0.3])}},
        {"name": "three examples, d = 3, h = 2, k = 1", "public": True, "args": {
            "X": np.array([[1.0, 0.0, 2.0], [0.0, 1.0, -1.0], [1.0, 1.0, 1.0]]),
            "Y": np.array([[1.0], [0.0], [2.0]]),
            "W1": np.array([[0.2, -0.4], [0.5, 0.1], [-0.3, 0.3]]), "b1": np.array([0.0, 0.1]),
            "W2": np.array([[1.5], [-0.5]]), "b2": np.array([0.2])}},
    ]

    h = int(rng.integers(3, 6))
    out.append(_case(rng, "random network, square W2 (h = k)", int(rng.integers(5, 12)),
                     int(rng.integers(2, 5)), h, h))
    out.append(_case(rng, "random network, more hidden units than outputs",
                     int(rng.integers(10, 30)), int(rng.integers(3, 8)),
                     int(rng.integers(5, 10)), int(rng.integers(1, 3))))
    out.append(_case(rng, "random network, fewer hidden units than outputs",
                     int(rng.integers(5, 15)), int(rng.integers(2, 5)),
                     int(rng.integers(2, 4)), int(rng.integers(4, 7))))
    out.append(_case(rng, "large weights (tanh partly saturated)", int(rng.integers(5, 10)),
                     3, 4, 4, weight_scale=3.0))
    out.append(_case(rng, "a single example, one hidden unit", 1, int(rng.integers(2, 4)), 1, 1))

    c = _case(rng, "zero output weights: no gradient reaches the first layer",
              int(rng.integers(4, 8)), 3, 3, 3)
    c["args"]["W2"] = np.zeros((3, 3))
    out.append(c)
    return out
