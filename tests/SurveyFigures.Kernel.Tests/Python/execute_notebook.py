"""Executes a notebook through the installed C# kernel with nbclient, validates it with nbformat and summarises it.
Usage: execute_notebook.py NOTEBOOK OUTPUT_FOLDER; prints JSON: per code cell, its output types and mime types."""
import json
import os
import sys

import nbformat
from nbclient import NotebookClient

source, folder = sys.argv[1], sys.argv[2]
notebook = nbformat.read(source, as_version=4)
client = NotebookClient(notebook, kernel_name=os.environ["KERNEL_NAME"], timeout=600, startup_timeout=60,
                        resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}})
client.execute()
target = os.path.join(folder, os.path.basename(source))
nbformat.write(notebook, target)
nbformat.validate(nbformat.read(target, as_version=4))
cells = [{"outputs": [o["output_type"] for o in c["outputs"]],
          "mime": sorted({m for o in c["outputs"] for m in o.get("data", {})})}
         for c in notebook.cells if c.cell_type == "code"]
print(json.dumps({"notebook": os.path.basename(source), "kernelspec": notebook.metadata.get("kernelspec", {}), "cells": cells}))
