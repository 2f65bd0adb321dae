"""Your probability looks like that of one particular sequence: it must be multiplied by C(n, k), the number of orders in which the k successes can occur."""
# Mistake: computes the probability of ONE particular sequence and forgets the
# binomial coefficient that counts all the orders the successes can occur in.
def binomial_pmf(k, n, p):
    return p**k * (1 - p) ** (n - k)
