"""Your derivative seems to add the derivatives of the pieces; the chain rule multiplies them, each at its own input: dy/dx = f_k'(u_(k-1)) · ... · f_1'(u_0)."""
# Mistake: adds the derivatives of the pieces instead of multiplying them.
def chain_derivative(fs, dfs, x):
    u = float(x)
    derivative = 0.0
    for f, df in zip(fs, dfs):
        derivative += df(u)
        u = f(u)
    return u, derivative
