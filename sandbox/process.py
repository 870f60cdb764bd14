"""The sandbox in a process of its own (the demo, benchmarks): so that it does not
share the interpreter, and memory or time figures are the client's only.

    with SandboxProcess(options={"spexi.images": 20000}) as sandbox:
        print(sandbox.url, sandbox.cdn_url)
"""

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parent.parent


class SandboxProcess:
    def __init__(self, options=None, startup_timeout=60):
        self.options = dict(options or {})
        self.startup_timeout = startup_timeout
        self.process = None
        self.url = self.cdn_url = None

    def __enter__(self):
        self._folder = tempfile.TemporaryDirectory(prefix="imagery-hub-sandbox-")
        url_file = Path(self._folder.name) / "sandbox.json"
        command = [sys.executable, "-m", "sandbox", "--url-file", str(url_file)]
        for key, value in self.options.items():
            command += ["--option", f"{key}={value}"]
        self.process = subprocess.Popen(command, cwd=PLUGIN_ROOT, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + self.startup_timeout
        while not url_file.exists() or not url_file.stat().st_size:
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError("the sandbox did not start")
            time.sleep(0.05)
        urls = json.loads(url_file.read_text())
        self.url, self.cdn_url = urls["url"], urls["cdn_url"]
        return self

    def add_fault(self, **options):
        """A fault rule, as :meth:`sandbox.faults.FaultSet.add` takes it, through the control endpoint."""
        self._control("POST", options)

    def clear_faults(self):
        self._control("DELETE")

    def _control(self, method, body=None):
        import requests

        requests.request(method, f"{self.url}/_sandbox/faults", json=body, timeout=10).raise_for_status()

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        self._folder.cleanup()
