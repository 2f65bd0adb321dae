"""Your m and b seem to move uphill: gradient descent subtracts eta times each partial derivative, since the gradient points towards increasing error."""
# Mistake: adds the gradient instead of subtracting it (gradient ascent).
def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    for _ in range(num_iterations):
        grad_m, grad_b = dEdm(m, b, X, Y), dEdb(m, b, X, Y)
        m, b = m + learning_rate * grad_m, b + learning_rate * grad_b
    return m, b
