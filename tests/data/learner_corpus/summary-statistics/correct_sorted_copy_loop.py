"""correct: sorts a copy with sorted(), picks the middle value or the average of the two middle values by index, and sums squared deviations in a loop."""


def summary_stats(x):
    """Return (mean, median, sample variance with the n - 1 denominator) of the sample x."""
    values = [float(v) for v in x]
    n = len(values)
    mean = sum(values) / n
    s = sorted(values)
    mid = n // 2
    median = s[mid] if n % 2 == 1 else (s[mid - 1] + s[mid]) / 2.0
    ss = 0.0
    for v in values:
        ss += (v - mean) ** 2
    return mean, median, ss / (n - 1)
