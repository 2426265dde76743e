#!/usr/bin/env python3
"""Helpers of Benchmarks/peer-redmine (see that script and BENCHMARKS.md, "Round two — beside Redmine").

  load DIEUHANH_DB REDMINE_DB TODAY   copy the benchmark's tasks into Redmine's SQLite database as issues
  subtree DIEUHANH_DB REDMINE_DB CODE  Redmine group ids of a unit and the units under it, comma-separated
  wrk                                  wrk's output on stdin -> "req_per_s p50_ms p99_ms requests errors"
  summary FILE                         the pairs measured (one line each) -> the table of medians and ratios
                                       (throughput, and CPU time of the server per answered request)

The tasks are mapped with DieuHanh's own rule as of TODAY, read from its status index (task_status_spans, DOMAIN.md
§3): the span holding on TODAY gives the effective deadline (extensions included) and whether the task is completed.
Completed tasks become Redmine's closed status "Closed" (closed_on = completion day), tasks in no bucket on TODAY
(cancelled) "Rejected", the others "New" with the effective deadline as due date. Overdue in DieuHanh (pending and
deadline < D) is then exactly Redmine's "open and due date before today", on TODAY and on any later day (nothing is
recorded after 30/06/2026 in the generated data). The lead unit is the assignee: one Redmine group per unit.
"""

import datetime
import re
import sqlite3
import statistics
import sys

EPOCH = datetime.date(1970, 1, 1)
PROJECT = "dieuhanh-bench"
GROUP_BASE = 1000  # Redmine's own users and built-in groups keep the ids below this
STATUS_NEW, STATUS_CLOSED, STATUS_REJECTED = 1, 5, 6  # Redmine's default data
TRACKER, PRIORITY_NORMAL, ADMIN = 1, 2, 1


def day(number):
    return None if number is None else (EPOCH + datetime.timedelta(days=number)).isoformat()


def signature(dieuhanh):
    tasks = dieuhanh.execute("SELECT COUNT(*), MAX(ma) FROM tasks").fetchone()
    units = dieuhanh.execute("SELECT COUNT(*) FROM units").fetchone()[0]
    return f"DieuHanh benchmark data: {tasks[0]} tasks (last {tasks[1]}), {units} units"


def load(dieuhanh_path, redmine_path, today):
    dieuhanh = sqlite3.connect(f"file:{dieuhanh_path}?mode=ro", uri=True)
    redmine = sqlite3.connect(redmine_path)
    wanted = signature(dieuhanh)
    row = redmine.execute("SELECT description FROM projects WHERE identifier = ?", (PROJECT,)).fetchone()
    if row and row[0] == wanted:
        print(f"Redmine already holds the data ({wanted}); reused.")
        return
    today_number = (datetime.date.fromisoformat(today) - EPOCH).days
    units = dieuhanh.execute("SELECT id, code FROM units ORDER BY code").fetchall()
    group_of = {unit_id: GROUP_BASE + index for index, (unit_id, _) in enumerate(units)}
    spans = {
        task_id: (bucket, deadline_day, completed_day)
        for task_id, bucket, deadline_day, completed_day in dieuhanh.execute(
            "SELECT task_id, bucket, deadline_day, completed_day FROM task_status_spans"
            " WHERE from_day <= ? AND until_day > ?",
            (today_number, today_number),
        )
    }
    tasks = dieuhanh.execute(
        "SELECT id, ma, content, lead_unit_id, assigned_on, deadline, parent_id FROM tasks ORDER BY assigned_on, ma"
    ).fetchall()
    # Issue ids in the tasks' order; the nested set (root_id, lft, rgt) Redmine keeps for sub-tasks.
    issue_of = {task[0]: index + 1 for index, task in enumerate(tasks)}
    children = {}
    for task in tasks:
        if task[6] is not None:
            children.setdefault(task[6], []).append(task[0])
    nested = {}

    def number(task_id, root, left):
        right = left + 1
        for child in children.get(task_id, []):
            right = number(child, root, right) + 1
        nested[task_id] = (root, left, right)
        return right

    for task in tasks:
        if task[6] is None:
            number(task[0], issue_of[task[0]], 1)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    issues = []
    for task_id, ma, content, lead, assigned_on, deadline, parent in tasks:
        bucket, deadline_day, completed_day = spans.get(task_id, (None, None, None))
        if bucket is None:
            status, due, closed = STATUS_REJECTED, deadline, None
        elif bucket.startswith("completed"):
            status, due, closed = STATUS_CLOSED, day(deadline_day), day(completed_day)
        else:
            status, due, closed = STATUS_NEW, day(deadline_day), None
        root, left, right = nested[task_id]
        issues.append((
            issue_of[task_id], TRACKER, 1, (content or ma)[:255], ma, due, status, group_of[lead], PRIORITY_NORMAL,
            ADMIN, assigned_on + " 08:00:00", (closed or assigned_on) + " 17:00:00", assigned_on,
            100 if status == STATUS_CLOSED else 0, issue_of.get(parent), root, left, right,
            closed + " 17:00:00" if closed else None,
        ))
    with redmine:
        redmine.execute("DELETE FROM issues")
        redmine.execute("DELETE FROM users WHERE type = 'Group' AND id >= ?", (GROUP_BASE,))
        redmine.execute("DELETE FROM enabled_modules WHERE project_id = 1")
        redmine.execute("DELETE FROM projects_trackers WHERE project_id = 1")
        redmine.execute("DELETE FROM projects WHERE id = 1")
        redmine.execute(
            "INSERT INTO projects (id, name, description, is_public, identifier, status, lft, rgt, created_on,"
            " updated_on) VALUES (1, 'DieuHanh benchmark', ?, 1, ?, 1, 1, 2, ?, ?)",
            (wanted, PROJECT, now, now),
        )
        redmine.execute("INSERT INTO enabled_modules (project_id, name) VALUES (1, 'issue_tracking')")
        redmine.executemany(
            "INSERT INTO projects_trackers (project_id, tracker_id) VALUES (1, ?)", [(1,), (2,), (3,)]
        )
        redmine.executemany(
            "INSERT INTO users (id, login, lastname, status, type, created_on, updated_on, mail_notification)"
            " VALUES (?, '', ?, 1, 'Group', ?, ?, '')",
            [(group_of[unit_id], code, now, now) for unit_id, code in units],
        )
        redmine.executemany(
            "INSERT INTO issues (id, tracker_id, project_id, subject, description, due_date, status_id,"
            " assigned_to_id, priority_id, author_id, created_on, updated_on, start_date, done_ratio, parent_id,"
            " root_id, lft, rgt, closed_on, lock_version, is_private)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
            issues,
        )
    redmine.execute("ANALYZE")
    counts = {}
    for issue in issues:
        counts[issue[6]] = counts.get(issue[6], 0) + 1
    print(
        f"Loaded {len(issues)} issues ({counts.get(STATUS_NEW, 0)} open, {counts.get(STATUS_CLOSED, 0)} closed,"
        f" {counts.get(STATUS_REJECTED, 0)} rejected) and {len(units)} groups into Redmine."
    )


def subtree(dieuhanh_path, redmine_path, code):
    dieuhanh = sqlite3.connect(f"file:{dieuhanh_path}?mode=ro", uri=True)
    codes = [
        row[0]
        for row in dieuhanh.execute(
            "WITH RECURSIVE sub(id, code) AS (SELECT id, code FROM units WHERE code = ?"
            " UNION ALL SELECT u.id, u.code FROM units u JOIN sub ON u.parent_id = sub.id) SELECT code FROM sub",
            (code,),
        )
    ]
    redmine = sqlite3.connect(redmine_path)
    marks = ",".join("?" * len(codes))
    ids = redmine.execute(
        f"SELECT id FROM users WHERE type = 'Group' AND lastname IN ({marks}) ORDER BY id", codes
    ).fetchall()
    print(",".join(str(row[0]) for row in ids))


def milliseconds(text):
    for suffix, factor in (("us", 0.001), ("ms", 1), ("s", 1000), ("m", 60000)):
        if text.endswith(suffix):
            return float(text[: -len(suffix)]) * factor
    return float(text)


def wrk():
    output = sys.stdin.read()
    figures = {"rps": 0.0, "p50": 0.0, "p99": 0.0, "requests": 0, "errors": 0}
    for line in output.splitlines():
        words = line.split()
        if not words:
            continue
        if words[0] == "50%":
            figures["p50"] = milliseconds(words[1])
        elif words[0] == "99%":
            figures["p99"] = milliseconds(words[1])
        elif words[0] == "Requests/sec:":
            figures["rps"] = float(words[1])
        elif words[0] == "Non-2xx":
            figures["errors"] += int(words[-1])
        elif words[0] == "Socket" and "errors" in line:
            figures["errors"] += sum(int(n) for n in re.findall(r"\d+", line))
        elif "requests in" in line:
            figures["requests"] = int(words[0])
    print(f"{figures['rps']:.1f} {figures['p50']:.1f} {figures['p99']:.1f} {figures['requests']} {figures['errors']}")


def summary(path):
    """Each line: round case side rps p50 p99 requests errors cpu_ms load1."""
    table = {}
    order = []
    for line in open(path):
        _, case, side, rps, p50, p99, _, errors, cpu, load = line.split()
        if case not in table:
            order.append(case)
            table[case] = {"dieuhanh": [], "redmine": []}
        table[case][side].append((float(rps), float(p50), float(p99), int(errors), float(cpu), float(load)))
    print(
        "| case | DieuHanh req/s | p50 | CPU/req | Redmine req/s | p50 | CPU/req | ratio req/s (per round)"
        " | ratio CPU/req | load (1 min) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    median = statistics.median
    for case in order:
        ours, theirs = table[case]["dieuhanh"], table[case]["redmine"]
        ours_rps, theirs_rps = median(f[0] for f in ours), median(f[0] for f in theirs)
        ours_cpu, theirs_cpu = median(f[4] for f in ours), median(f[4] for f in theirs)
        ratio = f"{ours_rps / theirs_rps:.1f}×" if theirs_rps else "∞"
        rounds = ", ".join(f"{a[0] / b[0]:.1f}" if b[0] else "∞" for a, b in zip(ours, theirs))
        cpu_ratio = f"{theirs_cpu / ours_cpu:.1f}×" if ours_cpu else "–"
        errors = sum(f[3] for f in ours), sum(f[3] for f in theirs)
        loads = [f[5] for f in ours + theirs]
        note = f" (errors {errors[0]}/{errors[1]})" if any(errors) else ""
        print(
            f"| {case} | {ours_rps:.1f} | {median(f[1] for f in ours):.1f} ms | {ours_cpu:.2f} ms | {theirs_rps:.1f}"
            f" | {median(f[1] for f in theirs):.1f} ms | {theirs_cpu:.2f} ms | {ratio}{note} ({rounds}) | {cpu_ratio}"
            f" | {min(loads):.1f}–{max(loads):.1f} |"
        )


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    {"load": load, "subtree": subtree, "wrk": wrk, "summary": summary}[command](*arguments)
