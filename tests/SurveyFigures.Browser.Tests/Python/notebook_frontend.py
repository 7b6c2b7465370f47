"""Drives the classic Jupyter Notebook (Debian's jupyter-notebook, 6.4) in headless Chromium through selenium, with the
repository's C# kernel, and prints one JSON line of what it saw.

Usage: notebook_frontend.py NOTEBOOK WORK_FOLDER KERNEL_NAME
  JUPYTER_PATH must hold the kernelspec KERNEL_NAME. WORK_FOLDER gets a copy of NOTEBOOK (its `#r` to the facade made
  absolute, its kernelspec set to KERNEL_NAME) and the server's config, data and runtime folders; nothing else is written.

Steps: start the server on 127.0.0.1 with a random token; open the notebook; run all cells; record every chart element
and whether plotly drew into it (svg.main-svg) and every error output; save; reload the page and re-run one chart cell
(not the first, so its output has no plotly.js of its own); interrupt a sleeping cell and run another; restart the
kernel and run the facade cell and a chart cell again."""
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

source, work, kernel_name = sys.argv[1], sys.argv[2], sys.argv[3]
facade = os.path.abspath(os.path.join(os.path.dirname(source), "..", "artifacts", "notebook", "SurveyFigures.Notebook.dll"))
steps = []


def step(name, **facts):
    steps.append(dict(step=name, **facts))
    print(f"step: {name} {json.dumps(facts)}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait(what, check, timeout, interval=0.25):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


# The copy: the facade by absolute path, the kernelspec ours (the notebooks keep Polyglot's .net-csharp).
with open(source, encoding="utf-8") as f:
    notebook = json.load(f)
for cell in notebook["cells"]:
    if cell["cell_type"] == "code":
        cell["source"] = [line.replace("../artifacts/notebook/SurveyFigures.Notebook.dll", facade) for line in cell["source"]]
notebook["metadata"]["kernelspec"] = {"name": kernel_name, "display_name": kernel_name, "language": "C#"}
name = os.path.basename(source)
with open(os.path.join(work, name), "w", encoding="utf-8") as f:
    json.dump(notebook, f, ensure_ascii=False, indent=1)

env = dict(os.environ)
for folder in ("config", "data", "runtime"):
    os.makedirs(os.path.join(work, "jupyter-" + folder), exist_ok=True)
env.update(JUPYTER_CONFIG_DIR=os.path.join(work, "jupyter-config"), JUPYTER_DATA_DIR=os.path.join(work, "jupyter-data"),
           JUPYTER_RUNTIME_DIR=os.path.join(work, "jupyter-runtime"), PYTHONDONTWRITEBYTECODE="1")
port, token = free_port(), secrets.token_hex(24)
command = [sys.executable, "-m", "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
           f"--NotebookApp.token={token}", f"--notebook-dir={work}", "--NotebookApp.disable_check_xsrf=False"]
if os.geteuid() == 0:
    command.append("--allow-root")
log = open(os.path.join(work, "server.log"), "w")
server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
driver = None
result = {"steps": steps}
try:
    base = f"http://127.0.0.1:{port}"

    def api_ready():
        try:
            with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                return r.status == 200
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"the notebook server exited with {server.returncode}")
            return False

    wait("the notebook server", api_ready, 60)
    # Without the token the API refuses: the server is not open to whoever reaches the port.
    try:
        urllib.request.urlopen(f"{base}/api/sessions", timeout=5)
        result["without_token"] = 200
    except urllib.error.HTTPError as e:
        result["without_token"] = e.code
    step("server", port=port)

    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("SURVEYFIGURES_CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1200",
                     f"--user-data-dir={os.path.join(work, 'chromium-profile')}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(os.environ.get("SURVEYFIGURES_CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_script_timeout(30)
    js = driver.execute_script

    def open_notebook():
        driver.get(f"{base}/notebooks/{name}?token={token}")
        wait("the notebook page", lambda: js("return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded)"), 60)
        wait("the kernel", lambda: js("var k = Jupyter.notebook.kernel; return !!(k && k.is_connected() && k.info_reply && k.info_reply.status === 'ok')"), 120)

    def code_cells():
        return js("return Jupyter.notebook.get_cells().map(function (c, i) { return [i, c.cell_type]; })"
                  ".filter(function (p) { return p[1] === 'code'; }).map(function (p) { return p[0]; })")

    def finished(indices):
        return js("var cells = Jupyter.notebook.get_cells(); return arguments[0].every(function (i) { var n = cells[i].input_prompt_number; "
                  "return n !== undefined && n !== null && n !== '*'; }) && Jupyter.notebook.kernel_busy === false", indices)

    def run(index, timeout=300):
        js("Jupyter.notebook.get_cell(arguments[0]).set_input_prompt('*'); Jupyter.notebook.execute_cells([arguments[0]])", index)
        wait(f"cell {index}", lambda: finished([index]), timeout)

    def charts(scope="document"):
        return js(f"var scope = {scope}; if (!scope) {{ return []; }} return Array.prototype.map.call(scope.querySelectorAll('.survey-figures-chart'), function (d) {{ "
                  "return {id: d.id, drawn: !!d.querySelector('svg.main-svg'), text: d.textContent.slice(0, 200)}; })")

    def errors():
        return js("var out = []; Jupyter.notebook.get_cells().forEach(function (c, i) { (c.output_area ? c.output_area.outputs : []).forEach(function (o) { "
                  "if (o.output_type === 'error') { out.push(i + ': ' + o.ename + ': ' + o.evalue); } }); }); return out")

    def wait_drawn(what, scope="document", timeout=30):
        try:
            wait(what, lambda: (lambda c: len(c) > 0 and all(x["drawn"] for x in c))(charts(scope)), timeout)
        except TimeoutError:
            pass
        return charts(scope)

    open_notebook()
    cells = code_cells()
    step("opened", code_cells=len(cells))
    js("Jupyter.notebook.execute_all_cells()")
    wait("every cell", lambda: finished(cells), 600, 0.5)
    result["run_all"] = {"charts": wait_drawn("every chart"), "errors": errors(),
                         "counts": js("return arguments[0].map(function (i) { return Jupyter.notebook.get_cell(i).input_prompt_number; })", cells)}
    step("run all", charts=len(result["run_all"]["charts"]))

    # Save (signed: outputs made in this session are trusted), then reload the page.
    js("Jupyter.notebook.save_notebook()")
    wait("the save", lambda: js("return Jupyter.notebook.dirty === false"), 30)
    driver.refresh()
    open_notebook()
    chart_cells = js("return Jupyter.notebook.get_cells().map(function (c, i) { return [i, c.output_area && c.output_area.element[0].querySelector('.survey-figures-chart') ? 1 : 0]; })"
                     ".filter(function (p) { return p[1]; }).map(function (p) { return p[0]; })")
    again = chart_cells[1] if len(chart_cells) > 1 else chart_cells[0]
    run(again)
    scope = f"Jupyter.notebook.get_cell({again}).output_area.element[0]"
    result["reload"] = {"cell": again, "charts": wait_drawn("the re-run chart", scope), "errors": errors(),
                        "trusted": js("return Jupyter.notebook.trusted")}
    step("reload and re-run", cell=again)
    # As on a page whose restored outputs never ran their scripts: no window.Plotly. The re-run chart runs the first
    # chart's inlined copy again (the loader in ChartRendering.ToHtml) and draws.
    js("delete window.Plotly; window.Plotly = undefined")
    run(again)
    result["without_plotly"] = {"charts": wait_drawn("the chart without window.Plotly", scope), "errors": errors(),
                                "copies": js("return document.querySelectorAll('#survey-figures-plotly-js').length")}
    step("re-run without window.Plotly", charts=len(result["without_plotly"]["charts"]))

    # Interrupt a sleeping cell, then run another.
    index = js("var c = Jupyter.notebook.insert_cell_at_bottom('code'); c.set_text('System.Threading.Thread.Sleep(120000);'); return Jupyter.notebook.find_cell_index(c)")
    started = time.monotonic()
    js("Jupyter.notebook.execute_cells([arguments[0]])", index)
    wait("the kernel busy", lambda: js("return Jupyter.notebook.kernel_busy === true"), 30, 0.1)
    time.sleep(1)
    js("Jupyter.notebook.kernel.interrupt()")
    wait("the interrupted cell", lambda: finished([index]), 60)
    outputs = js("return Jupyter.notebook.get_cell(arguments[0]).output_area.outputs.map(function (o) { return o.output_type + ':' + (o.ename || ''); })", index)
    after = js("var c = Jupyter.notebook.insert_cell_at_bottom('code'); c.set_text('6 * 7'); return Jupyter.notebook.find_cell_index(c)")
    run(after, 60)
    result["interrupt"] = {"seconds": round(time.monotonic() - started, 1), "outputs": outputs,
                           "next": js("return Jupyter.notebook.get_cell(arguments[0]).output_area.element.text()", after)}
    step("interrupt", **result["interrupt"])
    js("Jupyter.notebook.get_cell(arguments[0]).clear_output()", index)

    # Restart: a new session, so the facade cell and a chart (which carries plotly.js again) run afresh.
    js("Jupyter.notebook.kernel.restart()")
    time.sleep(1)
    wait("the restarted kernel", lambda: js("var k = Jupyter.notebook.kernel; return !!(k && k.is_connected() && Jupyter.notebook.kernel_busy === false)"), 120)
    state = js("var c = Jupyter.notebook.insert_cell_at_bottom('code'); c.set_text('surveys'); return Jupyter.notebook.find_cell_index(c)")
    run(state, 60)
    lost = js("return Jupyter.notebook.get_cell(arguments[0]).output_area.outputs.map(function (o) { return o.output_type + ':' + (o.ename || '') + ':' + (o.evalue || ''); })", state)
    js("Jupyter.notebook.get_cell(arguments[0]).clear_output()", state)
    for i in cells:
        if i < again:
            run(i)
    run(again)
    result["restart"] = {"state_lost": lost, "charts": wait_drawn("the chart after restart", scope), "errors": errors()}
    step("restart", charts=len(result["restart"]["charts"]))
    result["browser_errors"] = [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"] if hasattr(driver, "get_log") else []
finally:
    if driver is not None:
        try:
            driver.quit()
        except Exception:
            pass
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(20)
    except Exception:
        os.killpg(server.pid, signal.SIGKILL)
    log.close()
print(json.dumps(result))
