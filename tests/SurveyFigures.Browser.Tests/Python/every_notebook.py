"""Opens each notebook given in the classic Notebook, one after the other in one server and one headless Chromium, runs
all its cells, and prints one JSON line of what it saw: per notebook its execution counts, error outputs and, per
plotly chart at two window widths, whether it drew, how many marks it should draw and did, and the boxes of its text
(relative to the chart). The widths: 1400 px, and 700 px, where the charts are at their minimum width (800 px, the
width their footers are wrapped to) and their text is most crowded. Each chart is saved as a PNG at 1400 px under
SHOTS/<notebook>/. The notebook named LIFECYCLE then goes through lifecycle.py (reload, interrupt, restart) in the same
server and browser, under "lifecycle". Each notebook's kernel is shut down before the next opens.

Usage: every_notebook.py WORK_FOLDER KERNEL_NAME SHOTS_FOLDER LIFECYCLE NOTEBOOK...   (JUPYTER_PATH must hold KERNEL_NAME)"""
import json
import os
import sys
import time
import traceback

from selenium.webdriver.common.by import By

from classic_notebook import ClassicNotebook, copy_notebook, step, wait
from lifecycle import reload_interrupt_restart, run_all_seen

WIDTHS = [1400, 700]
HEIGHT = 1600  # tall enough for the tallest chart in one screenshot

# Every chart's svg as wide as its element (which CSS sizes to the output area, at least the minimum width): the
# resize has reached plotly.
SETTLED = """
return Array.prototype.every.call(document.querySelectorAll('.js-plotly-plot'), function (gd) {
  var svg = gd.querySelector('svg.main-svg');
  return svg && Math.abs(svg.getBoundingClientRect().width - gd.getBoundingClientRect().width) < 2;
});
"""

# Per .js-plotly-plot: its box; every non-empty text element of its svg layers; the named boxes that must not overlap
# (title, each annotation, axis titles, legend, mode bar); the marks its traces ask for (a bar per number along the value
# axis, a marker per number of a scatter drawn with markers) and the marks plotly drew (.point).
MEASURE = """
return Array.prototype.map.call(document.querySelectorAll('.js-plotly-plot'), function (gd) {
  var frame = (gd.querySelector('.svg-container') || gd).getBoundingClientRect();
  function box(el) {
    var r = el.getBoundingClientRect();
    return { left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top };
  }
  function visible(el) {
    var r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  }
  var texts = [];
  gd.querySelectorAll('svg.main-svg text').forEach(function (t) {
    if (t.textContent.trim() && visible(t)) { texts.push({ text: t.textContent.slice(0, 80), box: box(t) }); }
  });
  var named = [];
  function add(name, el) { if (el && visible(el)) { named.push({ name: name, text: el.textContent.slice(0, 80), box: box(el) }); } }
  add('title', gd.querySelector('.g-gtitle text'));
  gd.querySelectorAll('g.annotation').forEach(function (a) { add('annotation ' + a.getAttribute('data-index'), a.querySelector('text')); });
  add('x axis title', gd.querySelector('.g-xtitle text'));
  add('y axis title', gd.querySelector('.g-ytitle text'));
  add('legend', gd.querySelector('g.legend'));
  add('mode bar', gd.querySelector('.modebar'));
  var expected = 0;
  (gd._fullData || []).forEach(function (t) {
    if (t.visible !== true) { return; }
    var values = t.type === 'bar' ? (t.orientation === 'h' ? t.x : t.y) : (t.type === 'scatter' && (t.mode || '').split('+').indexOf('markers') >= 0 ? t.x : []);
    expected += Array.prototype.filter.call(values || [], function (v) { return typeof v === 'number' && isFinite(v); }).length;
  });
  return { id: gd.id, width: frame.width, height: frame.height, drawn: !!gd.querySelector('svg.main-svg .plot'),
           expected: expected, marks: gd.querySelectorAll('.point').length, texts: texts, named: named };
});
"""

work, kernel_name, shots, lifecycle, sources = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
steps = []
result = {"steps": steps, "notebooks": {}}
begun = time.monotonic()
frontend = ClassicNotebook(work, window=f"{WIDTHS[0]},{HEIGHT}")
result["start_seconds"] = round(time.monotonic() - begun, 1)  # the server and the browser: what sharing them saves a second script
try:
    result["without_token"] = frontend.status_without_token()
    for source in sources:
        name = copy_notebook(source, work, kernel_name)
        frontend.open(name)
        begun = time.monotonic()
        cells = frontend.run_all()
        run_all = run_all_seen(frontend, cells)
        seen = {"counts": run_all["counts"], "errors": run_all["errors"], "widths": {}, "run_all_seconds": round(time.monotonic() - begun, 1)}
        folder = os.path.join(shots, os.path.splitext(name)[0])
        os.makedirs(folder, exist_ok=True)
        for width in WIDTHS:
            frontend.driver.set_window_size(width, HEIGHT)
            # plotly's responsive charts lay out again on the window's resize event
            wait(f"the charts at {width} px", lambda: frontend.js(SETTLED), 20)
            time.sleep(1)
            seen["widths"][str(width)] = frontend.js(MEASURE)
            if width == WIDTHS[0]:  # narrower, a chart is wider than its scrolled output area and its screenshot cut
                for i, element in enumerate(frontend.driver.find_elements(By.CSS_SELECTOR, ".js-plotly-plot")):
                    frontend.js("arguments[0].scrollIntoView()", element)
                    element.screenshot(os.path.join(folder, f"chart-{i + 1:02d}.png"))
        frontend.driver.set_window_size(WIDTHS[0], HEIGHT)
        result["notebooks"][name] = seen
        step(steps, "notebook", notebook=name, cells=len(cells), charts=len(seen["widths"][str(WIDTHS[0])]), errors=len(seen["errors"]))
        if name == lifecycle:
            started = time.monotonic()
            try:
                result["lifecycle"] = {"notebook": name, "run_all": run_all, **reload_interrupt_restart(frontend, name, cells, steps)}
            except Exception:  # its own test reports it; the other notebooks' results stand
                result["lifecycle"] = {"notebook": name, "error": traceback.format_exc()}
            result["lifecycle"]["seconds"] = round(time.monotonic() - started, 1)
        frontend.shut_down_kernel()
finally:
    frontend.close()
print(json.dumps(result))
