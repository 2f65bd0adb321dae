"""Your update seems not simultaneous: the derivative for b looks evaluated at the already moved m. Evaluate both partial derivatives at the current (m, b) before moving either."""
# Mistake: not a simultaneous update: b's derivative is evaluated after m has already moved.
def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    for _ in range(num_iterations):
        m = m - learning_rate * dEdm(m, b, X, Y)
        b = b - learning_rate * dEdb(m, b, X, Y)
    return m, b
