"""The classic Jupyter Notebook (Debian's jupyter-notebook, 6.4) on 127.0.0.1 with a random token, and headless
Chromium driven by selenium, shared by the frontend scripts: one server and one browser for every notebook a script opens.

JUPYTER_PATH must hold the kernelspec the notebooks are copied with. WORK gets the copies (their `#r` to the facade
made absolute, their kernelspec set to ours) and the server's config, data and runtime folders."""
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

FACADE_REFERENCE = "../artifacts/notebook/SurveyFigures.Notebook.dll"


def step(steps, what, **facts):
    steps.append(dict(step=what, **facts))
    print(f"step: {what} {json.dumps(facts)}", file=sys.stderr, flush=True)


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


def copy_notebook(source, work, kernel_name):
    """Writes WORK/<name>: the facade by absolute path, the kernelspec ours (the notebooks keep Polyglot's .net-csharp)."""
    facade = os.path.abspath(os.path.join(os.path.dirname(source), FACADE_REFERENCE))
    with open(source, encoding="utf-8") as f:
        notebook = json.load(f)
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            cell["source"] = [line.replace(FACADE_REFERENCE, facade) for line in cell["source"]]
    notebook["metadata"]["kernelspec"] = {"name": kernel_name, "display_name": kernel_name, "language": "C#"}
    name = os.path.basename(source)
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        json.dump(notebook, f, ensure_ascii=False, indent=1)
    return name


class ClassicNotebook:
    """One server and one browser; `close()` ends both (and the kernels the server started)."""

    def __init__(self, work, window="1400,1200"):
        self.work = work
        env = dict(os.environ)
        for folder in ("config", "data", "runtime"):
            os.makedirs(os.path.join(work, "jupyter-" + folder), exist_ok=True)
        env.update(JUPYTER_CONFIG_DIR=os.path.join(work, "jupyter-config"), JUPYTER_DATA_DIR=os.path.join(work, "jupyter-data"),
                   JUPYTER_RUNTIME_DIR=os.path.join(work, "jupyter-runtime"), PYTHONDONTWRITEBYTECODE="1")
        self.port, self.token = free_port(), secrets.token_hex(24)
        command = [sys.executable, "-m", "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={self.port}", "--port-retries=0",
                   f"--NotebookApp.token={self.token}", f"--notebook-dir={work}", "--NotebookApp.disable_check_xsrf=False"]
        if os.geteuid() == 0:
            command.append("--allow-root")
        self.log = open(os.path.join(work, "server.log"), "w")
        self.server = subprocess.Popen(command, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self.base = f"http://127.0.0.1:{self.port}"
        self.driver = None
        wait("the notebook server", self._api_ready, 60)
        options = webdriver.ChromeOptions()
        options.binary_location = os.environ.get("SURVEYFIGURES_CHROMIUM", "/usr/bin/chromium")
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={window}",
                         f"--user-data-dir={os.path.join(work, 'chromium-profile')}"):
            options.add_argument(argument)
        self.driver = webdriver.Chrome(service=Service(os.environ.get("SURVEYFIGURES_CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
        self.driver.set_script_timeout(30)
        self.js = self.driver.execute_script

    def _api_ready(self):
        try:
            with urllib.request.urlopen(f"{self.base}/api/status?token={self.token}", timeout=2) as r:
                return r.status == 200
        except OSError:
            if self.server.poll() is not None:
                raise RuntimeError(f"the notebook server exited with {self.server.returncode}")
            return False

    def status_without_token(self):
        """The HTTP status of an API request without the token (403: the server is not open to whoever reaches the port)."""
        try:
            urllib.request.urlopen(f"{self.base}/api/sessions", timeout=5)
            return 200
        except urllib.error.HTTPError as e:
            return e.code

    def open(self, name):
        self.driver.get(f"{self.base}/notebooks/{name}?token={self.token}")
        wait("the notebook page", lambda: self.js("return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded)"), 60)
        wait("the kernel", lambda: self.js("var k = Jupyter.notebook.kernel; return !!(k && k.is_connected() && k.info_reply && k.info_reply.status === 'ok')"), 120)

    def code_cells(self):
        return self.js("return Jupyter.notebook.get_cells().map(function (c, i) { return [i, c.cell_type]; })"
                       ".filter(function (p) { return p[1] === 'code'; }).map(function (p) { return p[0]; })")

    def finished(self, indices):
        return self.js("var cells = Jupyter.notebook.get_cells(); return arguments[0].every(function (i) { var n = cells[i].input_prompt_number; "
                       "return n !== undefined && n !== null && n !== '*'; }) && Jupyter.notebook.kernel_busy === false", indices)

    def run(self, index, timeout=300):
        self.js("Jupyter.notebook.get_cell(arguments[0]).set_input_prompt('*'); Jupyter.notebook.execute_cells([arguments[0]])", index)
        wait(f"cell {index}", lambda: self.finished([index]), timeout)

    def run_all(self, timeout=600):
        cells = self.code_cells()
        self.js("Jupyter.notebook.execute_all_cells()")
        wait("every cell", lambda: self.finished(cells), timeout, 0.5)
        return cells

    def counts(self, cells):
        return self.js("return arguments[0].map(function (i) { return Jupyter.notebook.get_cell(i).input_prompt_number; })", cells)

    def charts(self, scope="document"):
        return self.js(f"var scope = {scope}; if (!scope) {{ return []; }} return Array.prototype.map.call(scope.querySelectorAll('.survey-figures-chart'), function (d) {{ "
                       "return {id: d.id, drawn: !!d.querySelector('svg.main-svg'), text: d.textContent.slice(0, 200)}; })")

    def errors(self):
        return self.js("var out = []; Jupyter.notebook.get_cells().forEach(function (c, i) { (c.output_area ? c.output_area.outputs : []).forEach(function (o) { "
                       "if (o.output_type === 'error') { out.push(i + ': ' + o.ename + ': ' + o.evalue); } }); }); return out")

    def wait_drawn(self, what, scope="document", timeout=30):
        try:
            wait(what, lambda: (lambda c: len(c) > 0 and all(x["drawn"] for x in c))(self.charts(scope)), timeout)
        except TimeoutError:
            pass
        return self.charts(scope)

    def shut_down_kernel(self):
        """Ends the open notebook's kernel, so that only one kernel runs at a time."""
        self.js("Jupyter.notebook.session.delete()")
        wait("the kernel's end", lambda: self.js("return !Jupyter.notebook.kernel || !Jupyter.notebook.kernel.is_connected()"), 30)

    def close(self):
        if self.driver is not None:
            try:
                self.driver.quit()
            except Exception:
                pass
        try:
            os.killpg(self.server.pid, signal.SIGTERM)
            self.server.wait(20)
        except Exception:
            os.killpg(self.server.pid, signal.SIGKILL)
        self.log.close()
