import numpy as np

HEADER = "listing,district,rooms,area,price"
DISTRICTS = ["centre", "harbour", "park", "station", "riverside", "old town"]
MARKERS = ["", "NA", "?", "-999"]

WORKED = """listing,district,rooms,area,price
101,centre,2,54,310
102,harbour,3,?,265
103,centre,1,31,-999
104,park,4,96,
102,harbour,3,?,265
105,park,3,70,288
106,harbour,NA,62,241
107,centre,2,48,NA
108,park,2,55,305
109,centre,3,81,352
"""


def _listings(rng, n, gap_rate, dup_count, *, price_decimals=1):
    """CSV text of n listings (ids unique), each numeric field missing with probability
    gap_rate (in one of the four ways), plus dup_count repeated lines, each placed after its
    original."""
    lines = []
    for i in range(n):
        rooms = int(rng.integers(1, 7))
        area = int(np.clip(rng.normal(28 * rooms, 12), 18, 400))
        price = round(float(area * rng.uniform(3.2, 6.5)), price_decimals)
        shown = f"{price:.{price_decimals}f}" if price_decimals else str(int(price))
        fields = [str(rooms), str(area), shown]
        fields = [MARKERS[rng.integers(4)] if rng.random() < gap_rate else f for f in fields]
        district = DISTRICTS[rng.integers(len(DISTRICTS))]
        lines.append(",".join([str(2001 + i), district, *fields]))
    for _ in range(dup_count):
        source = int(rng.integers(len(lines)))
        lines.insert(int(rng.integers(source + 1, len(lines) + 1)), lines[source])
    return HEADER + "\n" + "\n".join(lines) + "\n"


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"csv_text": WORKED, "column": "price"}},
        {"name": "a clean file: nothing to remove", "public": True,
         "args": {"csv_text": "listing,district,rooms,area,price\n"
                              "1,park,2,50,250\n2,centre,1,35,199\n3,park,3,72,301\n"
                              "4,harbour,2,58,287\n5,centre,4,101,455\n",
                  "column": "area"}},
        {"name": "the worked example's area column", "public": True,
         "args": {"csv_text": WORKED, "column": "area"}},
    ]

    # Fixed cases: the same in every variant, one per cleaning rule.
    out.append({"name": "a record written three times, its price missing", "fixed": True,
                "args": {"csv_text": HEADER + "\n"
                         "11,park,2,48,240\n12,centre,3,77,?\n12,centre,3,77,?\n"
                         "13,harbour,1,30,171\n12,centre,3,77,?\n14,park,2,61,262\n"
                         "15,station,4,99,402\n16,centre,2,52,NA\n",
                         "column": "price"}})
    out.append({"name": "the sentinel -999 in the column", "fixed": True,
                "args": {"csv_text": HEADER + "\n"
                         "21,park,2,-999,240\n22,centre,3,77,330\n23,harbour,1,30,171\n"
                         "24,park,2,61,262\n25,station,4,-999,402\n26,centre,2,52,215\n"
                         "27,park,3,80,-999\n",
                         "column": "area"}})
    out.append({"name": "different listings with the same price", "fixed": True,
                "args": {"csv_text": HEADER + "\n"
                         "31,park,2,50,250\n32,centre,2,50,250\n33,harbour,2,50,250\n"
                         "34,park,3,70,310\n35,station,3,71,310\n36,centre,1,30,180\n"
                         "37,park,4,95,420\n",
                         "column": "price"}})
    out.append({"name": "gaps in the other columns only", "fixed": True,
                "args": {"csv_text": HEADER + "\n"
                         "41,park,?,50,250\n42,centre,2,,233\n43,harbour,NA,41,199\n"
                         "44,park,3,-999,310\n45,station,3,71,305\n46,centre,1,30,180\n"
                         "47,park,4,95,420\n48,centre,2,55,275\n",
                         "column": "price"}})
    out.append({"name": "seven values: quartiles between order statistics", "fixed": True,
                "args": {"csv_text": HEADER + "\n"
                         "51,park,1,31,150\n52,centre,2,49,200\n53,harbour,2,52,210\n"
                         "54,park,3,70,260\n55,station,3,75,330\n56,centre,4,90,460\n"
                         "57,park,5,130,700\n",
                         "column": "price"}})
    out.append({"name": "two present values", "fixed": True,
                "args": {"csv_text": HEADER + "\n"
                         "61,park,1,31,?\n62,centre,2,49,NA\n63,harbour,2,52,210\n"
                         "64,park,3,70,\n65,station,3,75,330\n",
                         "column": "price"}})

    n = int(rng.integers(40, 120))
    out.append({"name": "random export: gaps and duplicates",
                "args": {"csv_text": _listings(rng, n, 0.08, int(rng.integers(2, 8))),
                         "column": "price"}})
    n = int(rng.integers(20, 60))
    out.append({"name": "random export: the rooms column (small integers, many ties)",
                "args": {"csv_text": _listings(rng, n, 0.1, int(rng.integers(1, 5))),
                         "column": "rooms"}})
    n = int(rng.integers(10, 30))
    out.append({"name": "random export: many gaps, whole-number prices",
                "args": {"csv_text": _listings(rng, n, 0.3, int(rng.integers(3, 9)),
                                               price_decimals=0),
                         "column": "price"}})
    n = int(rng.integers(30, 80))
    out.append({"name": "random export: the area column",
                "args": {"csv_text": _listings(rng, n, 0.05, int(rng.integers(1, 4))),
                         "column": "area"}})
    return out
