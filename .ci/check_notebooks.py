"""Independent notebook checks with Debian's python3-nbformat.

--no-outputs DIR...  source notebooks must be committed without outputs or execution counts.
--validate DIR...    every .ipynb must validate against the nbformat 4 schema.
"""
import glob
import sys

import nbformat

mode, folders = sys.argv[1], sys.argv[2:]
problems = []
count = 0
for folder in folders:
    for path in sorted(glob.glob(f"{folder}/*.ipynb")):
        count += 1
        nb = nbformat.read(path, as_version=4)
        if mode == "--validate":
            try:
                nbformat.validate(nb)
            except nbformat.ValidationError as e:
                problems.append(f"{path}: {e.message}")
        elif mode == "--no-outputs":
            for i, cell in enumerate(nb.cells, start=1):
                if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None):
                    problems.append(f"{path}: cell {i} has outputs; clear them before committing")
for p in problems:
    print(p, file=sys.stderr)
print(f"{count} notebook(s) checked ({mode[2:]}), {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
