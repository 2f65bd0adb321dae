"""wrong: adds the matching entries (u_i + v_i) instead of multiplying them before summing."""


def dot(u, v):
    """Return the dot product of the equal-length vectors u and v."""
    total = 0.0
    for a, b in zip(u, v):
        total += a + b
    return total
