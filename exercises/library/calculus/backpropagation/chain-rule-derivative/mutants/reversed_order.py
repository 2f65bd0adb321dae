# Mistake: applies the functions in reverse order (fs[-1] first), computing a different
# composition.
def chain_derivative(fs, dfs, x):
    u = float(x)
    derivative = 1.0
    for f, df in zip(reversed(fs), reversed(dfs)):
        derivative *= df(u)
        u = f(u)
    return u, derivative
