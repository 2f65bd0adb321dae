# Mistake: evaluates every derivative at the original input x instead of at the intermediate
# value that enters each function.
def chain_derivative(fs, dfs, x):
    u = float(x)
    derivative = 1.0
    for f, df in zip(fs, dfs):
        derivative *= df(x)
        u = f(u)
    return u, derivative
