"""wrong: updates m first and then evaluates dEdb at the new m, so the two updates are sequential instead of simultaneous."""


def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    """Run num_iterations simultaneous gradient-descent updates of (m, b); return (m, b)."""
    for _ in range(num_iterations):
        m = m - learning_rate * dEdm(m, b, X, Y)
        b = b - learning_rate * dEdb(m, b, X, Y)
    return m, b
