"""`actions serve [--host 127.0.0.1] [--port 8765] [--max-bytes SIZE]`: the review app in the browser.

Open a .docx or text file (or paste text), set the meeting date, check and correct the rows
beside the speech, download the 任务分解表.xlsx (or any export format) and the corrected
Document JSON. The app binds to 127.0.0.1 (this machine only) unless --host says otherwise,
keeps nothing on the server, and needs the `web` extra. `--port 0` takes a free port; the
address is printed on the first line.
"""

from __future__ import annotations

import socket
import sys

from actions.commands.common import byte_size
from actions.errors import InputError
from actions.io.sources import DEFAULT_MAX_BYTES

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the review app in the browser (open a .docx, correct rows, download the xlsx)",
        description="Run the local web app: open a speech, check and correct its task table, download it.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0: any free port)")
    parser.add_argument(
        "--max-bytes", type=byte_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
        help=f"refuse larger uploads (default {DEFAULT_MAX_BYTES // 1024**2}M; K, M, G suffixes allowed)",
    )
    parser.set_defaults(run=run)


def run(args) -> int:
    try:
        import uvicorn

        from actions.web.app import create_app
    except ModuleNotFoundError as error:
        raise InputError(f"actions serve needs the package {error.name!r}", "install the web extra: pip install 'actions[web]'") from None
    if not 0 <= args.port <= 65535:
        raise InputError(f"--port {args.port}: not a port", "give 1-65535, or 0 for any free port")
    listener = listen(args.host, args.port)
    host, port = listener.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"actions: the review app is at http://{shown}:{port}/ (Ctrl+C stops it)", flush=True)
    if args.host not in LOOPBACK:
        print(f"actions: warning: listening on {args.host}: anyone who can reach it can use the app (it has no login)",
              file=sys.stderr, flush=True)
    config = uvicorn.Config(create_app(max_bytes=args.max_bytes), log_level="warning", lifespan="off", access_log=False)
    uvicorn.Server(config).run(sockets=[listener])
    return 0


def listen(host: str, port: int) -> socket.socket:
    """A listening socket, or a one-line error (address in use, unknown host)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        listener = socket.socket(family, kind, proto)
    except (OSError, UnicodeError) as error:
        raise InputError(f"--host {host}: cannot listen there ({error})", "give an address of this machine, e.g. 127.0.0.1") from None
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(128)
    except OSError as error:
        listener.close()
        raise InputError(f"cannot listen on {host}:{port}: {error.strerror}", "choose another --port (0: any free port)") from None
    return listener
