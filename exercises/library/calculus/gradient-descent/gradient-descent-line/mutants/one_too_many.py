"""Your result looks one update too far, as if num_iterations + 1 steps were taken: the answer is (m, b) after exactly num_iterations updates."""
# Mistake: the loop runs num_iterations + 1 times (range(num_iterations + 1)).
def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    for _ in range(num_iterations + 1):
        grad_m, grad_b = dEdm(m, b, X, Y), dEdb(m, b, X, Y)
        m, b = m - learning_rate * grad_m, b - learning_rate * grad_b
    return m, b
