#!/usr/bin/env python3
"""A small stand-in for GitHub's REST API, enough for `perfagent pr --comment` on acme/widgets#7.

Answers as api.github.com does for the calls github-api makes (GET /user refused as for an Actions token; the
repository; the issue and its comments; creating and PATCHing a comment; the pull request, its review comments and
creating a review). Every request is appended to the log file as one JSON line, so a script can check what was sent.
Usage: github-stub.py PORT LOGFILE
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, LOG = int(sys.argv[1]), sys.argv[2]
REPO = "/repos/acme/widgets"
comments = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def record(self, body=""):
        with open(LOG, "a") as f:
            f.write(json.dumps({"method": self.command, "path": self.path, "body": body}) + "\n")

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n).decode() if n else ""

    def do_GET(self):
        self.record()
        api = f"http://localhost:{PORT}"
        path = self.path.split("?")[0]
        if path == "/user":
            return self.reply(403, {"message": "Resource not accessible by integration"})
        if path == REPO:
            return self.reply(200, {"id": 1, "name": "widgets", "full_name": "acme/widgets", "url": api + REPO,
                                    "owner": {"login": "acme", "id": 2, "type": "Organization"}})
        if path == REPO + "/issues/7":
            return self.reply(200, {"id": 70, "number": 7, "state": "open", "url": api + REPO + "/issues/7",
                                    "pull_request": {"url": api + REPO + "/pulls/7"}})
        if path == REPO + "/issues/7/comments":
            return self.reply(200, comments)
        if path == REPO + "/pulls/7":
            return self.reply(200, {"id": 700, "number": 7, "state": "open", "url": api + REPO + "/pulls/7"})
        if path == REPO + "/pulls/7/comments":
            return self.reply(200, [])
        return self.reply(404, {"message": "Not Found"})

    def do_POST(self):
        body = self.body()
        self.record(body)
        if self.path == REPO + "/issues/7/comments":
            c = {"id": 42 + len(comments), "body": json.loads(body)["body"],
                 "html_url": f"https://github.com/acme/widgets/pull/7#issuecomment-{42 + len(comments)}"}
            comments.append(c)
            return self.reply(201, c)
        if self.path == REPO + "/pulls/7/reviews":
            return self.reply(200, {"id": 80, "state": "COMMENTED"})
        return self.reply(404, {"message": "Not Found"})

    def do_PATCH(self):
        body = self.body()
        self.record(body)
        for c in comments:
            if self.path == f"{REPO}/issues/comments/{c['id']}":
                c["body"] = json.loads(body)["body"]
                return self.reply(200, c)
        return self.reply(404, {"message": "Not Found"})


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
