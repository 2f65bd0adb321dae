"""The gradebook as CSV: UTF-8 with a BOM (so spreadsheets read it as UTF-8), one row a learner:
username, then who they are in the run (student id, name, email, section), then scores."""

import csv
import io

from gradebook.selectors import Gradebook

# A cell starting with one of these is read as a formula by spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def number_cell(value: float) -> str:
    """Plain decimals, never 1e-05 or 7.500000: rounded to hundredths, no trailing zeros."""
    text = f"{round(value, 2):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def gradebook_csv(book: Gradebook) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = ["Learner", "Student ID", "Name", "Email", "Section"]
    header += [f"{exercise.title} ({exercise.points})" for exercise in book.exercises]
    header += [f"{columns.module.title} total ({number_cell(columns.points)})"
               for columns in book.modules]
    header.append(f"Course total ({number_cell(book.points)})")
    writer.writerow([text_cell(cell) for cell in header])
    for row in book.rows:
        writer.writerow(
            [text_cell(cell) for cell in (row.user.get_username(), row.student_id,
                                          row.user.get_full_name(), row.user.email,
                                          row.section)]
            + [number_cell(cell.best) for cell in row.cells]
            + [number_cell(total) for total in row.module_totals]
            + [number_cell(row.total)]
        )
    return "\ufeff" + out.getvalue()
