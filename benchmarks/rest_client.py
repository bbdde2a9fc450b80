#!/usr/bin/env python3
"""REST clients for Copydesk's fault and load benchmarks (standard library only).

  token   BASE                                create an API token for editor, print it (export COPYDESK_TOKEN)
  import  BASE PARAGRAPHS                     import a fresh article, print its id
  saves   BASE ARTICLE THREADS ACKS           save in a loop until the server goes away; every 200 is appended
                                              to ACKS (one JSON line, flushed) before the next save
  check   BASE ARTICLE ACKS                   every acknowledged save is its revision; every paragraph's text is
                                              its newest revision's text; revision numbers have no gaps
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


def call(base, method, path, body=None, content_type="application/json", timeout=30):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", AUTH or authorization(base))
    if data is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


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
    for w in workers:
        w.start()
    for w in workers:
        w.join()
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
    for w in workers:
        w.start()
    for w in workers:
        w.join()
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
    if command == "token":
        print(authorization(base)[len("Bearer "):])
    elif command == "import":
        print(import_article(base, int(sys.argv[3])))
    elif command == "saves":
        saves(base, int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    elif command == "check":
        sys.exit(check(base, int(sys.argv[3]), sys.argv[4]))
    elif command == "probe":
        probe(base, float(sys.argv[3]))
    elif command == "load":
        sys.exit(load(base, int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])))
    else:
        sys.exit(__doc__)
