import numpy as np


def evaluate_detector(scores, y_true, thresholds):
    """Precision, recall, F1 and accuracy of the rule `score >= t` at every threshold t (given
    in decreasing order), and the average precision of that curve."""
    scores = np.asarray(scores, dtype=float)
    fraud = np.asarray(y_true) == 1
    thresholds = np.asarray(thresholds, dtype=float)
    K = len(thresholds)
    # TODO: for every threshold, flag scores >= t, count TP, FP, FN, TN and compute the four
    # metrics (precision 0 when nothing is flagged); then AP = sum of (R_k - R_(k-1)) * P_k.
    precision = np.zeros(K)
    recall = np.zeros(K)
    f1 = np.zeros(K)
    accuracy = np.zeros(K)
    ap = 0.0
    return precision, recall, f1, accuracy, ap
