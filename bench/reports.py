#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reports benchmark (issue 14 #7), run by `bench/run reports` or alone:

    bench/reports.py [--build build-bench] [--years 1,10] [--per-day 150] [--watchers 1000]

For each size: a demo spa-server is started once (migrations, demo venue) and stopped, its
database gets YEARS of history (bench/seed_reports.py: PER_DAY visits a day, each day closed), the
server is started again (summing the closed days once), WATCHERS monitors connect (spa-loadgen --scenario connect, kept connected), and
a one-month, a one-year and (when seeded) a ten-year GET /api/reports are timed, each 5 times.
Meanwhile /health is asked every 20 ms: its answer time is how long the event loop kept a
request waiting (the event loop's lag as a client sees it), and its event_loop_lag_ms is the
server's own 100 ms timer measure. Prints a table and one JSON line per size.
"""
import argparse
import datetime
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def get(url, token=None, timeout=60):
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=timeout) as r:
        body = r.read()
    return (time.perf_counter() - t) * 1000, body


def start(build, data, port):
    cmd = [os.path.join(build, "server/spa-server"), "--demo", "--listen", "127.0.0.1", "--port", str(port),
           "--data-dir", data, "--max-connections-per-address", "0", "--max-commands-per-second", "0"]
    log = open(os.path.join(data, "server.log"), "ab")
    p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    # Long enough for a first start over ten seeded years, which sums the closed days.
    for _ in range(3000):
        try:
            get(f"http://127.0.0.1:{port}/health", timeout=2)
            return p
        except Exception:
            time.sleep(0.1)
    raise RuntimeError("spa-server did not start")


def stop(p):
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(timeout=15)
    except subprocess.TimeoutExpired:
        p.kill()


def pct(values, q):
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(round(q / 100 * len(v) + 0.5)) - 1))] if v else 0


def run_size(args, years):
    data = tempfile.mkdtemp(prefix="spa-bench-reports-")
    port = free_port()
    server = watchers = None
    try:
        stop(start(args.build, data, port))
        t = time.time()
        seeded = subprocess.run([sys.executable, os.path.join(ROOT, "bench/seed_reports.py"), os.path.join(data, "spa.db"),
                                 str(int(years * 365)), str(args.per_day)], capture_output=True, text=True, check=True)
        print(f"  {seeded.stdout.strip()} in {time.time() - t:.0f} s", flush=True)
        t = time.time()
        server = start(args.build, data, port)
        print(f"  server up in {time.time() - t:.1f} s (closed days summed at start)", flush=True)
        base = f"http://127.0.0.1:{port}"
        login = urllib.request.Request(base + "/api/login", data=b'{"username":"admin","password":"admin"}', method="POST")
        token = json.loads(urllib.request.urlopen(login).read())["token"]
        if args.watchers > 0:
            watchers = subprocess.Popen([os.path.join(args.build, "bench/loadgen/spa-loadgen"), "--port", str(port),
                                         "--pid", str(server.pid), "--kind", "spa", "--scenario", "connect",
                                         "--connections", str(args.watchers), "--settle", "600", "--events", "0",
                                         "--token-file", os.path.join(data, "demo-kiosk.token")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            deadline = time.time() + 60
            while time.time() < deadline:
                h = json.loads(get(base + "/health")[1])
                if h.get("connections", 0) >= args.watchers:
                    break
                time.sleep(0.5)
        # The server's own lag measure is a decaying maximum: let the ramp's spike fade first.
        time.sleep(6)
        # /health every 20 ms while the reports run.
        lag, own, stop_probe = [], [], threading.Event()

        def probe():
            while not stop_probe.is_set():
                try:
                    ms, body = get(base + "/health")
                except Exception:
                    continue  # counted as nothing; the table says how many probes answered
                lag.append(ms)
                own.append(float(json.loads(body).get("event_loop_lag_ms", 0)))
                time.sleep(0.02)
        th = threading.Thread(target=probe)
        th.start()
        today = datetime.date.today()
        # The longest range the API takes is ten years less a day (docs/api.md).
        spans = [("one month", 30), ("one year", 365)] + ([("ten years", 3651)] if years >= 10 else [])
        rows = []
        for name, days in spans:
            frm = (today - datetime.timedelta(days=days)).isoformat()
            times = []
            for _ in range(args.repeat):
                ms, body = get(f"{base}/api/reports?from={frm}&to={today.isoformat()}", token, timeout=120)
                times.append(ms)
            r = json.loads(body)
            rows.append({"span": name, "days": days, "visits": r["visits"]["total"], "median_ms": round(pct(times, 50), 1),
                         "max_ms": round(max(times), 1)})
        stop_probe.set()
        th.join()
        if watchers:
            watchers.send_signal(signal.SIGTERM)
            try:
                watchers.wait(timeout=10)
            except subprocess.TimeoutExpired:
                watchers.kill()
        stop(server)
        return {"years": years, "per_day": args.per_day, "watchers": args.watchers, "reports": rows,
                "health_ms_p50": round(pct(lag, 50), 1), "health_ms_p99": round(pct(lag, 99), 1),
                "health_ms_max": round(max(lag), 1) if lag else 0, "probes": len(lag),
                "lag_ms_max": round(max(own), 1) if own else 0,
                "loadavg": open("/proc/loadavg").read().split()[0]}
    finally:
        if watchers and watchers.poll() is None:
            watchers.kill()
        if server and server.poll() is None:
            stop(server)
        shutil.rmtree(data, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    ap.add_argument("--years", default="1,10")
    ap.add_argument("--per-day", type=int, default=150)
    ap.add_argument("--watchers", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    for years in [float(y) for y in args.years.split(",")]:
        print(f"reports: {years:g} year(s) of {args.per_day} visits a day, {args.watchers} watchers", flush=True)
        res = run_size(args, years)
        print(f"  {'span':10} {'visits':>8} {'median ms':>10} {'max ms':>8}")
        for r in res["reports"]:
            print(f"  {r['span']:10} {r['visits']:>8} {r['median_ms']:>10} {r['max_ms']:>8}")
        print(f"  /health while they ran ({res['probes']} probes): p50 {res['health_ms_p50']} ms, "
              f"p99 {res['health_ms_p99']} ms, max {res['health_ms_max']} ms; server's own lag max {res['lag_ms_max']} ms")
        print(json.dumps(res), flush=True)


if __name__ == "__main__":
    main()
