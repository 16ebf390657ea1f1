#!/usr/bin/env python3
"""Writes tests/large.in for java-log-regex: route templates, then a synthetic web-server
access log (fixed seed)."""
import os
import random
import sys

# --seed N: a fresh input of the same shape on stdout (judge.generator); without it, tests/large.in as committed
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else None
rng = random.Random(31337 if SEED is None else SEED)
methods = ["GET"] * 12 + ["POST"] * 3 + ["PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
paths = ["/", "/index.html", "/login", "/api/items", "/api/items/{n}", "/api/items/{n}/reviews",
         "/api/users/{n}", "/api/users/{n}/orders/{n}", "/static/app.{n}.js", "/search",
         "/api/v2/carts/{n}/lines", "/health", "/img/{n}.png", "/docs/page{n}", "/admin", "/api/items/{n}/x",
         "/api/v2/payments/{n}", "/api/v2/shipments/{n}/track", "/admin/reports/2024/{n}", "/logout"]
statuses = ["200"] * 20 + ["201", "204", "301", "302", "304", "400", "401", "403", "404", "404", "500", "503"]
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def client():
    r = rng.random()
    if r < 0.01:
        return f"{rng.randint(256, 999)}.{rng.randint(0, 255)}.0.{rng.randint(0, 255)}"
    if r < 0.02:
        return "fe80::1"
    if r < 0.025:
        return "-"
    return ".".join(str(rng.choice([rng.randint(0, 9), rng.randint(10, 99), rng.randint(100, 255)])) for _ in range(4))


def path():
    p = rng.choice(paths)
    while "{n}" in p:
        p = p.replace("{n}", str(rng.randint(0, 99999)), 1)
    if rng.random() < 0.2:
        p += f"?page={rng.randint(1, 20)}&q=x{rng.randint(0, 999)}"
    elif rng.random() < 0.02:
        p += "#top"
    return p


routes = ["/", "/index.html", "/login", "/logout", "/health", "/metrics", "/search",
          "/api/items", "/api/items/{id}", "/api/items/{id}/reviews", "/api/items/{id}/images/{n}",
          "/api/users", "/api/users/{id}", "/api/users/{user}/orders", "/api/users/{user}/orders/{order}",
          "/api/users/{user}/addresses/{n}", "/api/v2/carts/{cart}", "/api/v2/carts/{cart}/lines",
          "/api/v2/carts/{cart}/lines/{line}", "/api/v2/payments/{id}", "/api/v2/refunds/{id}",
          "/api/v2/shipments/{id}/track", "/api/v2/coupons/{code}", "/admin/users/{id}",
          "/admin/reports/{year}/{month}", "/static/*", "/img/{file}.png", "/docs/*"]
lines = [str(len(routes))] + routes
size = 0
while size < 320_000:
    ts = f"{rng.randint(1, 28):02d}/{rng.choice(months)}/2024:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
    sent = "-" if rng.random() < 0.05 else str(rng.randint(0, 200_000))
    line = f'{client()} - - [{ts}] "{rng.choice(methods)} {path()} HTTP/1.1" {rng.choice(statuses)} {sent}'
    r = rng.random()
    if r < 0.01:
        line = line.replace('"', "", 1)
    elif r < 0.015:
        line = line[: rng.randint(0, len(line))]
    elif r < 0.02:
        line = "#" + line
    lines.append(line)
    size += len(line) + 1
path_ = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests", "large.in")
if SEED is not None:
    sys.stdout.write("\n".join(lines) + "\n")
else:
    with open(path_, "w") as f:
        f.write("\n".join(lines) + "\n")
