"""A Jupyter notebook as Python to grade: its code cells, without what only IPython runs.

Used by the exercise page's upload and by the API; the code then takes the usual path
(grader.services.submission_create). nbformat reads (converting older formats to version 4) and
validates the file; every way a file can be wrong gets its own sentence for the learner.

Magics (`%time`, `%%timeit` cells), shell escapes (`!pip install`, `files = !ls`), calls to
`get_ipython()` and help lookups (`np.dot?`) are not Python: they would stop the code with a
SyntaxError in the jail, which has no IPython. They are removed line by line (a whole cell for a
cell magic), and the notice lists each removal, so the learner knows what was not graded.
"""

import json
import re
import warnings
from dataclasses import dataclass

import nbformat
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

# How many removals the notice names one by one; the rest are counted.
NOTICE_ITEMS = 10
# How much of a removed line the notice quotes.
QUOTED_CHARS = 60

_ASSIGNED_ESCAPE = re.compile(r"[A-Za-z_][\w.]*(\s*,\s*[A-Za-z_][\w.]*)*\s*=\s*([!%])")
_HELP = re.compile(r"(\?{1,2}[A-Za-z_][\w.]*|[A-Za-z_][\w.]*\?{1,2})\s*")
_GET_IPYTHON = re.compile(r"\bget_ipython\s*\(")


@dataclass(frozen=True)
class Removal:
    cell: int  # 1-based position among all the notebook's cells, as Jupyter lists them
    line: int | None  # 1-based line in the cell; None: the whole cell
    text: str
    reason: str

    def describe(self) -> str:
        quoted = self.text if len(self.text) <= QUOTED_CHARS else self.text[:QUOTED_CHARS] + "…"
        where = f"cell {self.cell}" if self.line is None else f"cell {self.cell}, line {self.line}"
        return f"{where}: `{quoted}` ({self.reason})"


@dataclass(frozen=True)
class NotebookCode:
    code: str
    removed: list[Removal]

    @property
    def notice(self) -> str:
        """What the learner is told about the removals; empty when there were none."""
        if not self.removed:
            return ""
        named = "; ".join(removal.describe() for removal in self.removed[:NOTICE_ITEMS])
        more = len(self.removed) - NOTICE_ITEMS
        tail = f"; and {more} more" if more > 0 else ""
        return ("Removed from the notebook before grading, because only IPython runs it: "
                f"{named}{tail}.")


def notebook_from_upload(upload: UploadedFile) -> NotebookCode:
    """An uploaded file's notebook; one too large is refused before it is read."""
    _check_size(upload.size or 0)
    return notebook_to_code(upload.read())


def notebook_to_code(data: bytes) -> NotebookCode:
    """The code cells of an uploaded .ipynb file, joined; ValidationError says what is wrong."""
    notebook = _read(data)
    code_cells = [(index, cell.source) for index, cell in enumerate(notebook.cells, start=1)
                  if cell.cell_type == "code"]
    if not code_cells:
        raise ValidationError("The notebook has no code cells: write your solution in a code "
                              "cell and upload it again.")
    parts: list[str] = []
    removed: list[Removal] = []
    for index, source in code_cells:
        kept = _python_of_cell(index, source, removed)
        if kept.strip():
            parts.append(f"# Cell {index}\n{kept.strip(chr(10))}\n")
    if not parts:
        raise ValidationError("Nothing is left to grade: once the IPython-only lines are removed, "
                              "the notebook's code cells are empty.")
    return NotebookCode(code="\n\n".join(parts), removed=removed)


def _check_size(size: int) -> None:
    limit = settings.GRADER_MAX_NOTEBOOK_BYTES
    if size > limit:
        # Rounded up, as for code: a byte over the limit must not read as the limit.
        raise ValidationError(
            f"The notebook is {-(-size // 1024)} KB; the limit is {limit // 1024} KB. Clear its "
            "outputs (Edit → Clear outputs of all cells), save it and upload it again.")
    if size == 0:
        raise ValidationError("The file is empty: upload the .ipynb file Jupyter saved.")


def _read(data: bytes) -> nbformat.NotebookNode:
    _check_size(len(data))
    text = _decoded(data)
    raw = _parsed(text)
    version = raw.get("nbformat")
    if type(version) is not int or version not in nbformat.versions:
        known = ", ".join(str(number) for number in sorted(nbformat.versions))
        raise ValidationError(f"This notebook's format version ({version!r}) is not one Eigenlab "
                              f"reads ({known}); open it in Jupyter and save it again.")
    with warnings.catch_warnings():
        # Cells without ids (notebooks from before nbformat 4.5) only warn, and are fine here.
        warnings.simplefilter("ignore")
        try:
            notebook = nbformat.reads(text, as_version=4)
            nbformat.validate(notebook)
        except nbformat.ValidationError as error:
            raise ValidationError(f"The notebook does not follow the Jupyter format: "
                                  f"{_first_line(error.message)}") from None
        except Exception as error:  # converting an old format trips on whatever is missing
            raise ValidationError(f"The notebook could not be read as nbformat {version}: "
                                  f"{_first_line(str(error)) or type(error).__name__}") from None
    return notebook


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(f"The notebook is not UTF-8 text (byte {error.start + 1} cannot be "
                              "read); Jupyter always saves UTF-8, so upload the .ipynb file "
                              "itself.") from None


def _parsed(text: str) -> dict[str, object]:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(f"The file is not valid JSON (line {error.lineno}, column "
                              f"{error.colno}: {error.msg}), so it is no Jupyter notebook; "
                              "upload the .ipynb file Jupyter saved.") from None
    except RecursionError:
        raise ValidationError("The file's JSON is nested too deeply to be a notebook.") from None
    if not isinstance(raw, dict) or "nbformat" not in raw:
        raise ValidationError('This JSON file is not a Jupyter notebook: it has no "nbformat" '
                              "version; upload the .ipynb file Jupyter saved.")
    return raw


def _first_line(message: str) -> str:
    line = message.strip().split("\n", 1)[0]
    return line if len(line) <= 300 else line[:300] + "…"


def _python_of_cell(index: int, source: str, removed: list[Removal]) -> str:
    lines = source.split("\n")
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.startswith("%%"):
        removed.append(Removal(cell=index, line=None, text=first,
                               reason="cell magic: the whole cell"))
        return ""
    kept = []
    for number, line in enumerate(lines, start=1):
        reason = ipython_only(line)
        if reason is None:
            kept.append(line)
            continue
        removed.append(Removal(cell=index, line=number, text=line.strip(), reason=reason))
        indent = line[: len(line) - len(line.lstrip())]
        if indent:  # inside a block: a statement stays, so the block is still Python
            kept.append(f"{indent}pass")
    return "\n".join(kept)


def ipython_only(line: str) -> str | None:
    """Why this line is IPython rather than Python (the reason shown), or None."""
    stripped = line.strip()
    if stripped.startswith("%"):
        return "magic"
    if stripped.startswith("!"):
        return "shell command"
    assigned = _ASSIGNED_ESCAPE.match(stripped)
    if assigned:
        return "shell command" if assigned.group(2) == "!" else "magic"
    if _GET_IPYTHON.search(stripped):
        return "IPython call"
    if _HELP.fullmatch(stripped):
        return "help lookup"
    return None
