def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    """Run num_iterations simultaneous gradient-descent updates of (m, b); return (m, b)."""
    for _ in range(num_iterations):
        grad_m = dEdm(m, b, X, Y)   # both derivatives at the current point ...
        grad_b = dEdb(m, b, X, Y)
        m = m - learning_rate * grad_m   # ... then both updates
        b = b - learning_rate * grad_b
    return float(m), float(b)
