"""workspace_load.py: the HTTP clients of bench/workspace.sh.

  workspace_load.py signin BASE NAME PASSWORD
      prints "COOKIE CSRF" of a new session (the sign-in form, then the
      CSRF token of a workspace page's <meta name="csrf-token">).
  workspace_load.py seed BASE SESSIONS SOURCE NCP N
      codes N segments of SOURCE (NCP code points) as the first session.
  workspace_load.py load BASE SESSIONS SOURCE NCP SECONDS
      one thread per session, each coding random spans of SOURCE through
      POST /w/code for SECONDS; prints "acked=N ... p50_ms= p99_ms=" and
      one "coder NAME acked N" line per session.
  workspace_load.py get BASE SESSIONS PATH N
      times N GETs of PATH; prints "median_ms=".
SESSIONS is a file of "NAME COOKIE CSRF" lines."""
import http.client
import os
import random
import re
import statistics
import sys
import threading
import time
import urllib.parse

# The code paths to apply: one per line of $BENCH_CODES.
CODES = [l for l in open(os.environ["BENCH_CODES"]).read().splitlines() if l] if "BENCH_CODES" in os.environ else []


def conn(base):
    u = urllib.parse.urlparse(base)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=30)


def request(c, method, path, body=None, cookie=None):
    h = {}
    if cookie:
        h["Cookie"] = cookie
    if body is not None:
        h["Content-Type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode(body)
    c.request(method, path, body=body, headers=h)
    r = c.getresponse()
    data = r.read()
    return r.status, r.getheaders(), data.decode("utf-8", "replace")


def cookies(headers, jar):
    for k, v in headers:
        if k.lower() == "set-cookie":
            name, val = v.split(";")[0].split("=", 1)
            jar[name] = val
    return "; ".join("%s=%s" % kv for kv in jar.items())


def signin(base, name, password):
    c = conn(base)
    jar = {}
    st, h, body = request(c, "GET", "/signin")
    ck = cookies(h, jar)
    pre = re.search(r'name="csrf" value="([^"]*)"', body).group(1)
    st, h, body = request(c, "POST", "/signin", {"csrf": pre, "name": name, "password": password}, ck)
    ck = cookies(h, jar)
    if st != 303:
        sys.exit("sign-in of %s failed: %d" % (name, st))
    st, h, body = request(c, "GET", "/w/sources", cookie=ck)
    tok = re.search(r'name="csrf-token" content="([^"]*)"', body).group(1)
    print(ck.replace(" ", ""), tok)


def sessions(path):
    return [line.split(" ", 2) for line in open(path).read().splitlines() if line]


def code_once(c, ses, source, ncp, rnd):
    a = rnd.randrange(0, ncp - 400)
    b = a + rnd.randrange(20, 400)
    t = time.perf_counter()
    st, h, body = request(c, "POST", "/w/code", {"csrf": ses[2].strip(), "s": source, "start": a, "end": b,
                                                 "code": rnd.choice(CODES)}, ses[1])
    return st, (time.perf_counter() - t) * 1000


def seed(base, spath, source, ncp, n):
    ses = sessions(spath)[0]
    c = conn(base)
    rnd = random.Random(1)
    ok = 0
    while ok < n:
        st, _ = code_once(c, ses, source, ncp, rnd)
        if st == 303:
            ok += 1
        elif st != 409:
            sys.exit("seed: status %d" % st)


def load(base, spath, source, ncp, seconds):
    ss = sessions(spath)
    lat, acked, other = [], {}, [0]
    lock = threading.Lock()
    end = time.time() + seconds

    def run(k, ses):
        c = conn(base)
        rnd = random.Random(100 + k)
        mine, n = [], 0
        while time.time() < end:
            st, ms = code_once(c, ses, source, ncp, rnd)
            mine.append(ms)
            if st == 303:
                n += 1
            elif st != 409:
                with lock:
                    other[0] += 1
        with lock:
            lat.extend(mine)
            acked[ses[0]] = n

    th = [threading.Thread(target=run, args=(k, s)) for k, s in enumerate(ss)]
    for t in th:
        t.start()
    for t in th:
        t.join()
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
    print("acked=%d requests=%d other=%d p50_ms=%.1f p99_ms=%.1f" % (sum(acked.values()), len(lat), other[0],
                                                                      statistics.median(lat), p99))
    for name, n in sorted(acked.items()):
        print("coder %s acked %d" % (name, n))


def get(base, spath, path, n):
    ses = sessions(spath)[0]
    c = conn(base)
    ms = []
    for _ in range(n):
        t = time.perf_counter()
        st, h, body = request(c, "GET", path, cookie=ses[1])
        ms.append((time.perf_counter() - t) * 1000)
        if st != 200:
            sys.exit("get %s: %d" % (path, st))
    print("median_ms=%.2f bytes=%d" % (statistics.median(ms), len(body.encode())))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "signin":
        signin(*sys.argv[2:5])
    elif cmd == "seed":
        seed(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]))
    elif cmd == "load":
        load(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), float(sys.argv[6]))
    elif cmd == "get":
        get(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
