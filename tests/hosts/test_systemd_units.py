"""The example systemd units of deploy/systemd/ (README, "Adding worker hosts") are valid units
that run the right queues, checked by systemd itself where `systemd-analyze` is installed."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
UNITS = REPO / "deploy" / "systemd"


def exec_start(unit: str) -> str:
    text = (UNITS / unit).read_text().replace("\\\n", " ")
    (command,) = re.findall(r"^ExecStart=(.*)$", text, flags=re.MULTILINE)
    return " ".join(command.split())


def test_each_queue_has_its_unit_and_beat_has_one():
    assert "celery -A config worker" in exec_start("eigenlab-worker.service")
    assert "-Q grading -n grading@%%h" in exec_start("eigenlab-worker.service")
    assert "-Q staff -n staff@%%h" in exec_start("eigenlab-staff-worker.service")
    assert "celery -A config beat" in exec_start("eigenlab-beat.service")
    assert "exactly ONE host" in (UNITS / "eigenlab-beat.service").read_text()
    assert "scripts/serve.py" in exec_start("eigenlab-web.service")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_the_units_pass_systemd_analyze_verify(tmp_path: Path):
    # As installed from this checkout: its .venv, the example environment, existing users.
    for unit in UNITS.glob("*.service"):
        text = (unit.read_text().replace("/opt/eigenlab", str(REPO))
                .replace("/etc/eigenlab/eigenlab.env", str(UNITS / "eigenlab.env.example"))
                .replace("User=eigenlab", "User=root"))
        (tmp_path / unit.name).write_text(text)
    units = sorted(str(path) for path in tmp_path.glob("*.service"))
    assert len(units) == 4
    result = subprocess.run(["systemd-analyze", "verify", *units], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Unknown" not in result.stderr and "ignoring" not in result.stderr, result.stderr
