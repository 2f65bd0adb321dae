import numpy as np
from scipy import stats


def paired_sample(rng, n, t_target, spread, noise):
    """Paired data (before, after) whose paired t statistic is exactly t_target."""
    before = rng.normal(50.0, spread, size=n)          # large between-subject variation
    z = rng.normal(size=n)
    z = (z - z.mean()) / z.std(ddof=1)                 # mean 0, sample sd 1
    d = noise * (z + t_target / np.sqrt(n))            # mean(d) / (sd(d) / sqrt(n)) = t_target
    return before, before + d


def case(name, rng, n, t_target, alpha, spread=10.0):
    before, after = paired_sample(rng, n, t_target, spread, float(rng.uniform(0.5, 3.0)))
    return {"name": name, "args": {"before": before, "after": after, "alpha": alpha}}


def cases(rng):
    out = [
        {"name": "worked example: diet programme", "public": True,
         "args": {"before": [82.0, 75.5, 91.2, 68.4, 77.9, 85.1, 72.3, 88.6],
                  "after": [80.1, 74.9, 88.0, 68.9, 75.2, 83.0, 71.8, 86.1], "alpha": 0.05}},
        {"name": "no evidence of a change", "public": True,
         "args": {"before": [12.1, 10.4, 14.8, 11.9, 13.3],
                  "after": [12.6, 10.1, 15.5, 12.0, 13.9], "alpha": 0.05}},
        {"name": "significant at 5% but not at 1%", "public": True,
         "args": {"before": [20.0, 22.0, 19.0, 24.0, 21.0, 23.0],
                  "after": [21.0, 22.6, 20.5, 24.1, 21.8, 23.4], "alpha": 0.01}},
        {"name": "numpy arrays, alpha = 0.1", "public": True,
         "args": {"before": np.array([5.2, 6.1, 4.8, 5.9, 6.4, 5.5, 5.0]),
                  "after": np.array([5.6, 6.0, 5.3, 6.3, 6.5, 5.9, 5.1]), "alpha": 0.1}},
    ]
    # The two decision pitfalls, the same in every variant (built from a generator of their own).
    fixed = np.random.default_rng(31337)
    before, after = paired_sample(fixed, 10, stats.t.isf(0.035 / 2, 9), 10.0, 1.5)
    out.append({"name": "p = 0.035 at alpha = 0.05: reject (fixed)", "fixed": True,
                "args": {"before": before, "after": after, "alpha": 0.05}})
    before, after = paired_sample(fixed, 5, -2.4, 10.0, 2.0)
    out.append({"name": "n = 5, t = -2.4: 1.96 < |t| < 2.78, fail to reject (fixed)",
                "fixed": True, "args": {"before": before, "after": after, "alpha": 0.05}})
    before, after = paired_sample(fixed, 60, 2.3, 10.0, 1.0)
    out.append({"name": "60 pairs, t = 2.3: still Student's t (fixed)", "fixed": True,
                "args": {"before": before, "after": after, "alpha": 0.05}})
    # p between alpha / 2 and alpha: reject, but not when alpha is halved again
    n, alpha = int(rng.integers(8, 15)), 0.05
    p_target = alpha * float(rng.uniform(0.6, 0.9))
    out.append(case("p between alpha/2 and alpha", rng, n, stats.t.isf(p_target / 2, n - 1), alpha))
    # 1.96 < |t| < t critical value: fail to reject, but not with the normal critical value
    n = int(rng.integers(4, 7))
    t_crit = stats.t.ppf(0.975, n - 1)
    out.append(case("small sample, 1.96 < |t| < t critical", rng, n,
                    -float(rng.uniform(2.05, t_crit - 0.1)), 0.05))
    n = int(rng.integers(10, 25))
    out.append(case("clear effect, large between-subject spread", rng, n, float(rng.uniform(4, 8)), 0.05, spread=30.0))
    n = int(rng.integers(6, 20))
    out.append(case("no real effect", rng, n, float(rng.uniform(-0.8, 0.8)), 0.1))
    n = int(rng.integers(20, 40))
    p_target = 0.01 * float(rng.uniform(0.55, 0.9))
    out.append(case("alpha = 0.01, p just below", rng, n, -stats.t.isf(p_target / 2, n - 1), 0.01))
    return out
