"""correct: a pure-Python loop over zip(u, v) accumulating the products of matching entries."""


def dot(u, v):
    """Return the dot product of the equal-length vectors u and v."""
    total = 0.0
    for a, b in zip(u, v):
        total += float(a) * float(b)
    return total
