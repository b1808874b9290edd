#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Flask-SocketIO peer for bench/run (Debian 12's python3-flask-socketio 5.3).

Accepts Socket.IO over WebSocket at /socket.io/ (any auth; every client joins room "monitor"),
and POST /trigger {"visit_id": N, "seq": N} emits monitor_payment_completed with that seq to the
room, like spa-server's payment notice.

    /usr/bin/python3 bench/peers/flask/server.py --mode eventlet --port 5200
    /usr/bin/python3 bench/peers/flask/server.py --mode gevent --port 5300

eventlet: its WSGI server stops at max_size=1024 connections by default; raised here to 30000.
threading mode needs simple-websocket, which Debian 12 does not package (see docs/benchmarks.md).
"""
import argparse
import signal
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--mode", choices=["eventlet", "gevent"], required=True)
parser.add_argument("--port", type=int, default=5200)
args = parser.parse_args()

if args.mode == "eventlet":
    import eventlet
    eventlet.monkey_patch()
else:
    from gevent import monkey
    monkey.patch_all()

from flask import Flask, jsonify, request  # noqa: E402
from flask_socketio import SocketIO, join_room  # noqa: E402

app = Flask(__name__)
socketio = SocketIO(app, async_mode=args.mode, transports=["websocket"], ping_interval=25, ping_timeout=20,
                    logger=False, engineio_logger=False, cors_allowed_origins="*")
connections = 0


@socketio.on("connect")
def on_connect(auth=None):
    global connections
    connections += 1
    join_room("monitor")


@socketio.on("disconnect")
def on_disconnect():
    global connections
    connections -= 1


@app.post("/trigger")
def trigger():
    d = request.get_json(force=True)
    socketio.emit("monitor_payment_completed",
                  {"seq": d["seq"], "visit_id": d["visit_id"], "ticket": "%03d" % d["visit_id"], "name": "Bench G.",
                   "total": 25000, "tips": 0, "currency": "THB"}, to="monitor")
    return jsonify(ok=True)


@app.get("/health")
def health():
    return jsonify(status="ok", connections=connections)


signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
print(f"flask-socketio {args.mode} peer on 127.0.0.1:{args.port}", flush=True)
if args.mode == "eventlet":
    import eventlet.wsgi
    eventlet.wsgi.server(eventlet.listen(("127.0.0.1", args.port), backlog=4096), app, max_size=30000,
                         log_output=False)
else:
    from gevent import pywsgi
    from geventwebsocket.handler import WebSocketHandler
    pywsgi.WSGIServer(("127.0.0.1", args.port), app, handler_class=WebSocketHandler, log=None,
                      backlog=4096).serve_forever()
