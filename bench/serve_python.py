"""serve_python.py: the peer of bench/serve.sh. What a user might write
instead of synergist serve: a Python standard-library HTTP server
(ThreadingHTTPServer) that takes POST /s/TOKEN/submit, checks the token,
and writes the answer set to SQLite with the same durability (WAL,
synchronous=FULL, one transaction per post) before answering 303.
Usage: serve_python.py DB PORT TOKENS_FILE"""
import http.server
import socketserver
import sqlite3
import sys
import threading
import urllib.parse

DB, PORT, TOKENS = sys.argv[1], int(sys.argv[2]), sys.argv[3]
local = threading.local()


def conn():
    if not hasattr(local, "db"):
        db = sqlite3.connect(DB, timeout=60, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        local.db = db
    return local.db


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, code):
        self.send_response(code)
        if code == 303:
            self.send_header("Location", self.path.rsplit("/", 1)[0] + "/thanks")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        if n > 65536:
            return self.reply(413)
        form = urllib.parse.parse_qs(self.rfile.read(n).decode("utf-8"))
        parts = self.path.split("/")
        if len(parts) != 4 or parts[1] != "s" or parts[3] != "submit":
            return self.reply(404)
        token = parts[2]
        answers = bytes(int(v[0]) for k, v in sorted(form.items()) if k != "key")
        db = conn()
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute("SELECT status FROM token WHERE token=?", (token,)).fetchone()
            if row is None:
                db.execute("ROLLBACK")
                return self.reply(404)
            if row[0] == "complete":
                db.execute("ROLLBACK")
                return self.reply(409)
            db.execute("INSERT INTO answer(token, answers) VALUES(?, ?)", (token, answers))
            db.execute("UPDATE token SET status='complete' WHERE token=?", (token,))
            db.execute("COMMIT")
        except Exception:
            db.execute("ROLLBACK")
            raise
        self.reply(303)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 1024


def main():
    db = sqlite3.connect(DB, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE IF NOT EXISTS token(token TEXT PRIMARY KEY, status TEXT)")
    db.execute("CREATE TABLE IF NOT EXISTS answer(token TEXT PRIMARY KEY, answers BLOB)")
    with open(TOKENS) as f:
        db.execute("BEGIN")
        db.executemany("INSERT OR IGNORE INTO token VALUES(?, 'new')", ((l.split()[0],) for l in f))
        db.execute("COMMIT")
    db.close()
    Server(("127.0.0.1", PORT), Handler).serve_forever()


main()
