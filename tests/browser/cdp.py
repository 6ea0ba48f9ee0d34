"""A minimal Chrome DevTools Protocol client over --remote-debugging-pipe.

Standard library only. Chromium reads commands on its fd 3 and writes replies
and events on its fd 4, each a JSON message ended by a NUL byte. Every read
has a deadline, so a stuck browser raises CDPError instead of hanging, and
the browser is killed and its temporary profile removed on close.
"""

import base64
import fcntl
import json
import math
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time

# The flags this machine (and CI) needs: no sandbox as root, no GPU, and no
# background connections, which the closed network would refuse anyway.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--force-color-profile=srgb", "--remote-debugging-pipe"]
A4_INCHES = (8.27, 11.69)


class CDPError(Exception):
    pass


def find_chromium():
    """The Chromium executable: $CHROMIUM, else the first known name on PATH, else None."""
    if os.environ.get("CHROMIUM"):
        return shutil.which(os.environ["CHROMIUM"])
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


class Browser:
    """One headless Chromium; use as a context manager so it always goes away."""

    def __init__(self, executable, timeout=30.0):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="wwc-chromium-")
        self.events = []  # (method, params, sessionId) of every event, in order
        self.pages = {}
        self._next_id = 0
        self._buffer = b""
        cmd_read, self._cmd_write = os.pipe()
        self._reply_read, reply_write = os.pipe()

        def at_fds_3_and_4():  # in the child: commands on fd 3, replies on fd 4
            a = fcntl.fcntl(cmd_read, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(reply_write, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self._log = open(os.path.join(self.profile, "stderr.log"), "wb")
        self.proc = subprocess.Popen([executable, *FLAGS, "--user-data-dir=" + self.profile, "about:blank"],
                                     stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log,
                                     pass_fds=(3, 4), preexec_fn=at_fds_3_and_4, start_new_session=True)
        os.close(cmd_read)
        os.close(reply_write)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def stderr_tail(self, lines=15):
        self._log.flush()
        with open(self._log.name, "rb") as f:
            return b"\n".join(f.read().splitlines()[-lines:]).decode(errors="replace")

    def post(self, method, params=None, session=None):
        """Sends a command without waiting; returns its id."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        try:
            while data:
                data = data[os.write(self._cmd_write, data):]
        except OSError as e:
            raise CDPError(f"{method}: cannot write to Chromium ({e})\n{self.stderr_tail()}") from e
        return self._next_id

    def send(self, method, params=None, session=None, timeout=None):
        """Sends a command and returns its result; raises CDPError on an error reply or timeout."""
        wanted = self.post(method, params, session)
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            message = self._read(deadline, method)
            if message.get("id") == wanted:
                if "error" in message:
                    raise CDPError(f"{method}: {message['error'].get('message')}")
                return message.get("result", {})

    def wait_for(self, method, session, since, timeout=None):
        """Waits for event `method` on `session`, counting events from index `since`."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            for name, params, sid in self.events[since:]:
                if name == method and sid == session:
                    return params
            since = len(self.events)
            self._read(deadline, method)

    def _read(self, deadline, waiting_for):
        """Reads one message, recording and dispatching it if it is an event."""
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CDPError(f"timed out waiting for {waiting_for}")
            if not select.select([self._reply_read], [], [], left)[0]:
                continue
            chunk = os.read(self._reply_read, 1 << 20)
            if not chunk:
                raise CDPError(f"Chromium exited while waiting for {waiting_for}\n{self.stderr_tail()}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message = json.loads(raw)
        if "method" in message:
            event = (message["method"], message.get("params", {}), message.get("sessionId"))
            self.events.append(event)
            page = self.pages.get(event[2])
            if page:
                page.on_event(event[0], event[1])
        return message

    def new_page(self, width, height):
        """A fresh about:blank tab at a fixed viewport, with problems collected."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        self.pages[session] = page
        for domain in ("Page", "Runtime", "Log"):
            page.call(f"{domain}.enable")
        page.set_viewport(width, height)
        return page

    def close(self):
        if self.proc.poll() is None:
            try:
                self.post("Browser.close")
                self.proc.wait(timeout=5)
            except (CDPError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        try:  # any helper process left in the browser's own process group
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        for fd in (self._cmd_write, self._reply_read):
            try:
                os.close(fd)
            except OSError:
                pass
        self._log.close()
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One attached tab. `problems` lists console errors, exceptions, log errors and dialogs."""

    def __init__(self, browser, session):
        self.browser = browser
        self.session = session
        self.problems = []
        self.width = 0

    def call(self, method, **params):
        return self.browser.send(method, params, self.session)

    def on_event(self, method, params):
        if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert", "warning"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            self.problems.append(f"console.{params['type']}: {text}")
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.problems.append("exception: " + details.get("exception", {}).get("description", details["text"]))
        elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            entry = params["entry"]
            self.problems.append(f"log {entry['level']} ({entry['source']}): {entry['text']} {entry.get('url', '')}")
        elif method == "Page.javascriptDialogOpening":
            self.problems.append(f"dialog {params['type']}: {params['message']!r}")
            self.browser.post("Page.handleJavaScriptDialog", {"accept": False}, self.session)

    def set_viewport(self, width, height):
        self.width = width
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                  mobile=False)

    def goto(self, path_or_url, timeout=None):
        """Navigates and waits for the load event."""
        url = path_or_url if "://" in path_or_url else "file://" + os.path.abspath(path_or_url)
        since = len(self.browser.events)
        result = self.call("Page.navigate", url=url)
        if result.get("errorText"):
            raise CDPError(f"cannot load {url}: {result['errorText']}")
        self.browser.wait_for("Page.loadEventFired", self.session, since, timeout)

    def evaluate(self, expression):
        """The value of a JavaScript expression (JSON-serialisable values only)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise CDPError(f"evaluate failed: {result['exceptionDetails'].get('text')}: {expression[:80]}")
        return result["result"].get("value")

    def screenshot(self, full_page=True):
        """PNG bytes of the viewport, or of the whole page at the viewport's width."""
        params = {"format": "png"}
        if full_page:
            height = self.call("Page.getLayoutMetrics")["cssContentSize"]["height"]
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": self.width, "height": math.ceil(height), "scale": 1})
        return base64.b64decode(self.call("Page.captureScreenshot", **params)["data"])

    def pdf(self):
        """PDF bytes of the page printed on A4, backgrounds included."""
        width, height = A4_INCHES
        result = self.call("Page.printToPDF", paperWidth=width, paperHeight=height, printBackground=True)
        return base64.b64decode(result["data"])
