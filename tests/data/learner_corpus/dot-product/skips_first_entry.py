"""wrong: the loop starts at index 1 (1-based thinking), so the product of the first pair u_0 v_0 is left out."""


def dot(u, v):
    """Return the dot product of the equal-length vectors u and v."""
    total = 0.0
    for i in range(1, len(u)):
        total += u[i] * v[i]
    return total
