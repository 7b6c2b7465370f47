"""What a user does to a notebook after Run All in the classic Notebook, beyond reading it (every_notebook.py calls it
for one notebook, in its server and browser): save; reload the page and re-run one chart cell (not the first, so its
output has no plotly.js of its own), again once window.Plotly is gone; interrupt a sleeping cell and run another;
restart the kernel and run the facade cell and a chart cell again. Returns what each step saw."""
import time

from classic_notebook import step, wait


def run_all_seen(frontend, cells):
    """Right after Run All: every chart element and whether plotly drew into it, every error output, the execution counts."""
    return {"charts": frontend.wait_drawn("every chart"), "errors": frontend.errors(), "counts": frontend.counts(cells)}


def reload_interrupt_restart(frontend, name, cells, steps):
    js, run, errors, wait_drawn = frontend.js, frontend.run, frontend.errors, frontend.wait_drawn
    result = {}

    # Save (signed: outputs made in this session are trusted), then reload the page.
    js("Jupyter.notebook.save_notebook()")
    wait("the save", lambda: js("return Jupyter.notebook.dirty === false"), 30)
    frontend.driver.refresh()
    frontend.open(name)
    chart_cells = js("return Jupyter.notebook.get_cells().map(function (c, i) { return [i, c.output_area && c.output_area.element[0].querySelector('.survey-figures-chart') ? 1 : 0]; })"
                     ".filter(function (p) { return p[1]; }).map(function (p) { return p[0]; })")
    again = chart_cells[1] if len(chart_cells) > 1 else chart_cells[0]
    run(again)
    scope = f"Jupyter.notebook.get_cell({again}).output_area.element[0]"
    result["reload"] = {"cell": again, "charts": wait_drawn("the re-run chart", scope), "errors": errors(),
                        "trusted": js("return Jupyter.notebook.trusted")}
    step(steps, "reload and re-run", cell=again)
    # As on a page whose restored outputs never ran their scripts: no window.Plotly. The re-run chart runs the first
    # chart's inlined copy again (the loader in ChartRendering.ToHtml) and draws.
    js("delete window.Plotly; window.Plotly = undefined")
    run(again)
    result["without_plotly"] = {"charts": wait_drawn("the chart without window.Plotly", scope), "errors": errors(),
                                "copies": js("return document.querySelectorAll('#survey-figures-plotly-js').length")}
    step(steps, "re-run without window.Plotly", charts=len(result["without_plotly"]["charts"]))

    # Interrupt a sleeping cell, then run another.
    index = js("var c = Jupyter.notebook.insert_cell_at_bottom('code'); c.set_text('System.Threading.Thread.Sleep(120000);'); return Jupyter.notebook.find_cell_index(c)")
    started = time.monotonic()
    js("Jupyter.notebook.execute_cells([arguments[0]])", index)
    wait("the kernel busy", lambda: js("return Jupyter.notebook.kernel_busy === true"), 30, 0.1)
    time.sleep(1)
    js("Jupyter.notebook.kernel.interrupt()")
    wait("the interrupted cell", lambda: frontend.finished([index]), 60)
    outputs = js("return Jupyter.notebook.get_cell(arguments[0]).output_area.outputs.map(function (o) { return o.output_type + ':' + (o.ename || ''); })", index)
    after = js("var c = Jupyter.notebook.insert_cell_at_bottom('code'); c.set_text('6 * 7'); return Jupyter.notebook.find_cell_index(c)")
    run(after, 60)
    result["interrupt"] = {"seconds": round(time.monotonic() - started, 1), "outputs": outputs,
                           "next": js("return Jupyter.notebook.get_cell(arguments[0]).output_area.element.text()", after)}
    step(steps, "interrupt", **result["interrupt"])
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
    step(steps, "restart", charts=len(result["restart"]["charts"]))
    return result
