"""wrong: calls the derivative functions as dEdm(b, m, X, Y) and dEdb(b, m, X, Y), swapping the order of the two parameters."""


def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    """Run num_iterations simultaneous gradient-descent updates of (m, b); return (m, b)."""
    for _ in range(num_iterations):
        gm = dEdm(b, m, X, Y)
        gb = dEdb(b, m, X, Y)
        m = m - learning_rate * gm
        b = b - learning_rate * gb
    return m, b
