"""Steady background load for the load and soak scripts: a stream of article posts, a stream of queries.

    python3 streams.py ingest EVENTS_URL CORPUS RATE CLIENTS SECONDS [SKIP]
    python3 streams.py query RATE SECONDS URL...

RATE is per second over all clients (0: as fast as the clients go). Articles cycle through the corpus;
after the first pass each text gets a numbered note appended, so it is a new article (a new id) rather
than a repeat the service answers from its store. Each stream prints one line of figures when it ends:
requests, rate, statuses, and how many were not 2xx (errors).
"""
import concurrent.futures
import json
import sys
import threading
import time
import urllib.error
import urllib.request


def call(req, timeout=120):
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            r.read()
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except Exception as e:  # refused, reset, timed out: the service did not answer
        return type(e).__name__


class Paced:
    """Hands out request numbers no faster than `rate` per second, until `seconds` have passed."""

    def __init__(self, rate, seconds):
        self.rate, self.end, self.start = rate, time.time() + seconds, time.time()
        self.n, self.lock = 0, threading.Lock()

    def next(self):
        with self.lock:
            n = self.n
            self.n += 1
        if self.rate > 0:
            delay = self.start + n / self.rate - time.time()
            if delay > 0:
                time.sleep(delay)
        return n if time.time() < self.end else None


def run(label, clients, paced, make_request):
    statuses, lock = {}, threading.Lock()

    def worker():
        while (n := paced.next()) is not None:
            status = call(make_request(n))
            with lock:
                statuses[status] = statuses.get(status, 0) + 1

    began = time.time()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        for f in [pool.submit(worker) for _ in range(clients)]:
            f.result()
    elapsed = time.time() - began
    total = sum(statuses.values())
    errors = sum(c for s, c in statuses.items() if not (isinstance(s, int) and 200 <= s < 300))
    print(f"{label}: {total} requests in {elapsed:.0f} s, {total / elapsed:.1f}/s, statuses "
          f"{dict(sorted(statuses.items(), key=str))}, errors {errors}", flush=True)


def ingest(url, corpus, rate, clients, seconds, skip=0):
    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]

    def request(n):
        i = n + skip
        text = texts[i % len(texts)]
        if i >= len(texts):
            text += f"\n\n(Republished, copy {i // len(texts)}.)"
        body = json.dumps({"text": text, "publishedAt": "2011-06-01"}).encode()
        return urllib.request.Request(url + "/api/articles", body, {"Content-Type": "application/json"})

    run("ingest", clients, Paced(rate, seconds), request)


def query(rate, seconds, urls):
    run("queries", 2, Paced(rate, seconds), lambda n: urllib.request.Request(urls[n % len(urls)]))


if __name__ == "__main__":
    kind, args = sys.argv[1], sys.argv[2:]
    if kind == "ingest":
        ingest(args[0], args[1], float(args[2]), int(args[3]), float(args[4]), int(args[5]) if len(args) > 5 else 0)
    else:
        query(float(args[0]), float(args[1]), args[2:])
