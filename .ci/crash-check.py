#!/usr/bin/env python3
"""Nothing acknowledged is lost on a crash: issue tickets concurrently against the embedded-H2 backend,
kill -9 it mid-load, restart it on the same data and check that every ticket the API acknowledged (201)
still exists with its number, and that numbering goes on without a duplicate.

    python3 .ci/crash-check.py backend/target/quarkus-app/quarkus-run.jar

CRASH_JAVA_OPTS (space-separated) are the backend's JVM options, e.g. -XX:+UseShenandoahGC, the collector the
README recommends with the embedded database.
"""
import base64
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

JAR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "backend/target/quarkus-app/quarkus-run.jar")
PORT = int(os.environ.get("CRASH_PORT", "18181"))
JAVA_OPTS = os.environ.get("CRASH_JAVA_OPTS", "").split()
BASE = f"http://127.0.0.1:{PORT}"
CENTER = "HCC-DEMO"
KIOSK = {"Authorization": "Bearer demo-kiosk-1"}
SUPERVISOR = {"Authorization": "Basic " + base64.b64encode(b"supervisor:demo").decode()}


def request(method, path, body=None, headers=None, timeout=10):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    with urllib.request.urlopen(req, timeout=timeout) as r:
        raw = r.read()
        return r.status, json.loads(raw) if raw else None


def start(workdir):
    log = open(os.path.join(workdir, "backend.log"), "ab")
    # eight threads share the demo kiosk's token and the check reads every ticket back from one address:
    # the per-device and per-address limits are lifted for this check
    proc = subprocess.Popen(["java", *JAVA_OPTS, "-Dquarkus.profile=demo", f"-Dquarkus.http.port={PORT}",
                             "-Dmotcua.rate-limit.device.per-second=0", "-Dmotcua.rate-limit.public.per-second=0",
                             "-jar", JAR],
                            cwd=workdir, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            if request("GET", "/q/health/ready")[0] == 200:
                return proc
        except (OSError, urllib.error.HTTPError):
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.3)
    proc.kill()
    sys.exit("backend did not start; see " + os.path.join(workdir, "backend.log"))


def main():
    workdir = tempfile.mkdtemp(prefix="motcua-crash-")
    proc = start(workdir)
    acked = {}
    lock = threading.Lock()
    stop = threading.Event()

    def kiosk(n):
        i = 0
        while not stop.is_set():
            i += 1
            try:
                st, t = request("POST", f"/api/centers/{CENTER}/tickets", {"service": "DD"},
                                dict(KIOSK, **{"Idempotency-Key": f"crash-{n}-{i}"}))
                if st == 201:
                    with lock:
                        acked[t["id"]] = t["number"]
            except (OSError, urllib.error.HTTPError, ValueError):
                pass  # the kill cuts requests in flight: those were never acknowledged

    threads = [threading.Thread(target=kiosk, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    time.sleep(4)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stop.set()
    for t in threads:
        t.join()
    print(f"killed the backend with SIGKILL after {len(acked)} acknowledged tickets")

    proc = start(workdir)
    passed, failed = 0, 0
    try:
        for ticket_id, number in acked.items():
            try:
                st, t = request("GET", f"/api/tickets/{ticket_id}")
                ok = st == 200 and t["number"] == number
            except urllib.error.HTTPError as e:
                if e.code != 404:
                    raise  # not a lost ticket but a failing check: say so instead of counting it as lost
                ok = False
            if ok:
                passed += 1
            else:
                failed += 1
                print(f"LOST: ticket {number} ({ticket_id}) was acknowledged but is gone")
        st, after = request("POST", f"/api/centers/{CENTER}/tickets", {"service": "DD"}, KIOSK)
        numbers = set(acked.values())
        if st == 201 and after["number"] not in numbers:
            passed += 1
        else:
            failed += 1
            print(f"DUPLICATE: after the restart the next number {after['number']} was given before")
        st, stored = request("GET", f"/api/centers/{CENTER}/tickets?service=DD", headers=SUPERVISOR)
        listed = [t["number"] for t in stored]
        if len(listed) == len(set(listed)):
            passed += 1
        else:
            failed += 1
            print("DUPLICATE numbers in the stored tickets")
    finally:
        proc.kill()
        proc.wait()
    print(f"crash-check: {passed} passed, {failed} failed")
    sys.exit(1 if failed or not acked else 0)


if __name__ == "__main__":
    main()
