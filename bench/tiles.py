#!/usr/bin/env python3
"""Tile benchmark: fetches every vector tile covering a city at several zooms from a running Deban
and reports latency per zoom (p50, p95, max) and tile sizes. Each tile is fetched --rounds times
on one keep-alive connection, after one warm-up round; ETags are not sent, so every request makes
its tile.

    python3 bench/tiles.py --base http://localhost:8080 --city 23220 --zooms 10-16 --rounds 5

The city's bounding box comes from GET /api/v1/areas?layer=municipality&cityCode=…
"""
import argparse
import http.client
import json
import math
import statistics
import time
import urllib.parse


def tile_range(west, south, east, north, z):
    n = 2 ** z

    def x_of(lon):
        return min(n - 1, int((lon + 180) / 360 * n))

    def y_of(lat):
        r = math.radians(lat)
        return min(n - 1, int((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * n))

    return [(z, x, y) for x in range(x_of(west), x_of(east) + 1) for y in range(y_of(north), y_of(south) + 1)]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--city", default="23220", help="municipality code (全国地方公共団体コード)")
    parser.add_argument("--zooms", default="10-16")
    parser.add_argument("--layers", default="places,areas")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    base = urllib.parse.urlparse(args.base)
    conn = http.client.HTTPConnection(base.hostname, base.port or 80, timeout=60)

    def get(path):
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        if response.status not in (200, 204):
            raise SystemExit(f"{path}: HTTP {response.status} {body[:200]!r}")
        return body

    areas = json.loads(get(f"/api/v1/areas?layer=municipality&cityCode={args.city}"))["items"]
    if not areas:
        raise SystemExit(f"no municipality {args.city}")
    west, south, east, north = areas[0]["bbox"]
    first, last = (int(z) for z in args.zooms.split("-"))
    print(f"city {args.city} {areas[0]['name']} bbox {west:.3f},{south:.3f},{east:.3f},{north:.3f}; "
          f"{args.rounds} rounds after 1 warm-up")
    print(f"{'layer':7} {'z':>2} {'tiles':>5} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'mean KB':>8}")
    for layer in args.layers.split(","):
        for z in range(first, last + 1):
            tiles = tile_range(west, south, east, north, z)
            paths = [f"/api/v1/tiles/{layer}/{z}/{x}/{y}.mvt" for (z, x, y) in tiles]
            for path in paths:
                get(path)
            times, sizes = [], []
            for _ in range(args.rounds):
                for path in paths:
                    start = time.perf_counter()
                    body = get(path)
                    times.append((time.perf_counter() - start) * 1000)
                    sizes.append(len(body))
            print(f"{layer:7} {z:>2} {len(tiles):>5} {statistics.median(times):7.1f} {percentile(times, 95):7.1f} "
                  f"{max(times):7.1f} {statistics.mean(sizes) / 1024:8.1f}")


if __name__ == "__main__":
    main()
