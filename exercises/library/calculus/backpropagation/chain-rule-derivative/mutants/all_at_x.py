"""It seems your derivatives are all evaluated at the original x; in a chain, each f_i' belongs at the intermediate value u_(i-1) that actually enters f_i, not at x."""
# Mistake: evaluates every derivative at the original input x instead of at the intermediate
# value that enters each function.
def chain_derivative(fs, dfs, x):
    u = float(x)
    derivative = 1.0
    for f, df in zip(fs, dfs):
        derivative *= df(x)
        u = f(u)
    return u, derivative
