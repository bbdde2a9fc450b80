#!/usr/bin/env python3
"""REST clients for Copydesk's fault and load benchmarks (standard library only).

  token   BASE                                create an API token for editor, print it (export COPYDESK_TOKEN)
  import  BASE PARAGRAPHS                     import a fresh article, print its id
  saves   BASE ARTICLE THREADS ACKS           save in a loop until the server goes away; every 200 is appended
                                              to ACKS (one JSON line, flushed) before the next save
  check   BASE ARTICLE ACKS                   every acknowledged save is its revision; every paragraph's text is
                                              its newest revision's text; revision numbers have no gaps
  review  BASE ARTICLE THREADS ACKS          editors save and submit, reviewers (COPYDESK_REVIEWER_TOKEN) approve or
                                              send back, on the same paragraphs, until the server goes away; every
                                              acknowledged step is appended to ACKS (kind, paragraph, revision, text)
  exports BASE ARTICLE THREADS ACKS          single exports and streamed ZIP batches in a loop until the server goes
                                              away; appends "export-started" before and "export" once a file or a
                                              whole ZIP (checked) has arrived
  check-review BASE ARTICLE ACKS             every acknowledged step is recorded (audit entry in its transaction);
                                              a paragraph shown approved is approved at its revision; export audit
                                              entries lie between completed and started exports
  probe   BASE SECONDS                        one GET and one PUT every 100 ms; prints status counts and the
                                              longest answer (for the database-down window)
  load    BASE ARTICLE EDITORS SECONDS        editors each save their own paragraphs and read the article and
                                              the history; prints p50/p95/p99 per operation, throughput, errors
"""
import base64
import http.client
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request

BASIC = "Basic " + base64.b64encode(b"editor:editor").decode()
# An API token (COPYDESK_TOKEN, or one created at the first call): HTTP Basic would cost a bcrypt hash per request.
AUTH = ("Bearer " + os.environ["COPYDESK_TOKEN"]) if os.environ.get("COPYDESK_TOKEN") else None


def authorization(base):
    global AUTH
    if AUTH is None:
        AUTH = BASIC
        status, _, body = call(base, "POST", "/api/v1/tokens", {"name": "benchmark %d" % time.time_ns()})
        assert status == 201, (status, body[:300])
        AUTH = "Bearer " + json.loads(body)["token"]
    return AUTH


def call(base, method, path, body=None, content_type="application/json", timeout=30, auth=None):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", auth or AUTH or authorization(base))
    if data is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def letters(n):
    """n written with letters: a review step's text must carry no number the source lacks, or QA holds it back."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[r]
        if n == 0:
            return out


def import_article(base, paragraphs):
    text = "Fault run %d\n\nBy Jane Reporter\n\n" % time.time_ns()
    text += "".join("Paragraph %d before the run.\n\n" % i for i in range(1, paragraphs + 1))
    status, _, body = call(base, "POST", "/api/v1/articles", text.encode(), "text/plain")
    assert status == 201, (status, body[:300])
    return json.loads(body)["id"]


def article(base, article_id):
    status, _, body = call(base, "GET", "/api/v1/articles/%d" % article_id)
    assert status == 200, (status, body[:300])
    return json.loads(body)


def body_paragraphs(detail):
    return [p for p in detail["paragraphs"] if p["kind"] == "body"]


def run_all(workers):
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def saves(base, article_id, threads, acks_path):
    paragraphs = body_paragraphs(article(base, article_id))
    lock = threading.Lock()
    acks = open(acks_path, "a", buffering=1)
    counts = {"acknowledged": 0, "other": 0}

    def editor(index):
        mine = paragraphs[index::threads]
        known = {p["id"]: p["revision"] for p in mine}
        n = 0
        while True:
            p = mine[n % len(mine)]["id"]
            n += 1
            text = "Editor %d save %d at %d." % (index, n, time.time_ns())
            try:
                status, _, body = call(base, "PUT", "/api/v1/paragraphs/%d" % p,
                                       {"text": text, "baseRevision": known[p]}, timeout=10)
            except (OSError, http.client.HTTPException):
                return  # the server went away (an answer cut off mid-way included)
            if status == 200:
                revision = json.loads(body)["revision"]
                known[p] = revision
                with lock:
                    acks.write(json.dumps({"paragraph": p, "revision": revision, "text": text}) + "\n")
                    acks.flush()
                    counts["acknowledged"] += 1
            else:
                with lock:
                    counts["other"] += 1
                if status == 409:
                    known[p] = json.loads(body)["currentRevision"]
                else:
                    time.sleep(0.1)

    workers = [threading.Thread(target=editor, args=(i,), daemon=True) for i in range(threads)]
    run_all(workers)
    print(json.dumps(counts))


def check(base, article_id, acks_path):
    acks = [json.loads(line) for line in open(acks_path) if line.strip()]
    problems = []
    histories = {}
    for p in article(base, article_id)["paragraphs"]:
        status, _, body = call(base, "GET", "/api/v1/paragraphs/%d/revisions" % p["id"])
        history = json.loads(body)
        histories[p["id"]] = {r["number"]: r["text"] for r in history}
        numbers = sorted(histories[p["id"]])
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append("paragraph %d: revision numbers %s have a gap" % (p["id"], numbers))
        if p["revision"] != numbers[-1]:
            problems.append("paragraph %d shows revision %d, newest is %d" % (p["id"], p["revision"], numbers[-1]))
        if histories[p["id"]].get(p["revision"]) != p["correctedText"]:
            problems.append("paragraph %d shows text that is not its revision %d" % (p["id"], p["revision"]))
    lost = [a for a in acks if histories.get(a["paragraph"], {}).get(a["revision"]) != a["text"]]
    problems += ["acknowledged save lost: %s" % a for a in lost[:10]]
    revisions = sum(len(h) - 1 for h in histories.values())
    print(json.dumps({"acknowledged": len(acks), "lost": len(lost), "edit_revisions": revisions,
                      "paragraphs": len(histories), "problems": len(problems)}))
    for problem in problems[:20]:
        print("  " + problem)
    return 1 if problems else 0


REVIEWER = ("Bearer " + os.environ["COPYDESK_REVIEWER_TOKEN"]) if os.environ.get("COPYDESK_REVIEWER_TOKEN") else None
ADMIN = "Basic " + base64.b64encode(b"admin:admin").decode()


def gone(error):
    """Nobody listens any more (the process was killed): stop. Anything else (a cut-off answer) is tried again."""
    if isinstance(getattr(error, "reason", error), ConnectionRefusedError):
        return True
    time.sleep(0.1)
    return False


def review(base, article_id, threads, acks_path):
    """Editors save and submit; reviewers approve, or one time in four send back, so the paragraphs keep moving."""
    paragraphs = [p["id"] for p in body_paragraphs(article(base, article_id))]
    lock = threading.Lock()
    acks = open(acks_path, "a", buffering=1)
    counts = {}

    def ack(kind, paragraph, status, body):
        with lock:
            counts["%s %s" % (kind, status)] = counts.get("%s %s" % (kind, status), 0) + 1
            if status == 200:
                answer = json.loads(body)
                acks.write(json.dumps({"kind": kind, "paragraph": paragraph, "revision": answer["revision"],
                                       "text": answer["correctedText"]}) + "\n")
                acks.flush()

    def editor(index):
        known, n = {}, 0
        while True:
            p = paragraphs[(index + n) % len(paragraphs)]
            n += 1
            try:
                status, _, body = call(base, "PUT", "/api/v1/paragraphs/%d" % p, {
                    "text": "Editor %s step %s at %s." % (letters(index), letters(n), letters(time.time_ns())),
                    "baseRevision": known.get(p, 1)}, timeout=10)
                ack("save", p, status, body)
                if status == 200:
                    known[p] = json.loads(body)["revision"]
                    status, _, body = call(base, "POST", "/api/v1/paragraphs/%d/submit" % p, timeout=10)
                    ack("submit", p, status, body)
                elif status == 409:
                    known[p] = json.loads(body)["currentRevision"]
                else:
                    time.sleep(0.05)
            except (OSError, http.client.HTTPException) as error:
                if gone(error):
                    return

    def reviewer(index):
        n = 0
        while True:
            p = paragraphs[(index * 3 + n) % len(paragraphs)]
            n += 1
            try:
                if n % 4 == 0:
                    status, _, body = call(base, "POST", "/api/v1/paragraphs/%d/request-changes" % p,
                                           {"reason": "style", "comment": "Round %d." % n}, timeout=10, auth=REVIEWER)
                    ack("request-changes", p, status, body)
                else:
                    status, _, body = call(base, "POST", "/api/v1/paragraphs/%d/approve" % p, timeout=10,
                                           auth=REVIEWER)
                    ack("approve", p, status, body)
                if status != 200:
                    time.sleep(0.05)
            except (OSError, http.client.HTTPException) as error:
                if gone(error):
                    return

    workers = [threading.Thread(target=editor, args=(i,), daemon=True) for i in range(threads)]
    workers += [threading.Thread(target=reviewer, args=(i,), daemon=True) for i in range(threads)]
    run_all(workers)
    print(json.dumps(counts, sort_keys=True))


def read_all(response):
    chunks = []
    while True:
        chunk = response.read(65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def exports(base, article_id, threads, acks_path):
    """Single files and streamed ZIPs of the article; an export counts once every byte arrived (a ZIP: readable)."""
    import io
    import zipfile
    lock = threading.Lock()
    acks = open(acks_path, "a", buffering=1)
    counts = {"started": 0, "completed": 0}

    def note(record):
        with lock:
            acks.write(json.dumps(record) + "\n")
            acks.flush()
            counts["completed" if record["kind"] == "export" else "started"] += 1

    def exporter(index):
        n = 0
        while True:
            n += 1
            batch = n % 2 == 0
            formats = ["xliff", "redline-html", "redline-docx"] if batch else [["tmx", "redline-docx", "xliff"][n % 3]]
            note({"kind": "export-started", "formats": formats})
            try:
                if batch:
                    request = urllib.request.Request(base + "/api/v1/exports", method="POST", data=json.dumps(
                        {"ids": [article_id], "formats": formats}).encode())
                    request.add_header("Content-Type", "application/json")
                else:
                    request = urllib.request.Request(
                        base + "/api/v1/articles/%d/export?format=%s" % (article_id, formats[0]))
                request.add_header("Authorization", AUTH)
                with urllib.request.urlopen(request, timeout=30) as response:
                    content = read_all(response)
                if batch:
                    with zipfile.ZipFile(io.BytesIO(content)) as z:
                        if z.testzip() is not None or "manifest.csv" not in z.namelist():
                            continue
                note({"kind": "export", "formats": formats, "bytes": len(content)})
            except urllib.error.HTTPError:
                time.sleep(0.1)
            except (zipfile.BadZipFile, http.client.HTTPException, OSError) as error:
                if gone(error):
                    return

    workers = [threading.Thread(target=exporter, args=(i,), daemon=True) for i in range(threads)]
    run_all(workers)
    print(json.dumps(counts))


def audit(base, action):
    entries, page = [], 0
    while True:
        status, _, body = call(base, "GET", "/api/v1/audit?action=%s&size=1000&page=%d" % (action, page),
                               auth=ADMIN)
        assert status == 200, (status, body[:300])
        answer = json.loads(body)
        entries += answer["content"]
        page += 1
        if page >= answer["page"]["totalPages"]:
            return entries


def check_review(base, article_id, acks_path, exports_acks_path=None, exports_article=None):
    acks = [json.loads(line) for line in open(acks_path) if line.strip()]
    detail = article(base, article_id)
    shown = {p["id"]: p for p in detail["paragraphs"]}
    histories = {}
    for p in shown:
        _, _, body = call(base, "GET", "/api/v1/paragraphs/%d/revisions" % p)
        histories[p] = {r["number"]: r["text"] for r in json.loads(body)}
    recorded = {}  # (action, paragraph) -> [(audit id, revision)]
    for action in ("paragraph_submitted", "paragraph_approved", "changes_requested"):
        for e in audit(base, action):
            if e["target"].startswith("article %d paragraph " % article_id):
                p = int(e["target"].rsplit(" ", 1)[1])
                recorded.setdefault((action, p), []).append((e["id"], int(e["details"].split()[1])))
    problems = []
    kinds = {"submit": "paragraph_submitted", "approve": "paragraph_approved",
             "request-changes": "changes_requested"}
    for a in acks:
        p, r = a["paragraph"], a["revision"]
        if histories.get(p, {}).get(r) != a["text"]:
            problems.append("acknowledged %s answered with a text that is not revision %d: %s" % (a["kind"], r, a))
        if a["kind"] in kinds and r not in [rev for _, rev in recorded.get((kinds[a["kind"]], p), [])]:
            problems.append("acknowledged %s is not recorded: %s" % (a["kind"], a))
    for p, row in shown.items():
        if row["status"] == "approved":
            steps = sorted(recorded.get(("paragraph_approved", p), []) + recorded.get(("changes_requested", p), [])
                           + recorded.get(("paragraph_submitted", p), []))
            approvals = recorded.get(("paragraph_approved", p), [])
            if not steps or steps[-1] not in approvals or steps[-1][1] != row["revision"]:
                problems.append("paragraph %d shows approved at revision %d without that approval as its last step"
                                % (p, row["revision"]))
        if histories[p].get(row["revision"]) != row["correctedText"]:
            problems.append("paragraph %d shows text that is not its revision %d" % (p, row["revision"]))
    approved = {(a["paragraph"], a["revision"]) for a in acks if a["kind"] == "approve"}
    still = 0
    for p, r in approved:
        if shown[p]["status"] == "approved" and shown[p]["revision"] == r:
            still += 1
            continue
        approval = max(i for i, rev in recorded.get(("paragraph_approved", p), [(0, r)]) if rev == r)
        later = [i for i, _ in recorded.get(("changes_requested", p), []) if i > approval]
        if not later and max(histories[p]) <= r:
            problems.append("paragraph %d approved at revision %d (acknowledged) shows %s at %d with no later step"
                            % (p, r, shown[p]["status"], shown[p]["revision"]))
    result = {"acknowledged": len(acks), "approvals": len(approved), "still_shown_approved": still,
              "problems": len(problems)}
    if exports_acks_path:
        records = [json.loads(line) for line in open(exports_acks_path) if line.strip()]
        started = sum(len(r["formats"]) for r in records if r["kind"] == "export-started")
        completed = sum(len(r["formats"]) for r in records if r["kind"] == "export")
        entries = [e for e in audit(base, "article_exported") if e["target"] == "article %d" % exports_article]
        whole = [e for e in entries if e["details"].split()[0] in ("tmx", "xliff", "redline-html", "redline-docx")]
        result.update({"export_files_started": started, "export_files_completed": completed,
                       "export_audit_entries": len(entries)})
        if len(whole) != len(entries) or not completed <= len(entries) <= started:
            problems.append("export audit entries %d (%d whole) outside [completed %d, started %d]"
                            % (len(entries), len(whole), completed, started))
        result["problems"] = len(problems)
    print(json.dumps(result))
    for problem in problems[:20]:
        print("  " + problem)
    return 1 if problems else 0


def probe(base, seconds, article_id=None):
    counts, slowest, samples = {}, 0.0, []
    end = time.time() + seconds
    while time.time() < end:
        for method, path in (("GET", "/api/v1/articles?size=5"),):
            t0 = time.time()
            try:
                status, ctype, body = call(base, method, path, timeout=15)
                key = "%d %s" % (status, ctype.split(";")[0])
                if status >= 500 and b"Exception" in body:
                    key += " WITH STACK TRACE"
            except (OSError, http.client.HTTPException) as error:
                key = "no answer (%s)" % type(error).__name__
            took = time.time() - t0
            slowest = max(slowest, took)
            counts[key] = counts.get(key, 0) + 1
            samples.append((round(t0, 2), key, round(took, 3)))
        time.sleep(0.1)
    print(json.dumps({"answers": counts, "slowest_s": round(slowest, 2)}))
    return samples


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def load(base, article_id, editors, seconds):
    paragraphs = body_paragraphs(article(base, article_id))
    lock = threading.Lock()
    latencies = {"save": [], "read article": [], "read history": []}
    statuses = {}
    end = time.time() + seconds

    def editor(index):
        mine = paragraphs[index::editors] or [paragraphs[index % len(paragraphs)]]
        known = {p["id"]: p["revision"] for p in mine}
        n = 0
        while time.time() < end:
            p = mine[n % len(mine)]["id"]
            n += 1
            for op, method, path, body in (
                    ("save", "PUT", "/api/v1/paragraphs/%d" % p,
                     {"text": "Editor %d save %d." % (index, n), "baseRevision": known[p]}),
                    ("read article", "GET", "/api/v1/articles/%d" % article_id, None),
                    ("read history", "GET", "/api/v1/paragraphs/%d/revisions" % p, None)):
                t0 = time.perf_counter()
                try:
                    status, _, answer = call(base, method, path, body, timeout=60)
                except (OSError, http.client.HTTPException) as error:
                    status, answer = type(error).__name__, b""
                took = time.perf_counter() - t0
                if op == "save" and status == 200:
                    known[p] = json.loads(answer)["revision"]
                elif op == "save" and status == 409:
                    known[p] = json.loads(answer)["currentRevision"]
                with lock:
                    latencies[op].append(took)
                    statuses[str(status)] = statuses.get(str(status), 0) + 1

    started = time.time()
    workers = [threading.Thread(target=editor, args=(i,), daemon=True) for i in range(editors)]
    run_all(workers)
    elapsed = time.time() - started
    total = sum(len(v) for v in latencies.values())
    errors = sum(c for s, c in statuses.items() if s not in ("200",))
    print("| operation | requests | p50 ms | p95 ms | p99 ms |")
    print("|---|---|---|---|---|")
    for op, values in latencies.items():
        print("| %s | %d | %.0f | %.0f | %.0f |" % (op, len(values), 1000 * percentile(values, .5),
                                                    1000 * percentile(values, .95), 1000 * percentile(values, .99)))
    every = [v for values in latencies.values() for v in values]
    print("| all | %d | %.0f | %.0f | %.0f |" % (total, 1000 * percentile(every, .5), 1000 * percentile(every, .95),
                                                 1000 * percentile(every, .99)))
    print("throughput %.1f requests/s (%.1f saves/s) over %.0f s with %d editors; statuses %s; errors %d"
          % (total / elapsed, len(latencies["save"]) / elapsed, elapsed, editors, json.dumps(statuses), errors))
    return 1 if errors else 0


if __name__ == "__main__":
    command, base = sys.argv[1], sys.argv[2].rstrip("/")
    if command == "token" and len(sys.argv) > 3:
        AUTH = "Basic " + base64.b64encode(("%s:%s" % (sys.argv[3], sys.argv[3])).encode()).decode()
        status, _, body = call(base, "POST", "/api/v1/tokens", {"name": "benchmark %d" % time.time_ns()})
        assert status == 201, (status, body[:300])
        print(json.loads(body)["token"])
    elif command == "token":
        print(authorization(base)[len("Bearer "):])
    elif command == "import":
        print(import_article(base, int(sys.argv[3])))
    elif command == "saves":
        saves(base, int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    elif command == "review":
        review(base, int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    elif command == "exports":
        exports(base, int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    elif command == "check-review":
        sys.exit(check_review(base, int(sys.argv[3]), sys.argv[4], *(sys.argv[5:6] + [int(a) for a in sys.argv[6:7]])))
    elif command == "check":
        sys.exit(check(base, int(sys.argv[3]), sys.argv[4]))
    elif command == "probe":
        probe(base, float(sys.argv[3]))
    elif command == "load":
        sys.exit(load(base, int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])))
    else:
        sys.exit(__doc__)
