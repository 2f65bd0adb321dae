# Mistake: computes the probability of ONE particular sequence and forgets the
# binomial coefficient that counts all the orders the successes can occur in.
def binomial_pmf(k, n, p):
    return p**k * (1 - p) ** (n - k)
