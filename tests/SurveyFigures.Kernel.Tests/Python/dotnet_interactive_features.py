"""What the last .NET Interactive (the kernel Polyglot runs) does with each row of docs/kernel.md's "What works where".
Usage: dotnet_interactive_features.py   (KERNEL_NAME and JUPYTER_PATH name the .NET Interactive kernelspec; run from the
repository, so `dotnet interactive` is the pinned local tool). Prints one JSON line per case: {"case", "ok", facts...}.

One Jupyter kernel serves every case (cases that end it come last), and Polyglot's own transport (`dotnet interactive
stdio`, the JSON commands VS Code sends) starts at the beginning beside it, so the two warm up at once."""
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from queue import Empty, Queue

from jupyter_client.manager import start_new_kernel

from protocol import expect, shell_reply, wait_for_iopub

KERNEL = __import__("os").environ["KERNEL_NAME"]
TIMEOUT = 180
# Two statements with a wait before each. The cell says "started" once it runs: an interrupt sent one second after that
# comes before the first statement (an interrupt before a cell starts running is another matter: it never runs).
TWO_STATEMENTS = ('var stamps = new System.Collections.Generic.List<string>(); Console.WriteLine("started"); System.Threading.Thread.Sleep(3000); '
                  'stamps.Add("first"); System.Threading.Thread.Sleep(3000); stamps.Add("second");')


def run(kc, code, **kwargs):
    msgs = []
    reply = kc.execute_interactive(code, timeout=TIMEOUT, output_hook=lambda m: msgs.append((m["msg_type"], m["content"])), **kwargs)
    return reply["content"], msgs


def plain(msgs):
    return [c["data"].get("text/plain", "") for t, c in msgs if t in ("execute_result", "display_data")]


def html(msgs):
    return "".join(c["data"].get("text/html", "") for t, c in msgs if t in ("execute_result", "display_data"))


def reply_or_none(kc, msg_id, timeout):
    """The content of the shell reply to msg_id, or None when none comes within timeout."""
    try:
        return shell_reply(kc, msg_id, timeout)["content"]
    except (Empty, AssertionError):
        return None


def started(kc, msg_id):
    """Waits for the cell's first output, its "started"."""
    wait_for_iopub(kc, msg_id, "stream", TIMEOUT)


def libraries(km, kc):
    """Deedle and Plotly.NET.CSharp (which brings Plotly.NET) restore from the packages the solution restored, then fail
    at their first F# call: they need FSharp.Core 10.1.0.0, the kernel carries 10.0."""
    content, msgs = run(kc, '#r "nuget: Deedle, 8.1.0"\n#r "nuget: Plotly.NET.CSharp, 0.14.0"')
    expect(content["status"] == "ok", f"#r nuget failed: {content}")
    deedle, _ = run(kc, 'Deedle.Frame.FromRecords(new[] { new { Group = "doctors", Share = 66 } })')
    plotly, _ = run(kc, 'Plotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] { 66 }, Keys: new[] { "doctors" })')
    return {"restored": content["status"], "installing display": "Installing Packages" in html(msgs),
            "deedle": [deedle["status"], deedle.get("evalue", "")[:400]], "plotly": [plotly["status"], plotly.get("evalue", "")[:400]]}


def magics(km, kc):
    """Magic commands beyond #!csharp: the list of every kernel's, a timed cell, the variables so far."""
    _, listed = run(kc, "#!lsmagic")
    content, timed = run(kc, "#!time\nvar answer = 6 * 7;")
    expect(content["status"] == "ok", f"#!time: {content}")
    _, who = run(kc, "#!who")
    return {"lsmagic": sorted({m for m in ("#!fsharp", "#!pwsh", "#!time", "#!who", "#!set", "#!share") if m in html(listed)}),
            "time": [p for p in plain(timed) if p.startswith("Wall time")], "who lists answer": "answer" in html(who)}


def stdin(km, kc):
    answers = []

    def answer(msg):
        answers.append(msg["content"]["prompt"])
        kc.input("Ada")

    content, msgs = run(kc, 'var name = Console.ReadLine(); Console.WriteLine("hello " + name);', allow_stdin=True, stdin_hook=answer)
    return {"status": content["status"], "prompted": len(answers),
            "stdout": "".join(c.get("text", "") for t, c in msgs if t == "stream")}


def completion(km, kc):
    """complete_request and inspect_request (Jupyter's hover), as a Jupyter frontend sends them."""
    run(kc, "var answer = 42;")
    matches = kc.complete("Console.Wri", 11, reply=True, timeout=TIMEOUT)["content"]["matches"]
    msg_id = kc.inspect("answer", 3)
    inspected = reply_or_none(kc, msg_id, 20)
    return {"matches": sorted(m for m in matches if m.startswith("Write")), "inspect reply": inspected}


def interrupt_request(km, kc):
    """An interrupt_request on the control channel, as a frontend with interrupt_mode "message" sends it."""
    begun = time.time()
    msg_id = kc.execute(TWO_STATEMENTS)
    started(kc, msg_id)
    time.sleep(1)
    kc.control_channel.send(kc.session.msg("interrupt_request", {}))
    try:
        control = kc.get_control_msg(timeout=5)["content"]
    except Empty:
        control = None
    reply = reply_or_none(kc, msg_id, TIMEOUT)
    content, msgs = run(kc, 'string.Join(",", stamps)')
    return {"control reply": control, "cell status": reply and reply["status"], "seconds": round(time.time() - begun, 1),
            "statements run": plain(msgs)}


def interrupt_signal(km, kc):
    """SIGINT, which Jupyter sends for this kernelspec (it names no interrupt_mode, so "signal"). Ends the kernel: last."""
    msg_id = kc.execute(TWO_STATEMENTS)
    started(kc, msg_id)
    time.sleep(1)
    km.interrupt_kernel()
    reply = reply_or_none(kc, msg_id, 10)
    return {"interrupt mode": km.kernel_spec.interrupt_mode, "cell reply": reply and reply["status"], "alive": km.is_alive()}


class Stdio:
    """`dotnet interactive stdio`: the process and JSON command protocol Polyglot Notebooks drives from VS Code."""

    def __init__(self):
        # A session of its own: the dotnet muxer starts the tool as a child process, which killing the muxer alone
        # would leave running (orphaned, busy) after the test; the whole group is killed at the end.
        self.process = subprocess.Popen(["dotnet", "interactive", "stdio", "--default-kernel", "csharp"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
                                        start_new_session=True)
        self.events = Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            if line.startswith("{"):
                self.events.put(json.loads(line))

    def send(self, command_type, command):
        token = str(uuid.uuid4())
        self.process.stdin.write(json.dumps({"commandType": command_type, "command": command, "token": token}) + "\n")
        self.process.stdin.flush()
        return token

    def started(self, token):
        """Waits for the cell `token` to write "started"."""
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            try:
                event = self.events.get(timeout=1)
            except Empty:
                continue
            if (event.get("command") or {}).get("token", "").startswith(token) and event["eventType"] == "StandardOutputValueProduced":
                return
        raise AssertionError("the cell never said it started")

    def outcome(self, token, timeout=TIMEOUT):
        """(CommandSucceeded or CommandFailed, its message, every return value's text/plain and hover text) of the command `token`."""
        values, deadline = [], time.time() + timeout
        while time.time() < deadline:
            try:
                event = self.events.get(timeout=1)
            except Empty:
                continue
            # A command's own events carry its token; those of the commands it spawns, the token and a suffix (".1").
            owner = (event.get("command") or {}).get("token", "")
            if not owner.startswith(token):
                continue
            if event["eventType"] == "ReturnValueProduced":
                values += [v["value"] for v in event["event"]["formattedValues"] if v["mimeType"] == "text/plain"]
            if event["eventType"] == "HoverTextProduced":
                values += [v["value"] for v in event["event"]["content"]]
            if event["eventType"] in ("CommandSucceeded", "CommandFailed") and owner == token:
                return event["eventType"], event["event"].get("message"), values
        raise AssertionError(f"no outcome for command {token} within {timeout} s")

    def close(self):
        """Kills the process group; whether any of its processes is still there after 10 s."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                os.killpg(self.process.pid, 0)
            except ProcessLookupError:
                return {"processes left": False}
            time.sleep(0.2)
        return {"processes left": True}


def polyglot_cancel(stdio):
    """Polyglot's Cancel one second into a cell: the cell is reported cancelled at once; its statements still run."""
    code = lambda text: {"code": text, "targetKernelName": "csharp"}
    expect(stdio.outcome(stdio.send("SubmitCode", code("1 + 1")))[0] == "CommandSucceeded", "stdio kernel not ready")
    cell = stdio.send("SubmitCode", code(TWO_STATEMENTS))
    stdio.started(cell)
    time.sleep(1)
    begun = time.time()
    stdio.send("Cancel", {})
    outcome, message, _ = stdio.outcome(cell)
    seconds = round(time.time() - begun, 1)
    time.sleep(8)  # the two waits of the cell, with room on a loaded machine
    _, _, values = stdio.outcome(stdio.send("SubmitCode", code('string.Join(",", stamps)')))
    return {"cell outcome": [outcome, message], "reported after the cancel, s": seconds, "statements run": values}


def polyglot_hover(stdio):
    """Polyglot's hover (RequestHoverText) on a variable of an earlier cell."""
    hover = stdio.send("RequestHoverText", {"code": "stamps", "linePosition": {"line": 0, "character": 2}, "targetKernelName": "csharp"})
    outcome, message, texts = stdio.outcome(hover)
    return {"outcome": [outcome, message], "hover": texts}


JUPYTER_CASES = {"libraries": libraries, "magics": magics, "stdin": stdin, "completion": completion,
                 "interrupt-request": interrupt_request, "interrupt-signal": interrupt_signal}


def attempt(name, case, *args):
    try:
        return {"case": name, "ok": True, **case(*args)}
    except Exception as error:  # reported per case, so one failure does not hide the others
        return {"case": name, "ok": False, "error": f"{type(error).__name__}: {error}"}


if __name__ == "__main__":
    stdio = Stdio()
    results = []
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT)
    try:
        results += [attempt(name, case, km, kc) for name, case in JUPYTER_CASES.items()]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    try:
        results.append(attempt("polyglot-cancel", polyglot_cancel, stdio))
        results.append(attempt("polyglot-hover", polyglot_hover, stdio))
    finally:
        left = stdio.close()
    results.append({"case": "stdio-cleanup", "ok": not left["processes left"], **left})
    for result in results:
        print(json.dumps(result), flush=True)
    sys.exit(0 if all(r["ok"] for r in results) else 1)
