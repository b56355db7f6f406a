"""Preloaded into each worker of the LocalCluster that `actions extract --dask` starts.

Ctrl-C reaches every process of the terminal's process group: the client stops the
cluster, so a worker ignores it (as the local batch's workers do) instead of printing a
traceback of its event loop.
"""

from __future__ import annotations

import signal
import threading


def dask_setup(worker=None) -> None:
    if threading.current_thread() is threading.main_thread():  # signal handlers live in the main thread
        signal.signal(signal.SIGINT, signal.SIG_IGN)
