import numpy as np


def cases(rng):
    out = [
        {"name": "one point, k = 1, quarter turn", "public": True, "args": {
            "P": np.array([[1.0, 2.0]]), "k": 1.0, "theta": float(np.pi / 2)}},
        {"name": "unit square, shear only", "public": True, "args": {
            "P": np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]), "k": 0.5,
            "theta": 0.0}},
        {"name": "basis vectors, k = -2, 45 degrees", "public": True, "args": {
            "P": np.array([[1.0, 0.0], [0.0, 1.0]]), "k": -2.0, "theta": float(np.pi / 4)}},
    ]

    n = int(rng.integers(5, 30))
    out.append({"name": "random cloud", "args": {
        "P": rng.normal(size=(n, 2)), "k": float(rng.uniform(-3.0, 3.0)),
        "theta": float(rng.uniform(0.2, 6.0))}})

    n = int(rng.integers(3, 10))
    out.append({"name": "rotation only (k = 0)", "args": {
        "P": rng.normal(size=(n, 2)), "k": 0.0, "theta": float(rng.uniform(0.3, 3.0))}})

    n = int(rng.integers(3, 10))
    out.append({"name": "points on the x-axis (shear does nothing)", "args": {
        "P": np.column_stack([rng.normal(size=n), np.zeros(n)]), "k": float(rng.uniform(1.0, 4.0)),
        "theta": float(rng.uniform(-3.0, -0.3))}})

    n = int(rng.integers(3, 10))
    out.append({"name": "large coordinates, strong shear", "args": {
        "P": 1e3 * rng.normal(size=(n, 2)), "k": float(rng.uniform(5.0, 20.0)),
        "theta": float(rng.uniform(0.2, 3.0))}})

    out.append({"name": "a single point at the origin", "args": {
        "P": np.zeros((1, 2)), "k": 2.0, "theta": 1.0}})

    n = int(rng.integers(3, 8))
    out.append({"name": "integer points, negative shear", "args": {
        "P": rng.integers(-5, 6, size=(n, 2)).astype(float), "k": float(-rng.integers(1, 4)),
        "theta": float(rng.uniform(0.5, 2.5))}})
    return out
