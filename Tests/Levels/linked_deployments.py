"""Two linked DieuHanh deployments on loopback, each its own process and SQLite database (issue 20, "Tested").

Run by .ci/levels, which sets DIEUHANH_BIN, LEVELS_WORK (an empty directory), LEVELS_SEED and the two ports.

a) The national deployment (N: CP assigns to the province BD) assigns tasks to the province (P: its UBND, with the
   department SNV). Through `dieuhanh levels deliver`: P delegates one to SNV, SNV reports completion, P confirms the
   sub-task and reports the task completed; N confirms. Another is extended (asked below, approved above), another
   completed late, one cancelled above, one without deadline, one with progress only. N's figures as of every day
   from before the first assignment to after today must equal an oracle computed here from what the script did
   (DOMAIN §3), independently of the app's code.
b) P records 1.000 progress reports on four received tasks while the script keeps delivering and kills N with
   kill -9 at random moments (at least three times), restarting it: in the end N holds each report exactly once and
   P's outbox has nothing waiting.
c) Envelopes built here with the agreed key: a fact sent twice is stored once; the same envelope again is refused
   (409 replayed), one signed with another key (401 bad_signature), one sent an hour ago (409 stale); none is applied.
"""

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import random
import secrets
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

BIN = os.environ["DIEUHANH_BIN"]
WORK = os.environ["LEVELS_WORK"]
SEED = int(os.environ["LEVELS_SEED"])
BURST = int(os.environ.get("LEVELS_BURST", "1000"))
MIN_KILLS = 3
rng = random.Random(SEED)
STARTED = time.monotonic()
VN = dt.timezone(dt.timedelta(hours=7))


def say(text):
    print(f"levels [{time.monotonic() - STARTED:5.1f}s] {text}", flush=True)


def fail(text):
    print(f"levels: FAILED: {text} (seed {SEED}; LEVELS_SEED={SEED} repeats the run)", flush=True)
    raise SystemExit(1)


def check(condition, text):
    if not condition:
        fail(text)


LIVE = {}


def write_pids():
    """The servers running now, for .ci/levels to stop if this script is itself stopped (never a stale pid)."""
    with open(os.path.join(WORK, "pids.tmp"), "w") as pids:
        pids.writelines(f"{pid}\n" for pid in LIVE.values())
    os.replace(os.path.join(WORK, "pids.tmp"), os.path.join(WORK, "pids"))


class Deployment:
    """One DieuHanh: its own directory, SQLite database, files and server process."""

    def __init__(self, name, port):
        self.name = name
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.dir = os.path.join(WORK, name)
        os.makedirs(self.dir)
        self.db = os.path.join(self.dir, "dieuhanh.sqlite")
        self.password = "Lien-thong-" + secrets.token_hex(6)
        self.env = dict(
            os.environ,
            DATABASE_URL=f"sqlite://{self.db}",
            DIEUHANH_DATA_DIR=os.path.join(self.dir, "data"),
            DIEUHANH_ADMIN_PASSWORD=self.password,
        )
        self.process = None
        self.starts = 0
        self.tokens = {}

    def cli(self, *args):
        done = subprocess.run([BIN, *args], cwd=self.dir, env=self.env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            fail(f"{self.name}: dieuhanh {' '.join(args)} exited {done.returncode}: {done.stderr.strip()[-500:]}")
        return done.stdout.strip()

    def start(self):
        self.starts += 1
        log = open(os.path.join(self.dir, "serve.log"), "a")
        log.write(f"\n=== start {self.starts}\n")
        log.flush()
        self.process = subprocess.Popen(
            [BIN, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
            cwd=self.dir, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        LIVE[self.name] = self.process.pid
        write_pids()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                fail(f"{self.name}'s server stopped at start {self.starts} (exit {self.process.returncode}); "
                     f"see {self.dir}/serve.log:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        fail(f"{self.name}'s server did not answer /health within 90 s:\n{self.log_tail()}")

    def log_tail(self):
        with open(os.path.join(self.dir, "serve.log")) as log:
            return "".join(log.readlines()[-20:])

    def kill9(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        LIVE.pop(self.name, None)
        write_pids()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill9()
        LIVE.pop(self.name, None)
        write_pids()

    def request(self, method, path, body=None, token=None, raw=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(req, timeout=60) as answer:
                status, text = answer.status, answer.read()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read()
        try:
            return status, json.loads(text) if text else None
        except ValueError:
            return status, text.decode(errors="replace")

    def api(self, user, method, path, body=None, expect=(200, 201)):
        status, answer = self.request(method, path, body, token=self.tokens[user])
        if status not in expect:
            fail(f"{self.name}: {user} {method} {path} {json.dumps(body, ensure_ascii=False)} → {status} {answer}")
        return answer

    def sign_in(self, user, password):
        status, answer = self.request("POST", "/api/v1/auth/token", {"username": user, "password": password})
        check(status == 200, f"{self.name}: {user} could not sign in: {status} {answer}")
        self.tokens[user] = answer["token"]

    def add_user(self, username, role, unit_code):
        units = self.api("admin", "GET", "/api/v1/units?per=100")
        units = units["items"] if isinstance(units, dict) else units
        unit = next(u for u in units if u["code"] == unit_code)
        password = "Mat-khau-" + secrets.token_hex(6)
        self.api("admin", "POST", "/api/v1/users",
                 {"username": username, "full_name": username.title(), "role": role, "unit_id": unit["id"],
                  "password": password})
        self.sign_in(username, password)

    def deliver(self, now=False):
        """One delivery round from the command line; returns (delivered, refused, failed) as it prints them."""
        out = self.cli("levels", "deliver", *(["--now"] if now else []))
        numbers = [int(word.strip(";.")) for word in out.split() if word.strip(";.").isdigit()]
        check(len(numbers) == 3, f"{self.name}: unexpected output of levels deliver: {out!r}")
        return tuple(numbers)

    def query(self, sql, *args):
        with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=30) as db:
            return db.execute(sql, args).fetchall()


# ---------------------------------------------------------------- dates


TODAY = dt.datetime.now(VN).date()


def day(offset):
    return TODAY + dt.timedelta(days=offset)


def weekday(date):
    """A deadline on a working day (the app moves one on a day off to the next working day, art. 148)."""
    while date.weekday() >= 5:
        date += dt.timedelta(days=1)
    return date


def vn(date):
    return date.strftime("%d/%m/%Y")


# ---------------------------------------------------------------- the oracle (DOMAIN §3), from the script's own facts


class Fact:
    """What the script did to one national task: assigned date, original deadline, the steps recorded on N."""

    def __init__(self, key, assigned, deadline):
        self.key = key
        self.assigned = assigned
        self.deadline = deadline
        self.events = []  # (kind, recorded_on, effective_on, new_deadline)
        self.id = None

    def add(self, kind, effective=None, new_deadline=None):
        self.events.append((kind, TODAY, effective or TODAY, new_deadline))

    def bucket(self, d):
        if self.assigned > d:
            return None
        known = [e for e in self.events if e[1] <= d and e[2] <= d]
        if any(kind == "cancelled" for kind, *_ in known):
            return None
        deadline = self.deadline
        for kind, _, _, new_deadline in known:
            if kind == "extension_approved":
                deadline = new_deadline
        completed = None
        for kind, _, effective, _ in known:
            if kind == "completion_reported":
                completed = effective
            elif kind == "completion_returned":
                completed = None
        if completed is not None:
            return "completed_late" if deadline is not None and completed > deadline else "completed_on_time"
        if deadline is None:
            return "pending_no_deadline"
        return "pending_within_deadline" if deadline >= d else "pending_overdue"


BUCKETS = ["completed_on_time", "completed_late", "pending_within_deadline", "pending_overdue", "pending_no_deadline"]


def oracle(facts, documents, d):
    counts = dict.fromkeys(BUCKETS, 0)
    docs = set()
    for fact in facts:
        bucket = fact.bucket(d)
        if bucket:
            counts[bucket] += 1
            docs.add(documents[fact.key])
    counts["total"] = sum(counts[b] for b in BUCKETS)
    counts["documents"] = len(docs)
    return counts


# ---------------------------------------------------------------- set-up


def in_parallel(*jobs):
    """Runs each job in its own thread (the two sides' set-up): a failure in one fails the run."""
    errors = []

    def run(job):
        try:
            job()
        except SystemExit:
            errors.append("see above")
        except Exception as error:  # noqa: BLE001 — reported below
            errors.append(repr(error))

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    check(not errors, f"set-up failed: {errors}")


def set_up():
    n = Deployment("national", int(os.environ["LEVELS_PORT_N"]))
    p = Deployment("province", int(os.environ["LEVELS_PORT_P"]))
    with open(os.path.join(n.dir, "units.csv"), "w") as f:
        f.write("code,name,kind,parent_code\nCP,Chính phủ,government,\nBD,UBND tỉnh Bình Dương,province,\n")
    with open(os.path.join(p.dir, "units.csv"), "w") as f:
        f.write("code,name,kind,parent_code\nCP,Chính phủ,government,\nUBND,UBND tỉnh,province,\n"
                "SNV,Sở Nội vụ,department,UBND\n")
    ids = {}

    def first(side):
        side.cli("import", "units", "units.csv")
        ids[side.name] = side.cli("levels", "id")

    in_parallel(lambda: first(n), lambda: first(p))
    n_id, p_id = ids["national"], ids["province"]
    down, up = secrets.token_urlsafe(32), secrets.token_urlsafe(32)

    def national():
        n.cli("levels", "peer", "--name", "Tỉnh Bình Dương", "--url", p.base, "--id", p_id,
              "--inbound-key", up, "--outbound-key", down)
        n.cli("levels", "link", "Tỉnh Bình Dương", "--unit", "BD", "--remote", "UBND")
        n.start()
        n.sign_in("admin", n.password)
        n.add_user("vpcp", "coordinator", "CP")
        n.add_user("lanhdao.vpcp", "leader", "CP")

    def province():
        p.cli("levels", "peer", "--name", "Chính phủ", "--url", n.base, "--id", n_id,
              "--inbound-key", down, "--outbound-key", up)
        p.cli("levels", "link", "Chính phủ", "--unit", "CP", "--remote", "CP")
        p.cli("levels", "link", "Chính phủ", "--unit", "UBND", "--remote", "BD")
        p.start()
        p.sign_in("admin", p.password)
        p.add_user("vanphong", "coordinator", "UBND")
        p.add_user("chuyenvien.snv", "unit_officer", "SNV")

    in_parallel(national, province)
    say(f"two deployments up: N {n.base} ({n_id[:8]}…), P {p.base} ({p_id[:8]}…), linked both ways")
    return n, p, {"n_id": n_id, "p_id": p_id, "up": up, "down": down}


def deliver_all(side, expect):
    """One `levels deliver`: every waiting message goes (the server's own worker may have sent some already).
    `expect` counts the task messages; the figures sent up by day (`figures.day`) go along and are checked apart."""
    tasks = "kind LIKE 'task.%'"

    def delivered_so_far():
        return side.query(f"SELECT count(*) FROM level_outbox WHERE state = 'delivered' AND {tasks}")[0][0]

    waiting = side.query(f"SELECT count(*) FROM level_outbox WHERE state = 'pending' AND {tasks}")[0][0]
    before = delivered_so_far() - (expect - waiting)
    delivered, refused, failed = side.deliver()
    check((refused, failed) == (0, 0), f"{side.name}: levels deliver sent {delivered}, refused {refused}, failed {failed}")
    left = side.query("SELECT count(*) FROM level_outbox WHERE state <> 'delivered'")[0][0]
    check(left == 0 and delivered_so_far() - before == expect,
          f"{side.name}: {delivered_so_far() - before} task messages delivered, {left} messages not; "
          f"expected {expect} delivered")


def step(side, user, task_id, action, **fields):
    return side.api(user, "POST", f"/api/v1/tasks/{task_id}/events", {"action": action, **fields})


def received(p, content):
    found = p.api("vanphong", "GET", "/api/v1/tasks?per=200")["items"]
    match = [t for t in found if t["content"] == content]
    check(len(match) == 1, f"P holds {len(match)} tasks «{content}», expected exactly one")
    return match[0]["id"]


def event_kinds(side, user, task_id):
    return [e["kind"] for e in side.api(user, "GET", f"/api/v1/tasks/{task_id}")["events"]]


# ---------------------------------------------------------------- a) the flow and the figures


def scenario(n, p):
    specs = [  # key, assigned offset, deadline offset (None: no deadline)
        ("delegated", -30, 10), ("extended", -25, -8), ("late", -20, -5), ("cancelled", -18, 3),
        ("no-deadline", -15, None), ("progress", -10, 30),
    ]
    facts = {}
    documents = {}
    for number, (key, assigned, deadline) in enumerate(specs, start=1):
        fact = Fact(key, day(assigned), weekday(day(deadline)) if deadline is not None else None)
        notation = f"{number}/NQ-CP"
        documents[key] = notation
        task = {"content": f"Nhiệm vụ liên thông «{key}»", "lead_unit": "BD"}
        if fact.deadline:
            task["deadline"] = vn(fact.deadline)
        created = n.api("vpcp", "POST", "/api/v1/documents", {
            "notation": notation, "issued_on": fact.assigned.isoformat(), "assigner": "CP",
            "assigned_on": fact.assigned.isoformat(), "summary": f"Văn bản giao nhiệm vụ {number}", "tasks": [task]})
        fact.id = created["task_ids"][0]
        stored = n.api("vpcp", "GET", f"/api/v1/tasks/{fact.id}")["task"]
        check(stored["assigned_on"] == fact.assigned.isoformat(),
              f"N stored assigned_on {stored['assigned_on']} for «{key}», the script sent {fact.assigned}")
        if fact.deadline and stored["deadline"] != fact.deadline.isoformat():
            # A holiday on a weekday: the app moved the deadline to the next working day (art. 148); keep its date.
            moved = dt.date.fromisoformat(stored["deadline"])
            check(fact.deadline < moved <= fact.deadline + dt.timedelta(days=10),
                  f"N stored deadline {stored['deadline']} for «{key}», the script sent {fact.deadline}")
            fact.deadline = moved
        facts[key] = fact
    deliver_all(n, len(specs))
    at_p = {key: received(p, f"Nhiệm vụ liên thông «{key}»") for key in facts}
    say(f"a) N assigned {len(specs)} tasks to BD; each arrived once at P as a task of UBND from CP")

    # Delegated: P splits it for SNV, SNV completes, P confirms the sub-task and reports the task completed today.
    step(p, "vanphong", at_p["delegated"], "delegate", note="Sở Nội vụ thực hiện", unit_id=unit_id(p, "SNV"),
         new_deadline=weekday(day(7)).isoformat())
    subs = [t for t in p.api("chuyenvien.snv", "GET", "/api/v1/tasks?per=200")["items"]
            if t["id"] != at_p["delegated"] and t["content"] == "Sở Nội vụ thực hiện"]
    check(len(subs) == 1, f"the SNV officer sees {len(subs)} sub-tasks, expected one")
    sub = subs[0]["id"]
    step(p, "chuyenvien.snv", sub, "report_completion", note="Sở đã hoàn thành", date=TODAY.isoformat())
    step(p, "vanphong", sub, "confirm_completion", note="Đạt")
    check(p.api("vanphong", "GET", f"/api/v1/tasks/{sub}")["task"]["status"] == "completed_on_time",
          "the department's sub-task is not completed on time at P")
    step(p, "vanphong", at_p["delegated"], "report_completion", note="Tỉnh đã hoàn thành", date=TODAY.isoformat())
    facts["delegated"].add("completion_reported", TODAY)
    # Extended: asked below, approved above (the decision goes down), then completed below before the new deadline.
    new_deadline = weekday(day(20))
    step(p, "vanphong", at_p["extended"], "request_extension", note="Chờ hướng dẫn của Bộ",
         new_deadline=new_deadline.isoformat())
    # Late: completed after its deadline.
    step(p, "vanphong", at_p["late"], "report_completion", note="Hoàn thành muộn", date=day(-2).isoformat())
    facts["late"].add("completion_reported", day(-2))
    step(p, "vanphong", at_p["progress"], "progress", note="Đang triển khai", percent=40)
    facts["progress"].add("progress_reported")
    deliver_all(p, 4)  # completion, extension request, completion, progress; the sub-task stays in the province
    check(not any(k == "delegated" for k in event_kinds(n, "vpcp", facts["delegated"].id)),
          "the province's delegation crossed to N (it is the province's own business)")
    facts["extended"].add("extension_requested")

    step(n, "lanhdao.vpcp", facts["extended"].id, "approve_extension", note="Đồng ý", new_deadline=new_deadline.isoformat())
    facts["extended"].add("extension_approved", new_deadline=new_deadline)
    for key in ("delegated", "late"):
        step(n, "vpcp", facts[key].id, "confirm_completion", note="Đạt")
        facts[key].add("completion_confirmed")
    step(n, "vpcp", facts["cancelled"].id, "cancel", note="Không còn phù hợp")
    facts["cancelled"].add("cancelled")
    deliver_all(n, 4)
    step(p, "vanphong", at_p["extended"], "report_completion", note="Xong trong hạn mới", date=day(-3).isoformat())
    facts["extended"].add("completion_reported", day(-3))
    deliver_all(p, 1)
    step(n, "vpcp", facts["extended"].id, "confirm_completion", note="Đạt")
    facts["extended"].add("completion_confirmed")
    deliver_all(n, 1)

    # Each side holds the steps of the other, as the same steps.
    expected_at_p = {"delegated": "completion_confirmed", "late": "completion_confirmed", "cancelled": "cancelled",
                     "extended": "completion_confirmed"}
    for key, kind in expected_at_p.items():
        check(kind in event_kinds(p, "vanphong", at_p[key]), f"P's «{key}» misses the decision {kind} taken at N")
    for key, fact in facts.items():
        kinds = event_kinds(n, "vpcp", fact.id)
        expected = ["assigned"] + [e[0] for e in fact.events]
        check(kinds == expected, f"N's «{key}» holds the steps {kinds}, the script took {expected}")
    check(p.api("vanphong", "GET", f"/api/v1/tasks/{at_p['cancelled']}")["task"]["status"] == "cancelled",
          "the task cancelled at N is not cancelled at P")
    say("a) delegated, completed below, confirmed; extended, completed late, cancelled: every step crossed once")
    compare_figures(n, list(facts.values()), documents, "a)")
    return facts, documents, at_p


def unit_id(side, code):
    units = side.api("admin", "GET", "/api/v1/units?per=100")
    units = units["items"] if isinstance(units, dict) else units
    return next(u["id"] for u in units if u["code"] == code)


def compare_figures(n, facts, documents, label):
    first = min(f.assigned for f in facts) - dt.timedelta(days=2)
    days = [first + dt.timedelta(days=i) for i in range((TODAY - first).days + 1)] + [day(1), day(15), day(45)]
    for d in days:
        want = oracle(facts, documents, d)
        for query in ("", "&lead_unit=BD", "&assigner=CP"):
            got = n.api("vpcp", "GET", f"/api/v1/stats/tasks?as_of={d.isoformat()}{query}")
            got_counts = {k: got.get(k) for k in want}
            if got_counts != want:
                detail = "; ".join(f"{f.key}: {f.bucket(d)}" for f in facts)
                fail(f"{label} N's figures as of {d}{query} are {got_counts}, the oracle says {want} ({detail})")
    say(f"{label} N's figures equal the oracle as of each of {len(days)} days ({days[0]} … {days[-1]}), "
        f"overall, for BD and for CP")


def compare_province_figures(n, p, facts):
    """The national view of the province (`/levels/figures`: only the figures P sent up by day, none of P's tasks)
    equals P's own statistics as of each day, after one more delivery round sends the days changed since."""
    p.deliver(now=True)
    first = min(f.assigned for f in facts) - dt.timedelta(days=2)
    days = [first + dt.timedelta(days=i) for i in range((TODAY - first).days + 1)] + [day(1), day(45)]
    keys = ("total", "completed_on_time", "completed_late", "pending_within_deadline", "pending_overdue",
            "pending_no_deadline")
    for d in days:
        own = p.api("vanphong", "GET", f"/api/v1/stats/tasks?as_of={d.isoformat()}")
        seen = n.api("lanhdao.vpcp", "GET", f"/api/v1/levels/figures?date={d.isoformat()}")["peers"]
        check(len(seen) == 1, f"N's figures list {len(seen)} deployments below, expected the province alone")
        want = {k: own.get(k) for k in keys}
        got = {k: seen[0].get(k) for k in keys}
        check(got == want, f"N's figures of the province as of {d} are {got}; the province's own are {want}")
    say(f"end: N's figures of the province (sent up by day) equal the province's own as of each of {len(days)} days")


# ---------------------------------------------------------------- b) the burst with kill -9


def burst(n, p, facts, documents):
    keys = [f"burst-{i}" for i in range(1, 5)]
    created = n.api("vpcp", "POST", "/api/v1/documents", {
        "notation": "99/NQ-CP", "issued_on": TODAY.isoformat(), "assigner": "CP", "assigned_on": TODAY.isoformat(),
        "summary": "Văn bản giao nhiệm vụ cho đợt báo cáo dồn dập",
        "tasks": [{"content": f"Nhiệm vụ liên thông «{k}»", "lead_unit": "BD", "deadline": vn(weekday(day(60)))}
                  for k in keys]})
    for key, task_id in zip(keys, created["task_ids"]):
        fact = Fact(key, TODAY, weekday(day(60)))
        fact.id = task_id
        facts[key] = fact
        documents[key] = "99/NQ-CP"
    deliver_all(n, len(keys))
    at_p = [received(p, f"Nhiệm vụ liên thông «{k}»") for k in keys]
    notes = [f"Báo cáo tiến độ số {i + 1:04d}" for i in range(BURST)]
    pending_before = p.query("SELECT count(*) FROM level_outbox WHERE state = 'pending'")[0][0]
    check(pending_before == 0, f"P's outbox holds {pending_before} waiting messages before the burst")

    writer_error = []

    def write():
        try:
            for i, note in enumerate(notes):
                step(p, "vanphong", at_p[i % len(at_p)], "progress", note=note, percent=min(100, i * 100 // BURST))
        except SystemExit:
            writer_error.append("a progress report was refused at P (see above)")
        except Exception as error:  # noqa: BLE001 — reported below, with the seed
            writer_error.append(repr(error))

    kills = []  # the number of steps N had received at each kill, and how many were waiting at P then
    killer_error = []

    def kill_at_random():
        """kill -9 at random moments while messages are on their way, whatever N is doing; restart after a while."""
        try:
            while len(kills) < MIN_KILLS or (writer.is_alive() and rng.random() < 0.5):
                time.sleep(rng.uniform(1.0, 5.0))
                waiting = p.query("SELECT count(*) FROM level_outbox WHERE state = 'pending'")[0][0]
                if waiting == 0 and writer.is_alive():
                    continue  # nothing on its way yet: a kill now would test nothing
                received_so_far = n.query("SELECT count(*) FROM level_receipts WHERE kind = 'task.step'")[0][0]
                n.kill9()
                kills.append((received_so_far, waiting))
                time.sleep(rng.uniform(0.3, 2.0))
                n.start()
        except SystemExit:
            killer_error.append("see above")
        except Exception as error:  # noqa: BLE001 — reported below, with the seed
            killer_error.append(repr(error))

    writer = threading.Thread(target=write, daemon=True)
    killer = threading.Thread(target=kill_at_random, daemon=True)
    writer.start()
    killer.start()
    rounds = failed_rounds = 0
    while True:
        delivered, refused, failed = p.deliver(now=True)
        rounds += 1
        if refused:
            fail(f"b) N refused messages during the burst: "
                 f"{p.query('SELECT seq, kind, last_error FROM level_outbox WHERE state = ?', 'refused')}")
        failed_rounds += failed > 0
        check(not killer_error, f"b) killing or restarting N failed: {killer_error}")
        if not writer.is_alive() and not killer.is_alive():
            if p.query("SELECT count(*) FROM level_outbox WHERE state = 'pending'")[0][0] == 0:
                break
        if failed:
            time.sleep(0.2)
        check(time.monotonic() - STARTED < 900, "b) the burst has not been delivered within 15 minutes")
    writer.join()
    killer.join()
    check(not writer_error, f"b) recording the progress reports at P failed: {writer_error}")
    check(not killer_error, f"b) killing or restarting N failed: {killer_error}")
    check(len(kills) >= MIN_KILLS, f"b) N was killed {len(kills)} times, expected at least {MIN_KILLS}")
    say(f"b) P recorded {BURST} progress reports; N killed with kill -9 {len(kills)} times (steps received, waiting "
        f"at P: {', '.join(f'{r}/{w}' for r, w in kills)}); {rounds} delivery rounds, {failed_rounds} met N down")

    # N holds each report exactly once, on the task it was written on, in order.
    seen = []
    for i, task_id in enumerate(created["task_ids"]):
        events = n.api("vpcp", "GET", f"/api/v1/tasks/{task_id}")["events"]
        mine = [e["note"] for e in events if e["kind"] == "progress_reported"]
        expected = notes[i::len(at_p)]
        if mine != expected:
            duplicates = sorted({x for x in mine if mine.count(x) > 1})[:5]
            missing = sorted(set(expected) - set(mine))[:5]
            fail(f"b) N's «{keys[i]}» holds {len(mine)} progress reports, expected {len(expected)} in order; "
                 f"twice: {duplicates}; missing: {missing}")
        seen += mine
    check(len(seen) == BURST == len(set(seen)), f"b) N holds {len(seen)} reports ({len(set(seen))} distinct)")
    steps_sent = p.query("SELECT count(*) FROM level_outbox WHERE kind = 'task.step' AND state = 'delivered'")[0][0]
    receipts = n.query("SELECT count(*) FROM level_receipts WHERE kind = 'task.step'")[0][0]
    check(steps_sent == receipts, f"b) P delivered {steps_sent} steps, N has {receipts} receipts")
    waiting = p.query("SELECT count(*) FROM level_outbox WHERE state <> 'delivered'")[0][0]
    check(waiting == 0, f"b) P's outbox still holds {waiting} messages not delivered")
    check("toàn vẹn" in n.cli("audit", "verify"), "b) N's audit chain does not verify after the kills")
    for key in keys:
        facts[key].add("progress_reported")
    say(f"b) N holds each of the {BURST} reports exactly once, in order; P's outbox is empty; N's audit chain verifies")


# ---------------------------------------------------------------- c) replayed, forged, stale


def envelope(keys, kind, object_id, body, key, sent_at=None, nonce=None):
    fields = {"origin": keys["p_id"], "kind": kind, "object_id": object_id, "version": 1,
              "sent_at": int(time.time()) if sent_at is None else sent_at, "nonce": nonce or secrets.token_hex(16),
              "body": body}
    text = "\n".join([fields["origin"], kind, object_id, "1", str(fields["sent_at"]), fields["nonce"], body])
    fields["signature"] = base64.b64encode(hmac.new(key.encode(), text.encode(), hashlib.sha256).digest()).decode()
    return json.dumps(fields).encode()


def refusals(n, p, keys, facts):
    def post(raw):
        return n.request("POST", "/api/v1/levels/inbox", raw=raw)

    def code(answer):
        return (answer or {}).get("error", {}).get("code") if isinstance(answer, dict) else answer

    def progress_count():
        return n.query("SELECT count(*) FROM task_events WHERE kind = 'progress_reported'")[0][0]

    kind, object_id, body = p.query(
        "SELECT kind, object_id, body FROM level_outbox WHERE kind = 'task.step' AND state = 'delivered' "
        "ORDER BY seq DESC LIMIT 1")[0]
    before = progress_count()
    again = envelope(keys, kind, object_id, body, keys["up"])
    status, answer = post(again)
    check(status == 200 and answer == {"status": "duplicate"},
          f"c) a fact already stored, sent again with a fresh nonce: {status} {answer}, expected 200 duplicate")
    status, answer = post(again)
    check((status, code(answer)) == (409, "replayed"), f"c) the same envelope replayed: {status} {answer}")

    fact = facts["progress"]
    new = json.dumps({"task_ref": fact.id, "action": "progress", "note": "Báo cáo giả mạo", "percent": 99,
                      "actor_name": "Không rõ"}, ensure_ascii=False, sort_keys=True)
    new_id = str(uuid.uuid4())
    status, answer = post(envelope(keys, "task.step", new_id, new, "khoa-gia-mao-" + secrets.token_hex(16)))
    check((status, code(answer)) == (401, "bad_signature"), f"c) an envelope signed with another key: {status} {answer}")
    status, answer = post(envelope(keys, "task.step", new_id, new, keys["down"]))
    check((status, code(answer)) == (401, "bad_signature"),
          f"c) an envelope signed with the key of the other direction: {status} {answer}")
    status, answer = post(envelope(keys, "task.step", new_id, new, keys["up"], sent_at=int(time.time()) - 3600))
    check((status, code(answer)) == (409, "stale"), f"c) an envelope sent an hour ago: {status} {answer}")
    check(progress_count() == before, "c) a refused envelope was applied at N")
    # The same fact signed with the agreed key, now, is accepted once: the refusals were about the envelope.
    genuine = envelope(keys, "task.step", new_id, new, keys["up"])
    status, answer = post(genuine)
    check(status == 200 and answer == {"status": "applied"}, f"c) the genuine envelope: {status} {answer}")
    status, answer = post(genuine)
    check((status, code(answer)) == (409, "replayed"), f"c) the genuine envelope replayed: {status} {answer}")
    check(progress_count() == before + 1, "c) the genuine envelope was not applied exactly once")
    audited = n.query("SELECT count(*) FROM audit_entries WHERE action = 'level_refused_in'")[0][0]
    check(audited >= 5, f"c) N audited {audited} refused envelopes, expected at least 5")
    fact.add("progress_reported")
    say("c) replayed → 409 replayed, another key → 401 bad_signature, an hour old → 409 stale; none applied, "
        "each audited; the genuine envelope applied once")


def main():
    say(f"seed {SEED}; binary {BIN}; today {TODAY} (Asia/Ho_Chi_Minh)")
    n, p, keys = set_up()
    try:
        facts, documents, _ = scenario(n, p)
        burst(n, p, facts, documents)
        refusals(n, p, keys, facts)
        compare_figures(n, list(facts.values()), documents, "end:")
        compare_province_figures(n, p, list(facts.values()))
        check(dt.datetime.now(VN).date() == TODAY, "the run crossed midnight in Vietnam: run it again")
    finally:
        for side in (n, p):
            side.stop()
    say("passed")


if __name__ == "__main__":
    main()
