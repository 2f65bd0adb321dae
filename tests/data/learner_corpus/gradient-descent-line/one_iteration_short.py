"""wrong: loops over range(1, num_iterations), performing one update fewer than asked."""


def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    """Run num_iterations simultaneous gradient-descent updates of (m, b); return (m, b)."""
    for _ in range(1, num_iterations):
        gm = dEdm(m, b, X, Y)
        gb = dEdb(m, b, X, Y)
        m, b = m - learning_rate * gm, b - learning_rate * gb
    return m, b
