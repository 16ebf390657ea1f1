#!/usr/bin/env python3
"""A stand-in for an OpenAI-compatible endpoint on localhost, for trying perfagent end to end on a machine with no
model: every chat completion request gets the next reply of a JSONL file ({"reply": "..."} per line, as perfagent's
replay:FILE reads), the last one again once they run out. It is not a model; runs made with it say so (docs/repo-mode.md).

usage: bench/openai-stub.py REPLIES.jsonl [PORT]   then
       OPENAI_API_KEY=stub OPENAI_BASE_URL=http://127.0.0.1:PORT/v1 perfagent optimize …
Each request's prompt size and the reply given are logged to stderr."""
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

replies = [json.loads(l)["reply"] for l in open(sys.argv[1]) if l.strip()]
port = int(sys.argv[2]) if len(sys.argv) > 2 else 8089
served = [0]


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        if not self.path.endswith("/chat/completions"):
            self.send_error(404, "only /chat/completions")
            return
        reply = replies[min(served[0], len(replies) - 1)]
        served[0] += 1
        prompt = sum(len(m.get("content") or "") for m in body.get("messages", []) if isinstance(m.get("content"), str))
        sys.stderr.write("openai-stub: request %d, prompt %d chars, model %s: reply %d\n" % (served[0], prompt, body.get("model"), min(served[0], len(replies))))
        out = json.dumps({
            "id": "stub-%d" % served[0], "object": "chat.completion", "created": int(time.time()), "model": body.get("model", "stub"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt // 4, "completion_tokens": len(reply) // 4, "total_tokens": (prompt + len(reply)) // 4},
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, *args):
        pass


HTTPServer(("127.0.0.1", port), Handler).serve_forever()
