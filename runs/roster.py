"""A run's roster as CSV: import (parse -> plan -> apply) and export.

The file: a header row naming student_id, name, email and section (any order, any case;
other columns are ignored), UTF-8 with or without a byte order mark, at most 1 MB and
MAX_ROWS rows. Each row is a learner, found by email address (case-insensitive); somebody
unknown gets an account (username from the address, no usable password: they set one through
"Forgot your password?" or an invitation).

- `roster_parse` reads the file (pure); `RosterRefused` says why a whole file is refused.
- `roster_plan` says what each row would do, without writing: create an account, enroll an
  existing account, update the section or student id, nothing, or an error with its reason.
  Unknown sections are created by the import (shown as "new section").
- `roster_apply` does what the plan says, in one transaction. It only adds and updates:
  learners missing from the file stay, an empty section or student id leaves the current
  one, staff rows are left alone, rows with errors are skipped. So importing the same file
  again changes nothing, and a file exported here imports as "unchanged".
- `roster_csv` writes the export: student_id, name, email, section, role, enrolled_at.
"""

import csv
import hashlib
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower

from courses.accounts import account_made_by_staff
from courses.models import CourseRun, Enrollment, Section
from courses.services import enroll, section_create
from courses.timezones import in_zone
from exercises.models import Exercise
from gradebook.export import FORMULA_STARTS, text_cell
from gradebook.services import late_marks_refresh
from runs.services import email_checked

COLUMNS = ("student_id", "name", "email", "section")
EXPORT_COLUMNS = (*COLUMNS, "role", "enrolled_at")
MAX_BYTES = 1024 * 1024
MAX_ROWS = 5000
# The model's column sizes: a longer cell would not fit.
MAX_STUDENT_ID, MAX_NAME_PART, MAX_EMAIL, MAX_SECTION = 64, 150, 254, 100

CREATE, ENROLL, UPDATE, UNCHANGED, ERROR = "create", "enroll", "update", "unchanged", "error"
WRITES = (CREATE, ENROLL, UPDATE)
ACTION_LABELS = {CREATE: "Create account", ENROLL: "Enroll existing account",
                 UPDATE: "Update", UNCHANGED: "Unchanged", ERROR: "Error"}


class RosterRefused(ValueError):
    """The whole file cannot be read as a roster; the text says why, for the person."""


# ---- Reading the file (pure) ----

@dataclass(frozen=True)
class RosterRow:
    line: int  # as a spreadsheet numbers it: the header is line 1
    student_id: str
    name: str
    email: str
    section: str
    problem: str = ""  # found while reading: the row is an error whatever the database says


@dataclass(frozen=True)
class ParsedRoster:
    rows: list[RosterRow]
    ignored_columns: list[str] = field(default_factory=list)


def roster_parse(data: bytes) -> ParsedRoster:
    if len(data) > MAX_BYTES:
        raise RosterRefused(f"The file has {len(data) / 1024 / 1024:.1f} MB; a roster may have "
                            "at most 1 MB. Split it in two.")
    text = _decoded(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next((row for row in reader if any(cell.strip() for cell in row)), None)
        if header is None:
            raise RosterRefused("The file is empty: it needs a header row (student_id, name, "
                                "email, section) and a row per learner.")
        names = _header(header)
        rows = [_row(reader.line_num, names, cells) for cells in reader
                if any(cell.strip() for cell in cells)]
    except csv.Error as error:
        raise RosterRefused(f"Line {reader.line_num} is not valid CSV: {error}.") from None
    if len(rows) > MAX_ROWS:
        raise RosterRefused(f"The file has {len(rows)} rows; a roster may have at most "
                            f"{MAX_ROWS}. Split it.")
    return ParsedRoster(rows=rows, ignored_columns=[n for n in names if n not in COLUMNS])


def _decoded(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RosterRefused(f"The file is not UTF-8 text (byte {error.start + 1} is not): save "
                            "it as \"CSV UTF-8\" and upload it again.") from None
    if "\x00" in text:
        raise RosterRefused("The file holds a NUL character: it is not a CSV text file.")
    return text


def _header(cells: list[str]) -> list[str]:
    names = [cell.strip().lower().replace(" ", "_").replace("-", "_") for cell in cells]
    doubled = sorted({name for name in names if name and names.count(name) > 1})
    if doubled:
        raise RosterRefused(f"The header names {', '.join(doubled)} twice.")
    missing = [column for column in COLUMNS if column not in names]
    if missing:
        raise RosterRefused(f"The header row has no column {', '.join(missing)}: the first "
                            f"row must name the columns {', '.join(COLUMNS)}.")
    return names


def _row(line: int, names: list[str], cells: list[str]) -> RosterRow:
    values = dict(zip(names, (_unguarded(cell) for cell in cells), strict=False))
    extra = [cell for cell in cells[len(names):] if cell.strip()]
    return RosterRow(
        line=line, student_id=values.get("student_id", ""),
        name=" ".join(values.get("name", "").split()), email=values.get("email", ""),
        section=" ".join(values.get("section", "").split()),
        problem=f"{len(cells)} cells, but the header names {len(names)} columns" if extra
        else "")


def _unguarded(cell: str) -> str:
    """A cell as typed: our export guards formula-like text with a leading quote."""
    cell = cell.strip()
    return cell[1:] if cell.startswith("'") and cell[1:2].startswith(FORMULA_STARTS) else cell


# ---- What the import would do ----

@dataclass
class RowPlan:
    row: RosterRow
    action: str
    detail: str = ""  # what changes, or why the row is an error
    user: User | None = None
    new_section: bool = False

    @property
    def label(self) -> str:
        return ACTION_LABELS[self.action]


@dataclass
class RosterPlan:
    rows: list[RowPlan]
    ignored_columns: list[str]
    new_sections: list[str]

    def count(self, action: str) -> int:
        return sum(plan.action == action for plan in self.rows)

    @property
    def summary(self) -> list[tuple[str, str, int]]:
        """(action, its label, how many rows) for every action."""
        return [(action, label, self.count(action)) for action, label in ACTION_LABELS.items()]

    @property
    def changes(self) -> int:
        return sum(plan.action not in (UNCHANGED, ERROR) for plan in self.rows)

    @property
    def digest(self) -> str:
        """What the plan would do, in brief: the preview is applied only while the same."""
        summary = [(p.row.line, p.action, p.detail, p.new_section) for p in self.rows]
        return hashlib.sha256(json.dumps(summary).encode()).hexdigest()[:32]


@dataclass(frozen=True)
class _Run:
    """The run's side of the comparison, loaded once."""

    users: dict[str, list[User]]  # lowercased email -> accounts
    enrollments: dict[int, Enrollment]  # user id -> enrollment in the run
    sections: dict[str, Section]  # casefolded name -> section
    student_ids: dict[str, int]  # student id -> user id, in the run


def roster_plan(*, run: CourseRun, roster: ParsedRoster) -> RosterPlan:
    known = _load(run, roster.rows)
    plans: list[RowPlan] = []
    first_line: dict[str, int] = {}
    id_owner: dict[str, tuple[int, str]] = {}
    new_sections: dict[str, str] = {}
    for row in roster.rows:
        problem = row.problem or _problem(row) or _duplicate(row, first_line, id_owner)
        plan = (RowPlan(row=row, action=ERROR, detail=problem) if problem
                else _plan_row(row, known))
        key = row.section.casefold()
        if plan.action in WRITES and row.section and key not in known.sections:
            plan.new_section = True
            new_sections.setdefault(key, row.section)
        plans.append(plan)
    return RosterPlan(rows=plans, ignored_columns=roster.ignored_columns,
                      new_sections=list(new_sections.values()))


def _problem(row: RosterRow) -> str:
    if not row.email:
        return "no email address"
    try:
        email_checked(row.email)
    except ValidationError as error:
        return error.messages[0]
    first, _, last = row.name.partition(" ")
    too_long = [(len(row.email), MAX_EMAIL, "email address"),
                (len(row.student_id), MAX_STUDENT_ID, "student id"),
                (max(len(first), len(last)), MAX_NAME_PART, "part of the name"),
                (len(row.section), MAX_SECTION, "section name")]
    return next((f"the {what} is longer than {limit} characters"
                 for size, limit, what in too_long if size > limit), "")


def _duplicate(row: RosterRow, first_line: dict[str, int],
               id_owner: dict[str, tuple[int, str]]) -> str:
    email = row.email.lower()
    if email in first_line:
        return f"the same email address as line {first_line[email]}"
    first_line[email] = row.line
    if row.student_id:
        line, owner = id_owner.setdefault(row.student_id, (row.line, email))
        if owner != email:
            return f"student id {row.student_id} is also on line {line}, for another address"
    return ""


def _load(run: CourseRun, rows: list[RosterRow]) -> _Run:
    emails = {row.email.lower() for row in rows if row.email}
    users: dict[str, list[User]] = {}
    for user in User.objects.annotate(key=Lower("email")).filter(key__in=emails):
        users.setdefault(user.email.lower(), []).append(user)
    enrollments = {e.user_id: e for e in
                   Enrollment.objects.filter(run=run).select_related("user", "section")}
    return _Run(
        users=users, enrollments=enrollments,
        sections={section.name.casefold(): section for section in run.sections.all()},
        student_ids={e.student_id: e.user_id for e in enrollments.values() if e.student_id})


def _plan_row(row: RosterRow, known: _Run) -> RowPlan:
    found = known.users.get(row.email.lower(), [])
    if len(found) > 1:
        names = ", ".join(sorted(user.get_username() for user in found))
        return RowPlan(row=row, action=ERROR,
                       detail=f"{len(found)} accounts use this address ({names}); enroll "
                              "the right one by hand")
    user = found[0] if found else None
    holder = known.student_ids.get(row.student_id) if row.student_id else None
    if holder is not None and (user is None or holder != user.pk):
        other = known.enrollments[holder].user.get_username()
        return RowPlan(row=row, action=ERROR,
                       detail=f"student id {row.student_id} belongs to {other} in this run")
    if user is None:
        return RowPlan(row=row, action=CREATE, detail="new account")
    enrollment = known.enrollments.get(user.pk)
    if enrollment is None:
        return RowPlan(row=row, action=ENROLL, user=user, detail=user.get_username())
    if enrollment.role != Enrollment.Role.LEARNER:
        return RowPlan(row=row, action=UNCHANGED, user=user,
                       detail=f"{user.get_username()} is on the staff "
                              f"({enrollment.get_role_display().lower()}); not changed")
    changes = _changes(row, enrollment)
    return RowPlan(row=row, action=UPDATE if changes else UNCHANGED, user=user,
                   detail="; ".join(changes) if changes else user.get_username())


def _changes(row: RosterRow, enrollment: Enrollment) -> list[str]:
    changes = []
    current = enrollment.section.name if enrollment.section else ""
    if row.section and row.section.casefold() != current.casefold():
        changes.append(f"section: {current or '(none)'} → {row.section}")
    if row.student_id and row.student_id != enrollment.student_id:
        changes.append(f"student id: {enrollment.student_id or '(none)'} → {row.student_id}")
    return changes


# ---- Doing it ----

@dataclass(frozen=True)
class RosterReport:
    created: int
    enrolled: int
    updated: int
    unchanged: int
    skipped: int
    sections_created: int
    created_ids: tuple[int, ...] = ()  # the accounts made: they may be sent an invitation

    def __str__(self) -> str:
        parts = [(self.created, "account{} created"), (self.enrolled, "existing account{} "
                 "enrolled"), (self.updated, "enrollment{} updated"),
                 (self.sections_created, "section{} created"),
                 (self.unchanged, "row{} unchanged"), (self.skipped, "row{} with errors skipped")]
        said = [f"{count} {text.format('' if count == 1 else 's')}" for count, text in parts
                if count]
        return ", ".join(said) if said else "Nothing to import"


@transaction.atomic
def roster_apply(*, run: CourseRun, roster: ParsedRoster) -> RosterReport:
    """Does what `roster_plan` says for this roster, planned again inside the transaction."""
    plan = roster_plan(run=run, roster=roster)
    sections = {section.name.casefold(): section for section in run.sections.all()}
    for name in plan.new_sections:
        sections[name.casefold()] = section_create(run=run, name=name)
    moved: list[int] = []
    created: list[int] = []
    for row_plan in plan.rows:
        if row_plan.action in WRITES:
            user, section_changed = _apply_row(run, row_plan, sections)
            moved += [user.pk] if section_changed else []
            created += [user.pk] if row_plan.action == CREATE else []
    if moved:
        # A learner's section decides which section extensions apply to their work.
        late_marks_refresh(run=run, user_ids=moved,
                           exercises=Exercise.objects.filter(module__course=run.course_id))
    return RosterReport(created=plan.count(CREATE), enrolled=plan.count(ENROLL),
                        updated=plan.count(UPDATE), unchanged=plan.count(UNCHANGED),
                        skipped=plan.count(ERROR), sections_created=len(plan.new_sections),
                        created_ids=tuple(created))


def _apply_row(run: CourseRun, plan: RowPlan,
               sections: dict[str, Section]) -> tuple[User, bool]:
    """Writes one row: the learner, and whether an existing enrollment changed section."""
    row = plan.row
    section = sections.get(row.section.casefold()) if row.section else None
    user = plan.user or account_made_by_staff(email=row.email, name=row.name)
    if plan.action != UPDATE:
        enrollment = enroll(user=user, run=run, section=section)
        if row.student_id:
            enrollment.student_id = row.student_id
            enrollment.save(update_fields=["student_id"])
        return user, False
    enrollment = Enrollment.objects.get(user=user, run=run)
    moved = section is not None and enrollment.section_id != section.pk
    enrollment.section = section if moved else enrollment.section
    enrollment.student_id = row.student_id or enrollment.student_id
    enrollment.save(update_fields=["section", "student_id"])
    return user, moved


# ---- Export ----

def roster_csv(*, run: CourseRun, enrollments: Iterable[Enrollment]) -> str:
    """UTF-8 with a BOM (spreadsheets then read it as UTF-8), CRLF, the columns in
    EXPORT_COLUMNS' order, formula-like text guarded; enrolled_at on the run's clocks."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for enrollment in enrollments:
        user = enrollment.user
        writer.writerow([
            text_cell(enrollment.student_id), text_cell(user.get_full_name()),
            text_cell(user.email),
            text_cell(enrollment.section.name if enrollment.section else ""), enrollment.role,
            in_zone(enrollment.created_at, run.time_zone).isoformat(timespec="seconds"),
        ])
    return "\ufeff" + out.getvalue()
