# Mistake: adds the derivatives of the pieces instead of multiplying them.
def chain_derivative(fs, dfs, x):
    u = float(x)
    derivative = 0.0
    for f, df in zip(fs, dfs):
        derivative += df(u)
        u = f(u)
    return u, derivative
