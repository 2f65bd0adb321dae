"""wrong: adds learning_rate times the gradient instead of subtracting it, so every step goes uphill (gradient ascent)."""


def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    """Run num_iterations simultaneous gradient-descent updates of (m, b); return (m, b)."""
    for _ in range(num_iterations):
        gm = dEdm(m, b, X, Y)
        gb = dEdb(m, b, X, Y)
        m = m + learning_rate * gm
        b = b + learning_rate * gb
    return m, b
