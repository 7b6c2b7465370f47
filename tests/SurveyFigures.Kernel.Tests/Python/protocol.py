"""Protocol checks of the C# kernel through jupyter_client. Usage: protocol.py [CASE ...]; prints a JSON line of facts per case."""
import json
import os
import signal
import sys
import tempfile
import time
from queue import Empty

from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

KERNEL = os.environ["KERNEL_NAME"]
TIMEOUT = 60


def start():
    return start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT)


def run(kc, code, timeout=TIMEOUT, **kwargs):
    """Executes code; returns (reply content, [(msg_type, content)] of its iopub messages until idle)."""
    msgs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda m: msgs.append((m["msg_type"], m["content"])), **kwargs)
    return reply["content"], msgs


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def result_text(msgs):
    return [c["data"]["text/plain"] for t, c in msgs if t == "execute_result"]


def stdout_text(msgs):
    return "".join(c["text"] for t, c in msgs if t == "stream" and c["name"] == "stdout")


# Liveness waits use the same generous limit as start-up: on a fully loaded two-core machine (a fresh clone's test
# command runs four test assemblies at once) a first execute_input once failed to arrive within 20 s.
def shell_reply(kc, msg_id, timeout=TIMEOUT):
    """The reply to msg_id; others are skipped (start_new_kernel may leave extra kernel_info replies queued)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        reply = kc.get_shell_msg(timeout=max(0.1, deadline - time.time()))
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply
    raise AssertionError(f"no reply to {msg_id} within {timeout} s")


def wait_for_iopub(kc, msg_id, msg_type, timeout=TIMEOUT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=0.5)
        except Empty:
            continue
        if msg["msg_type"] == msg_type and msg["parent_header"].get("msg_id") == msg_id:
            return msg
    raise AssertionError(f"no {msg_type} for {msg_id} within {timeout} s")


def kernel_pid(km):
    return km.provisioner.process.pid


def interrupt_loop(km, kc):
    facts = {}
    for name, code in [("busy loop", "while (true) { }"), ("sleep", "System.Threading.Thread.Sleep(600000);")]:
        msg_id = kc.execute(code)
        wait_for_iopub(kc, msg_id, "execute_input")
        time.sleep(0.5)  # the cell is now compiling or running: either way the interrupt must stop it
        started = time.time()
        km.interrupt_kernel()
        reply = shell_reply(kc, msg_id)
        expect(reply["content"]["status"] == "error", f"{name}: interrupted cell should end in error, got {reply['content']}")
        expect(reply["content"]["ename"] == "Interrupted", f"{name}: ename {reply['content']['ename']}")
        facts[name + " stopped after s"] = round(time.time() - started, 3)
    content, msgs = run(kc, "1 + 1")
    expect(content["status"] == "ok" and result_text(msgs) == ["2"], f"kernel not usable after interrupt: {content} {msgs}")
    return facts


def restart(km, kc):
    run(kc, "var marker = 7;")
    before = kernel_pid(km)
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=TIMEOUT)
    after = kernel_pid(km)
    expect(before != after, "restart kept the same process")
    content, msgs = run(kc, "marker")
    expect(content["status"] == "error" and "CS0103" in content["evalue"], f"state survived the restart: {content}")
    content, msgs = run(kc, "21 * 2")
    expect(result_text(msgs) == ["42"], f"fresh kernel did not answer: {msgs}")
    return {"old pid": before, "new pid": after}


def bad_signature(km, kc):
    marker = os.path.join(tempfile.mkdtemp(), "executed.txt")
    forged = Session(key=b"not-the-kernel-key", username="intruder")
    code = f'System.IO.File.WriteAllText(@"{marker}", "forged");'
    forged.send(kc.shell_channel.socket, "execute_request",
                {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    time.sleep(2)
    expect(not os.path.exists(marker), "a message with a bad signature was executed")
    content, msgs = run(kc, f'System.IO.File.Exists(@"{marker}")')
    expect(result_text(msgs) == ["False"], f"unexpected: {msgs}")
    return {"forged message executed": os.path.exists(marker)}


def managed_memory(kc):
    content, msgs = run(kc, "GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); GC.GetTotalMemory(true)")
    return int(result_text(msgs)[0])


def rss_kb(km):
    with open(f"/proc/{kernel_pid(km)}/status") as status:
        return int(next(line for line in status if line.startswith("VmRSS")).split()[1])


def memory(km, kc):
    # The kernel's own execution counts of the cells that answered right: the test asserts how many there were,
    # so a kernel that skipped, merged or re-numbered cells fails it rather than the script's say-so.
    counted = set()
    for i in range(200):
        if i == 20:
            heap20, rss20 = managed_memory(kc), rss_kb(km)
        content, msgs = run(kc, f"var value{i} = {i} * 2; value{i}")
        if content["status"] == "ok" and result_text(msgs) == [str(i * 2)]:
            counted.add(content["execution_count"])
    heap200, rss200 = managed_memory(kc), rss_kb(km)
    per_execution = (heap200 - heap20) / 180
    facts = {"executions": len(counted), "managed heap after 20 (MB)": round(heap20 / 2**20, 1), "managed heap after 200 (MB)": round(heap200 / 2**20, 1),
             "managed growth per execution (KB)": round(per_execution / 1024, 1), "RSS after 20 (MB)": round(rss20 / 1024, 1),
             "RSS after 200 (MB)": round(rss200 / 1024, 1)}
    # Each submission keeps its compilation (later cells bind to its variables), as in any Roslyn-scripting kernel:
    # about 0.2 MB of managed heap per cell. Native memory used to grow by 4 MB per cell (references re-read for
    # every submission) until the engine cached their resolution; these bounds catch a return of either.
    expect(per_execution < 512 * 1024, f"managed memory grows by {per_execution / 1024:.0f} KB per execution")
    rss_per_execution = (rss200 - rss20) / 180
    expect(rss_per_execution < 1024, f"resident memory grows by {rss_per_execution:.0f} KB per execution")
    return facts


def background(km, kc):
    code = 'new System.Threading.Thread(() => { System.Threading.Thread.Sleep(500); Console.WriteLine("from a background thread"); }).Start();'
    msg_id = kc.execute(code)
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=1)
        except Empty:
            continue
        if msg["msg_type"] == "stream" and "from a background thread" in msg["content"]["text"]:
            expect(msg["parent_header"].get("msg_id") == msg_id, "background output has the wrong parent")
            return {"arrived after the cell ended": True}
    raise AssertionError("output from the background thread never arrived")


def sigkill(km, kc):
    pid = kernel_pid(km)
    os.kill(pid, signal.SIGKILL)
    deadline = time.time() + 10
    while km.is_alive() and time.time() < deadline:
        time.sleep(0.1)
    expect(not km.is_alive(), "the client did not notice the killed kernel")
    km.restart_kernel(now=True)
    kc.wait_for_ready(timeout=TIMEOUT)
    content, msgs = run(kc, "40 + 2")
    expect(result_text(msgs) == ["42"], f"new kernel did not answer: {content} {msgs}")
    return {"killed pid": pid, "new pid": kernel_pid(km)}


def stdin(km, kc):
    answers = []

    def answer(msg):
        answers.append(msg["content"]["prompt"])
        kc.input("Ada")

    reply = kc.execute_interactive('var name = Console.ReadLine(); Console.WriteLine("hello " + name);', allow_stdin=True,
                                   stdin_hook=answer, output_hook=lambda m: answers.append(m["content"].get("text", "")), timeout=TIMEOUT)
    expect(reply["content"]["status"] == "ok", f"{reply['content']}")
    expect("hello Ada\n" in answers, f"input not used: {answers}")
    content, msgs = run(kc, "Console.ReadLine()", allow_stdin=False)
    expect(content["status"] == "error" and "allow_stdin" in content["evalue"], f"no clear error without stdin: {content}")
    return {"answered": True}


def libraries(km, kc):
    content, msgs = run(kc, '#r "nuget: Deedle, 8.1.0"\n#r "nuget: Plotly.NET, 6.0.0"\nusing Deedle;\nusing Plotly.NET;')
    expect(content["status"] == "ok", f"references failed: {content}")
    content, msgs = run(kc, 'var frame = Deedle.Frame.FromRecords(new[] { new { Group = "doctors", Share = 0.66 }, new { Group = "nurses", Share = 0.5 } });\nframe')
    expect(content["status"] == "ok", f"frame failed: {content}")
    html = [c["data"]["text/html"] for t, c in msgs if t == "execute_result"][0]
    expect("<table" in html and "doctors" in html and "0.66" in html, f"frame not shown as a table: {html[:500]}")
    content, msgs = run(kc, 'var bars = new Trace2D("bar");\nbars.SetProperty("x", new[] { "doctors", "nurses" });\nbars.SetProperty("y", new[] { 66, 50 });\nGenericChart.ofTraceObject(true, bars)')
    expect(content["status"] == "ok", f"chart failed: {content}")
    data = [c["data"] for t, c in msgs if t == "execute_result"][0]
    figure = data["application/vnd.plotly.v1+json"]
    expect(figure["data"][0]["type"] == "bar" and figure["data"][0]["y"] == [66, 50], f"plotly JSON: {figure}")
    expect("Plotly.newPlot" in data["text/html"] and "<script src=" not in data["text/html"], "chart HTML not offline")
    content, msgs = run(kc, 'typeof(Microsoft.FSharp.Core.Unit).Assembly.GetName().Version.ToString()')
    return {"frame html": True, "chart mime types": sorted(data), "FSharp.Core": result_text(msgs)}


# The using pattern of docs/kernel.md for Deedle and Plotly.NET in one cell: Deedle's namespace imported, Plotly.NET's
# C# API reached through aliases (importing the namespace Plotly.NET as well would make Frame ambiguous).
DEEDLE_AND_PLOTLY = """#r "nuget: Deedle, 8.1.0"
#r "nuget: Plotly.NET.CSharp, 0.14.0"
using Deedle;
using Chart = Plotly.NET.CSharp.Chart;
using GenericChart = Plotly.NET.GenericChart;"""


def plotly_csharp(km, kc):
    content, msgs = run(kc, DEEDLE_AND_PLOTLY)
    expect(content["status"] == "ok", f"references failed: {content}")
    content, msgs = run(kc, 'var frame = Frame.FromRecords(new[] { new { Group = "doctors", Share = 66 }, new { Group = "nurses", Share = 50 } });\n'
                            'GenericChart chart = Chart.Column<int, string, string>(values: frame.GetColumn<int>("Share").Values.ToArray(), '
                            'Keys: frame.GetColumn<string>("Group").Values.ToArray(), Name: "share");\nchart')
    expect(content["status"] == "ok", f"chart failed: {content}")
    data = [c["data"] for t, c in msgs if t == "execute_result"][0]
    figure = data["application/vnd.plotly.v1+json"]
    return {"chart mime types": sorted(data), "trace": figure["data"][0],
            "offline html": "Plotly.newPlot" in data["text/html"] and "<script src=" not in data["text/html"]}


def completion_positions(km, kc):
    # Protocol 5.2+ counts cursor positions in code points: the emoji before the cursor is one, not two UTF-16 units.
    code = '// \U0001F600 smile\nConsole.Wri'
    reply = kc.complete(code, len(code), reply=True, timeout=TIMEOUT)["content"]
    expect(set(reply["matches"]) >= {"Write", "WriteLine"}, f"matches: {reply['matches']}")
    expect(reply["cursor_start"] == len(code) - 3 and reply["cursor_end"] == len(code), f"span: {reply}")
    span = [reply["cursor_start"], reply["cursor_end"]]
    content, msgs = run(kc, "var answer = 42;")
    reply = kc.complete("ans", 3, reply=True, timeout=TIMEOUT)["content"]
    expect("answer" in reply["matches"], f"a variable from an earlier cell is not offered: {reply['matches']}")
    reply = kc.inspect("answer", 3, reply=True, timeout=TIMEOUT)["content"]
    expect(reply["found"] and "int" in reply["data"]["text/plain"], f"inspect: {reply}")
    return {"span in code points": span}


def alive_and_answering(km, kc, what):
    expect(km.is_alive(), f"the kernel died after {what}")
    content, msgs = run(kc, "20 + 22")
    expect(content["status"] == "ok" and result_text(msgs) == ["42"], f"kernel not usable after {what}: {content} {msgs}")


def thread_exception(km, kc):
    pid = kernel_pid(km)
    # An exception thrown on a thread the cell started, after the cell has ended.
    content, msgs = run(kc, 'new System.Threading.Thread(() => throw new InvalidOperationException("boom from a thread")).Start();')
    expect(content["status"] == "ok", f"{content}")
    time.sleep(1)
    alive_and_answering(km, kc, "an exception on a background thread")
    # The interrupt check inserted in a loop, running on a thread the interrupted cell started.
    msg_id = kc.execute('new System.Threading.Thread(() => { while (true) { } }).Start();\nSystem.Threading.Thread.Sleep(600000);')
    wait_for_iopub(kc, msg_id, "execute_input")
    time.sleep(1)
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id)
    expect(reply["content"]["status"] == "error", f"interrupted cell: {reply['content']}")
    time.sleep(1)
    alive_and_answering(km, kc, "interrupting a loop on a background thread")
    expect(kernel_pid(km) == pid, "the kernel process changed")
    return {"same process": True}


def raw_send(kc, header, content):
    """Sends a message signed with the session's key, frames built by hand so the header can be anything."""
    session = kc.session
    parts = [session.pack(header), session.pack({}), session.pack({}), session.pack(content)]
    kc.shell_channel.socket.send_multipart([b"<IDS|MSG>", session.sign(parts)] + parts)


def msg_type_number(km, kc):
    marker = os.path.join(tempfile.mkdtemp(), "executed.txt")
    header = kc.session.msg_header("execute_request")
    header["msg_type"] = 42
    raw_send(kc, header, {"code": f'System.IO.File.WriteAllText(@"{marker}", "ran");', "silent": False, "store_history": True,
                          "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    time.sleep(2)
    alive_and_answering(km, kc, "a signed message whose msg_type is a number")
    expect(not os.path.exists(marker), "a message whose msg_type is a number was executed")
    return {"executed": False}


def replay(km, kc):
    marker = os.path.join(tempfile.mkdtemp(), "runs.txt")
    message = kc.session.msg("execute_request", {"code": f'System.IO.File.AppendAllText(@"{marker}", "run;");', "silent": False,
                                                  "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    frames = kc.session.serialize(message)
    kc.shell_channel.socket.send_multipart(frames)
    shell_reply(kc, message["header"]["msg_id"])
    kc.shell_channel.socket.send_multipart(frames)  # the same signed bytes again
    time.sleep(2)
    alive_and_answering(km, kc, "a replayed message")
    with open(marker) as runs:
        executions = runs.read().count("run;")
    expect(executions == 1, f"the replayed message ran {executions} times")
    return {"executions": executions}


def recursion(km, kc):
    started = time.time()
    content, msgs = run(kc, "int Down(int n) => Down(n + 1) + 1;\nDown(0)")
    seconds = round(time.time() - started, 2)
    expect(content["status"] == "error", f"infinite recursion did not end in an error reply: {content}")
    expect(content["ename"] == "System.InsufficientExecutionStackException", f"ename {content['ename']}")
    lines = len(content["traceback"])
    expect(lines < 200, f"traceback of {lines} lines")
    alive_and_answering(km, kc, "infinite recursion")
    # Deep recursion that ends is not refused: the cell's thread has room for it.
    content, msgs = run(kc, "int Depth(int n) => n == 0 ? 0 : Depth(n - 1) + 1;\nDepth(100000)")
    expect(result_text(msgs) == ["100000"], f"recursion 100000 deep: {content} {msgs}")
    return {"error reply after s": seconds, "traceback lines": lines}


CASES = {"completion": completion_positions, "interrupt": interrupt_loop, "restart": restart, "bad-signature": bad_signature, "memory": memory,
         "background": background, "sigkill": sigkill, "stdin": stdin, "libraries": libraries, "plotly-csharp": plotly_csharp, "thread-exception": thread_exception,
         "msg-type-number": msg_type_number, "replay": replay, "recursion": recursion}

# Cases that leave the kernel alive and as usable as they found it run one after another on one kernel (in this
# order), which saves a kernel start each. The others get a kernel of their own: interrupt, restart and sigkill act on
# the process itself, and the two library cases import namespaces that would make later cells ambiguous.
SHARED = ["completion", "bad-signature", "msg-type-number", "replay", "stdin", "background", "thread-exception", "recursion", "memory"]


def run_on(name, km, kc):
    """Runs one case on the given kernel; returns its facts, with ok false and the error if it failed."""
    case = CASES[name]
    try:
        facts = case(km, kc) if case.__code__.co_argcount == 2 else case(kc)
        return {"case": name, "ok": True, **facts}
    except Exception as error:  # reported per case, so one failure does not hide the others
        return {"case": name, "ok": False, "error": f"{type(error).__name__}: {error}"}


def stop(km, kc):
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def run_cases(names):
    """The shared cases first, on one kernel (a fresh one after a case that failed, so that no failure spreads), then
    each other case on a kernel of its own."""
    results, kernel = [], None
    for name in [n for n in SHARED if n in names] + [n for n in names if n not in SHARED]:
        if kernel is None:
            kernel = start()
        results.append(run_on(name, *kernel))
        if name not in SHARED or not results[-1]["ok"]:
            stop(*kernel)
            kernel = None
    if kernel is not None:
        stop(*kernel)
    return results


if __name__ == "__main__":
    # One process for every case asked (all by default): Python and jupyter_client start once. One JSON line per case.
    names = sys.argv[1:] or list(CASES)
    results = run_cases(names)
    for result in results:
        print(json.dumps(result), flush=True)
    sys.exit(0 if all(r["ok"] for r in results) else 1)
