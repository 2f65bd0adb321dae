"""Grading across hosts: worker hosts share the queue, a host lost mid-grading loses nothing, and
a second host adds capacity.

Real network namespaces, a PostgreSQL and a Redis on a host of their own, real Celery workers of
this project on worker hosts, the real sandbox (see conftest.py). The numbers are printed
(`-s`): hosts, results per host, seconds, rate. All the hosts share this machine's cores, so a
second host is more capacity only as far as the machine has cores to spare.
"""

import pytest

from .conftest import LEASE_SECONDS, Cluster, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.sandbox]

BATCH = 60


def grade_batch(hosts: Cluster, label: str) -> tuple[dict[str, int], float]:
    """BATCH submissions of the library's dot product (its reference solution), sent at once;
    the results written per host, and the rate (submissions a second, from the commit that
    sent them to the last result)."""
    ids, sent_at = hosts.submit(BATCH)
    hosts.wait_finished(ids, 120)
    ((last, verdicts),) = hosts.service.sql(
        "SELECT extract(epoch FROM max(graded_at)), array_agg(DISTINCT verdict) "
        "FROM grader_submission WHERE id = ANY(%s)", [ids])
    assert hosts.statuses(ids) == {"graded": BATCH} and verdicts == ["passed"], hosts.logs()
    seconds = float(last) - sent_at
    by_host = hosts.graded_by(ids)
    print(f"\n{label}: {BATCH} graded ({', '.join(f'{h} {n}' for h, n in sorted(by_host.items()))}"
          f") in {seconds:.2f} s: {BATCH / seconds:.1f} submissions/s")
    return by_host, BATCH / seconds


def test_worker_hosts_share_the_grading_and_a_second_one_adds_capacity(hosts: Cluster):
    (worker_a,) = hosts.start_worker_hosts("worker-a")
    one_host, one_rate = grade_batch(hosts, "1 worker host")
    (worker_b,) = hosts.start_worker_hosts("worker-b")
    two_hosts, two_rate = grade_batch(hosts, "2 worker hosts")

    assert one_host == {"worker-a": BATCH}
    assert sum(two_hosts.values()) == BATCH
    assert two_hosts.get("worker-a", 0) > 0 and two_hosts.get("worker-b", 0) > 0, two_hosts
    # Each host's worker carries its host's name, and its results came from its own address.
    assert "grading@worker-a ready." in worker_a.log_text(tail=10**7)
    assert "grading@worker-b ready." in worker_b.log_text(tail=10**7)
    sources = dict(hosts.service.sql(
        "SELECT DISTINCT host, host(address) FROM hosts_grading_log WHERE host LIKE 'worker-%'"))
    assert sources == {name: hosts.lan.addresses[name] for name in ("worker-a", "worker-b")}
    print(f"rate: 1 host {one_rate:.1f}/s, 2 hosts {two_rate:.1f}/s "
          f"(x{two_rate / one_rate:.2f})")
    assert two_rate >= 0.9 * one_rate  # never lower, allowing for noise


def test_a_worker_host_lost_mid_grading_loses_nothing(hosts: Cluster):
    # The web host also runs beat and the staff worker: the sweeper, every second here, takes
    # back a grading whose host went silent past its lease and sends it again.
    sweeping = hosts.env("web", GRADER_SWEEP_SECONDS="1", GRADER_REQUEUE_AFTER_SECONDS="2")
    celery = ["-m", "celery", "-A", "config"]
    staff = hosts.start("staff", None, [hosts.python, *celery, "worker", "--loglevel=INFO",
                                        "-Q", "staff", "-n", "staff@%h", "--concurrency=1",
                                        "--without-gossip", "--without-mingle",
                                        "--without-heartbeat"], sweeping)
    beat = hosts.start("beat", None, [hosts.python, *celery, "beat", "--loglevel=INFO",
                                      "--schedule", str(hosts.directory / "beat-schedule")],
                       sweeping)
    hosts.start_worker_hosts("worker-a", "worker-b")
    staff.wait_ready()
    beat.wait_ready(marker="beat: Starting...")

    ids, _ = hosts.submit(8, slow=True)  # each grading takes over a second

    def running_on_b() -> list[int]:
        rows = hosts.service.sql(
            "SELECT s.id FROM grader_submission s JOIN hosts_grading_log l ON l.submission_id "
            "= s.id AND l.status = 'running' AND l.host = 'worker-b' WHERE s.status = "
            "'running' AND s.id = ANY(%s)", [ids])
        return [row[0] for row in rows]

    lost = wait_until(running_on_b, 30, lambda: f"worker-b never graded:\n{hosts.logs()}",
                      interval=0.05)
    hosts.power_off("worker-b")  # every process of the host, jails included, at once
    hosts.wait_finished(ids, 60)

    rows = hosts.service.sql("SELECT id, status, verdict, deliveries FROM grader_submission "
                             "WHERE id = ANY(%s) ORDER BY id", [ids])
    assert {(status, verdict) for _, status, verdict, _ in rows} == {("graded", "passed")}
    deliveries = {pk: count for pk, _, _, count in rows}
    by_host = hosts.graded_by(ids)
    retaken = hosts.service.sql(
        "SELECT submission_id, host, extract(epoch FROM at - (SELECT min(at) FROM "
        "hosts_grading_log WHERE submission_id = l.submission_id)) FROM hosts_grading_log l "
        "WHERE status = 'graded' AND submission_id = ANY(%s)", [lost])
    print(f"\nkill -9 of worker-b while it graded {lost}: submitted {len(ids)}, graded "
          f"{sum(by_host.values())} ({', '.join(f'{h} {n}' for h, n in sorted(by_host.items()))}"
          f"); the lost ones finished by "
          f"{', '.join(f'{host} after {float(s):.1f} s' for _, host, s in retaken)}; "
          f"lease {LEASE_SECONDS} s")
    for pk in lost:
        assert deliveries[pk] == 2  # claimed on worker-b, then again after the lease
    assert {host for _, host, _ in retaken} == {"worker-a"}
    # Every submission has exactly one result: nothing lost, nothing graded twice.
    assert sum(by_host.values()) == len(ids)
    assert not hosts.service.sql(
        "SELECT submission_id FROM hosts_grading_log WHERE status = 'graded' AND "
        "submission_id = ANY(%s) GROUP BY submission_id HAVING count(*) > 1", [ids])
