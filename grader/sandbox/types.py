"""The sandbox's small interface: a Job goes in, a RunReport of untrusted data comes out."""

from dataclasses import dataclass, field
from typing import Any, Literal

# "internal": the sandbox itself failed (a zygote that died or answered garbage, a jail that
# did not start), not the learner's code; like isolate's "internal error" status.
Outcome = Literal["completed", "timeout", "memory", "output", "crash", "internal"]


@dataclass(frozen=True)
class Limits:
    wall_seconds: float = 10.0
    memory_mb: int = 512  # for the learner's data, on top of the interpreter and numpy/scipy
    stdout_bytes: int = 1024 * 1024  # printing more than this ends the run
    result_bytes: int = 8 * 1024 * 1024  # the JSON of all returned values
    tmp_bytes: int = 16 * 1024 * 1024
    processes: int = 32  # per sandbox account: threads count too

    @classmethod
    def from_config(cls, limits: dict[str, Any], *, ceiling_seconds: float) -> "Limits":
        wall = min(float(limits.get("time_seconds", cls.wall_seconds)), ceiling_seconds)
        return cls(wall_seconds=wall, memory_mb=int(limits.get("memory_mb", cls.memory_mb)))


@dataclass(frozen=True)
class Job:
    code: str
    cases_source: str
    entry: str
    seed: int
    public_only: bool = False
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class Picture:
    """One PNG the jail sent, checked by the worker: the section (case index, None for the
    top level or a Run), its bytes and its size in pixels."""

    section: int | None
    png: bytes
    width: int
    height: int


@dataclass
class RunReport:
    """What came back from the jail. Every field is learner-controlled data."""

    outcome: Outcome = "completed"
    message: str = ""  # learner-facing explanation of a limit verdict (or of an internal one)
    error: dict[str, Any] | None = None  # syntax / import / missing-function / cases error
    cases: list[dict[str, Any]] = field(default_factory=list)  # as built in the jail
    results: dict[int, dict[str, Any]] = field(default_factory=dict)  # case index -> result
    # Everything the jail wrote on stdout, whichever case printed it (hidden ones too): for
    # the limits and the operators, never shown to a learner as it is.
    stdout: str = ""
    # What the learner printed, as the harness attributed it: while the code loaded, and
    # per case index (public cases only; grader.judge decides what is shown).
    top_stdout: str = ""
    case_stdout: dict[int, str] = field(default_factory=dict)
    # Pictures of the learner's figures (valid PNG, within the caps), by section as above.
    figures: list[Picture] = field(default_factory=list)
    stderr: str = ""
    exit_code: int | None = None
    seconds: float = 0.0
    finished: bool = False  # the harness reached its end
