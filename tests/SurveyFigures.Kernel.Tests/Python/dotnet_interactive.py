"""Executes one notebook with nbclient through the .NET Interactive kernel (the `.net-csharp` kernelspec that
`dotnet interactive jupyter install` writes), then lists the TCP sockets the kernel's processes listen on.
Usage: dotnet_interactive.py NOTEBOOK OUTPUT_FOLDER   (KERNEL_NAME and JUPYTER_PATH name the kernelspec)
Prints one JSON line: per code cell its execution count, output types, mime types and whether its HTML holds a
plotly chart div; the kernelspec's argv; every listening socket of the kernel's process tree (address, port)."""
import json
import os
import sys

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

LISTEN = "0A"


def descendants(pid):
    """The process and all its descendants, from /proc/*/stat (field 4 is the parent)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def socket_inodes(pids):
    inodes = set()
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    target = os.readlink(f"/proc/{pid}/fd/{fd}")
                except OSError:
                    continue
                if target.startswith("socket:["):
                    inodes.add(target[len("socket:["):-1])
        except OSError:
            pass
    return inodes


def address(hex_address, family):
    """/proc/net/tcp{,6} addresses: little-endian 32-bit words."""
    host, port = hex_address.split(":")
    raw = bytes.fromhex(host)
    words = [raw[i:i + 4][::-1] for i in range(0, len(raw), 4)]
    data = b"".join(words)
    if family == 4:
        text = ".".join(str(b) for b in data)
    else:
        import ipaddress
        text = str(ipaddress.IPv6Address(data))
    return text, int(port, 16)


def listening(pid):
    inodes = socket_inodes(descendants(pid))
    found = []
    for name, family in (("tcp", 4), ("tcp6", 6)):
        try:
            with open(f"/proc/net/{name}") as table:
                lines = table.read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == LISTEN and fields[9] in inodes:
                host, port = address(fields[1], family)
                found.append({"address": host, "port": port})
    return sorted(found, key=lambda s: (s["port"], s["address"]))


source, folder = sys.argv[1], sys.argv[2]
kernel_name = os.environ["KERNEL_NAME"]
spec = KernelSpecManager().get_kernel_spec(kernel_name)
notebook = nbformat.read(source, as_version=4)
client = NotebookClient(notebook, kernel_name=kernel_name, timeout=300, startup_timeout=180,
                        resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}})
sockets = []
with client.setup_kernel():
    pid = client.km.provisioner.process.pid
    for index, cell in enumerate(notebook.cells):
        client.execute_cell(cell, index)
    sockets = listening(pid)
target = os.path.join(folder, os.path.basename(source))
nbformat.write(notebook, target)
nbformat.validate(nbformat.read(target, as_version=4))


def chart(output):
    html = output.get("data", {}).get("text/html", "")
    html = "".join(html) if isinstance(html, list) else html
    return "survey-figures-chart" in html and "Plotly.newPlot" in html


cells = [{"count": c.get("execution_count"),
          "outputs": [o["output_type"] for o in c["outputs"]],
          "errors": [f"{o.get('ename')}: {o.get('evalue')}" for o in c["outputs"] if o["output_type"] == "error"],
          "mime": sorted({m for o in c["outputs"] for m in o.get("data", {})}),
          "charts": sum(1 for o in c["outputs"] if chart(o))}
         for c in notebook.cells if c.cell_type == "code"]
print(json.dumps({"notebook": os.path.basename(source), "argv": spec.argv, "sockets": sockets, "cells": cells}))
