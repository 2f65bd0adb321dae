"""Your returned matrix looks right, but the input M itself seems to have been changed. Build the swapped matrix as a new array and leave M untouched."""
# Mistake: swaps the rows of M itself and returns M. The returned value is right,
# but the caller's matrix has been changed (caught by inputs_read_only = true).
def swap_rows(M, i, j):
    M[[i, j]] = M[[j, i]]
    return M
