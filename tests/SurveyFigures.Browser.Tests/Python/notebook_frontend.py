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
import sys
import time

from classic_notebook import ClassicNotebook, copy_notebook, step as record, wait

source, work, kernel_name = sys.argv[1], sys.argv[2], sys.argv[3]
steps = []


def step(what, **facts):
    record(steps, what, **facts)


name = copy_notebook(source, work, kernel_name)
frontend = ClassicNotebook(work)
result = {"steps": steps}
try:
    result["without_token"] = frontend.status_without_token()
    step("server", port=frontend.port)
    driver, js = frontend.driver, frontend.js

    def open_notebook():
        frontend.open(name)

    code_cells, finished, run, charts, errors, wait_drawn = (frontend.code_cells, frontend.finished, frontend.run, frontend.charts,
                                                              frontend.errors, frontend.wait_drawn)

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
    frontend.close()
print(json.dumps(result))
