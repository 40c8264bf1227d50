#!/usr/bin/env python3
"""Radius searches against a running Deban, one client: p50/p99 over HTTP.

    python3 bench/search_radius.py [http://localhost:8080] [queries]

Points are exact places read from the API; half the queries add a weekday and part of the day.
Used with a JFR recording of the server to see where a radius query's time goes
(docs/performance.md)."""
import json
import random
import sys
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
QUERIES = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
WORDS = ["子ども食堂", "見守り", "傾聴", "サロン", "カフェ", "パソコン 受付", "食堂", "居場所", "お茶 サロン", "学習支援"]
DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]

random.seed(1)


def get(path):
    with urllib.request.urlopen(BASE + path) as response:
        return json.load(response)


total = get("/api/v1/places?size=1")["total"]
points = []
while len(points) < 300:
    page = random.randrange(max(1, total // 100))
    for place in get(f"/api/v1/places?size=100&page={page}")["items"]:
        if place["location"] and not place["areaOnly"]:
            points.append(place["location"])


def query(i):
    at = random.choice(points)
    params = {"q": random.choice(WORDS), "lat": at["lat"], "lon": at["lon"], "radiusKm": "5"}
    if i % 2:
        params.update({"weekday": random.choice(DAYS), "timeOfDay": random.choice(["MORNING", "AFTERNOON", "EVENING"])})
    return "/api/v1/search?" + urllib.parse.urlencode(params)


for i in range(300):  # warm-up
    get(query(i))
latencies = []
started = time.time()
for i in range(QUERIES):
    t = time.time()
    get(query(i))
    latencies.append(time.time() - t)
latencies.sort()
print(f"{QUERIES} queries in {time.time() - started:.1f} s: p50 {latencies[len(latencies) // 2] * 1000:.2f} ms,"
      f" p99 {latencies[int(len(latencies) * 0.99)] * 1000:.2f} ms")
