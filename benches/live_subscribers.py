#!/usr/bin/env python3
"""Live subscribers against a running plenum, from a process of their own.

`plenum bench` runs its subscribers in the server's own process, where two
file descriptors per subscriber meet the per-process limit and the memory
of both ends is counted together. This script holds N live streams
(`/live/assemblies/{id}`) from its own process, then makes one change (the
chair checks an organisation in) and measures the time until the last
stream has the new snapshot, and the server's memory with all of them
open (VmRSS and VmHWM of the server's pid). With --hold S it first holds
the streams idle for S seconds and reports the server's CPU meanwhile (the
keep-alive comments it writes).

    PLENUM_MAX_LIVE_STREAMS_PER_SESSION=10000 plenum serve --demo --bind 127.0.0.1:8088 &
    python3 benches/live_subscribers.py --base http://127.0.0.1:8088 \\
        --pid $! --subscribers 10000

Standard library only. See BENCHMARKS.md for the figures.
"""

import argparse
import asyncio
import json
import os
import time
import urllib.request


def api(base, method, path, token=None, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data, method=method)
    req.add_header("content-type", "application/json")
    if token:
        req.add_header("authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def cpu_seconds(pid):
    # utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks.
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
    return fields


async def follow(host, port, path, token, gate, ready, changed, go):
    # At most `gate` streams connect at once; each holds its place until its
    # first snapshot arrives.
    await gate.acquire()
    try:
        reader, writer = await asyncio.open_connection(host, port, limit=1 << 20)
    except OSError:
        gate.release()
        raise
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
        f"Accept: text/event-stream\r\n\r\n".encode()
    )
    await writer.drain()
    events = 0
    buf = b""
    while True:
        chunk = await reader.read(65536)
        if not chunk:
            if events == 0:
                gate.release()
            return None
        buf += chunk
        while b"event: snapshot" in buf:
            events += 1
            buf = buf.split(b"event: snapshot", 1)[1]
            if events == 1:
                gate.release()
                ready()
            elif go.is_set():
                changed()
                writer.close()
                return time.monotonic()


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--pid", type=int, required=True, help="the server's process id")
    p.add_argument("--subscribers", type=int, default=10000)
    p.add_argument("--email", default="chair@demo.plenum.eu")
    p.add_argument("--password", default="plenum-demo")
    p.add_argument("--hold", type=float, default=0,
                   help="seconds to hold the streams idle first, measuring the server's CPU (keep-alives)")
    a = p.parse_args()

    token = api(a.base, "POST", "/api/v1/session", body={"email": a.email, "password": a.password})["token"]
    assembly = api(a.base, "GET", "/api/v1/assemblies", token)[0]["id"]
    absent = [r["organisation"]["id"] for r in api(a.base, "GET", f"/api/v1/assemblies/{assembly}/attendance", token)
              if r["present"] is None and r["organisation"]["kind"] == "full"]
    host, port = a.base.split("//")[1].split(":")
    path = f"/live/assemblies/{assembly}"

    before = memory(a.pid)
    connected, seen = asyncio.Event(), [0, 0]
    go = asyncio.Event()

    def ready():
        seen[0] += 1
        if seen[0] == a.subscribers:
            connected.set()

    def changed():
        seen[1] += 1

    gate = asyncio.Semaphore(256)
    started = time.monotonic()
    tasks = [
        asyncio.create_task(follow(host, int(port), path, token, gate, ready, changed, go))
        for _ in range(a.subscribers)
    ]
    await asyncio.wait_for(connected.wait(), 300)
    connect_s = time.monotonic() - started
    held = memory(a.pid)
    idle = None
    if a.hold > 0:
        before_cpu = cpu_seconds(a.pid)
        await asyncio.sleep(a.hold)
        idle = {"seconds": a.hold, "server_cpu_percent": round(100 * (cpu_seconds(a.pid) - before_cpu) / a.hold, 2)}

    go.set()
    t0 = time.monotonic()
    await asyncio.to_thread(
        api, a.base, "POST", f"/api/v1/assemblies/{assembly}/attendance", token,
        {"organisation_id": absent[0], "mode": "in_person"},
    )
    done = await asyncio.wait_for(asyncio.gather(*tasks), 60)
    last = max(t for t in done if t is not None)
    after = memory(a.pid)
    print(json.dumps({
        "subscribers": a.subscribers,
        "saw_the_change": seen[1],
        "connect_s": round(connect_s, 2),
        "fanout_ms": round((last - t0) * 1000, 1),
        "idle": idle,
        "server_rss_mb": {"before": round(before["VmRSS"], 1), "with_subscribers": round(held["VmRSS"], 1),
                          "after_fanout": round(after["VmRSS"], 1), "peak": round(after["VmHWM"], 1)},
    }, indent=2))


asyncio.run(main())
