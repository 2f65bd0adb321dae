"""correct: a for loop whose single tuple assignment evaluates both partial derivatives at the current (m, b) before either parameter changes."""


def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    """Run num_iterations simultaneous gradient-descent updates of (m, b); return (m, b)."""
    for _ in range(num_iterations):
        m, b = (m - learning_rate * dEdm(m, b, X, Y),
                b - learning_rate * dEdb(m, b, X, Y))
    return float(m), float(b)
