"""correct: counts TP, FP and FN in a single pure-Python loop over zip(y_true, y_pred), guarding each ratio against a zero denominator."""


def precision_recall_f1(y_true, y_pred, positive):
    """Precision, recall and F1 of the class `positive`; a ratio with denominator 0 is 0.0."""
    tp = fp = fn = 0
    for t, p in zip(list(y_true), list(y_pred)):
        if p == positive and t == positive:
            tp += 1
        elif p == positive:
            fp += 1
        elif t == positive:
            fn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return float(precision), float(recall), float(f1)
