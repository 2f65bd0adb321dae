import numpy as np


def _basis(rng, first):
    """A 2x2 basis with the given first column and a random, slanted second column."""
    second = rng.normal(size=2)
    while abs(first[0] * second[1] - first[1] * second[0]) < 0.3 * np.linalg.norm(first) \
            or abs(np.dot(first, second)) < 0.2 * np.linalg.norm(first) * np.linalg.norm(second):
        second = rng.normal(size=2)
    return np.column_stack([first, second])


def cases(rng):
    out = [
        {"name": "mirror along (1, 1)", "public": True,
         "args": {"basis": np.array([[1.0, 2.0], [1.0, 0.0]])}},
        {"name": "mirror along the x-axis", "public": True,
         "args": {"basis": np.array([[3.0, 1.0], [0.0, 1.0]])}},
        {"name": "mirror along (1, 2)", "public": True,
         "args": {"basis": np.array([[1.0, -1.0], [2.0, 3.0]])}},
        {"name": "orthonormal basis, mirror along (0.6, 0.8)", "public": True,
         "args": {"basis": np.array([[0.6, -0.8], [0.8, 0.6]])}},
    ]

    first = rng.normal(size=2)
    out.append({"name": "random basis", "args": {"basis": _basis(rng, first)}})

    first = rng.uniform(20.0, 100.0) * rng.normal(size=2)
    out.append({"name": "long first column", "args": {"basis": _basis(rng, first)}})

    first = rng.uniform(0.01, 0.1) * rng.normal(size=2)
    out.append({"name": "short first column", "args": {"basis": _basis(rng, first)}})

    out.append({"name": "mirror along the y-axis", "args": {
        "basis": np.array([[0.0, 1.0], [rng.uniform(-5.0, -0.5), 1.0]])}})

    t = rng.uniform(0.2, 3.0)
    out.append({"name": "first column at a random angle, integer second column", "args": {
        "basis": np.column_stack([[np.cos(t), np.sin(t)], [2.0, -1.0]])}})
    return out
