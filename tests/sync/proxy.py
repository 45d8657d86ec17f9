"""A small HTTP proxy on 127.0.0.1 for sync tests: it forwards plain requests in absolute form
(`GET http://host/path`) and tunnels `CONNECT host:port` for https, logging what it was asked."""

from __future__ import annotations

import http.client
import select
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


class TinyProxy:
    def __init__(self) -> None:
        self.asked: list[str] = []  # "GET http://…" or "CONNECT host:port", in order
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _handler_for(proxy: TinyProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            proxy.asked.append(f"GET {self.path}")
            target = urlsplit(self.path)
            upstream = http.client.HTTPConnection(target.hostname or "", target.port, timeout=5)
            headers = {k: v for k, v in self.headers.items() if k.lower() != "proxy-connection"}
            upstream.request(
                "GET", target.path + (f"?{target.query}" if target.query else ""), headers=headers
            )
            answer = upstream.getresponse()
            body = answer.read()
            self.send_response(answer.status)
            for name, value in answer.getheaders():
                if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            upstream.close()

        def do_CONNECT(self) -> None:
            proxy.asked.append(f"CONNECT {self.path}")
            host, port = self.path.rsplit(":", 1)
            upstream = socket.create_connection((host, int(port)), timeout=5)
            self.send_response(200, "Connection established")
            self.end_headers()
            self.close_connection = True
            _relay(self.connection, upstream)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def _relay(client: socket.socket, upstream: socket.socket) -> None:
    sockets = [client, upstream]
    try:
        while True:
            readable, _, broken = select.select(sockets, [], sockets, 5)
            if broken or not readable:
                return
            for ready in readable:
                data = ready.recv(65536)
                if not data:
                    return
                (upstream if ready is client else client).sendall(data)
    except OSError:
        return
    finally:
        upstream.close()
