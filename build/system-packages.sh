#!/usr/bin/env bash
# The one place that knows which system packages the tests need, and sets them up.
#
#   build/system-packages.sh ensure   install what is missing (Debian/Ubuntu, as root or with passwordless sudo),
#                                     otherwise print the exact command for this system; never fails the caller
#   build/system-packages.sh missing  print the missing packages, one per line (nothing when all are there)
#
# The test projects that need these packages run `ensure` before their tests (build/SystemPackages.targets), and
# .ci/run runs it too. Test assemblies run in parallel, so the check and the install hold one lock: the second caller
# waits, then finds everything installed.
set -uo pipefail

PY=/usr/bin/python3   # Debian's python3, not a pyenv one on PATH: the Jupyter clients are Debian packages
LOCK="${TMPDIR:-/tmp}/surveyfigures-system-packages.lock"

# package<TAB>probe (a shell test that succeeds when the package's part the tests use is present)
PACKAGES=$(cat <<'EOF'
python3-nbformat	"$PY" -c 'import nbformat'
python3-jupyter-client	"$PY" -c 'import jupyter_client'
python3-jupyter-kernel-test	"$PY" -c 'import jupyter_kernel_test'
python3-nbclient	"$PY" -c 'import nbclient'
jupyter-nbconvert	[ -x /usr/bin/jupyter-nbconvert ]
chromium	[ -x /usr/bin/chromium ] || [ -x "$(command -v chromium)" ]
chromium-driver	[ -x /usr/bin/chromedriver ]
python3-selenium	"$PY" -c 'import selenium'
jupyter-notebook	"$PY" -c 'import notebook.notebookapp'
EOF
)

missing() {
  while IFS=$'\t' read -r package probe; do
    [ -n "$package" ] || continue
    if ! eval "$probe" >/dev/null 2>&1; then
      printf '%s\n' "$package"
    fi
  done <<<"$PACKAGES"
}

# How this machine can install as root: nothing when we are root, sudo when it needs no password, else no way.
as_root() {
  if [ "$(id -u)" = 0 ]; then
    echo ""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "sudo"
  else
    return 1
  fi
}

hint() {
  local list="$*"
  case "$(uname -s)" in
    Darwin) echo "system-packages: the kernel and browser tests need $list; on macOS: brew install --cask chromium && brew install chromedriver && /usr/bin/python3 -m pip install jupyter_client jupyter_kernel_test nbclient nbconvert nbformat 'notebook<7' selenium" ;;
    MINGW*|MSYS*|CYGWIN*) echo "system-packages: the kernel and browser tests need $list; on Windows: winget install Chromium.Chromium && py -m pip install jupyter_client jupyter_kernel_test nbclient nbconvert nbformat \"notebook<7\" selenium (and a chromedriver matching Chromium)" ;;
    *) echo "system-packages: the kernel and browser tests need $list; install them with: sudo apt-get install -y $list" ;;
  esac
}

ensure() {
  local needed
  needed=$(missing | tr '\n' ' ' | sed 's/ $//')
  [ -n "$needed" ] || return 0
  if [ ! -f /etc/debian_version ] || ! command -v apt-get >/dev/null 2>&1; then
    hint "$needed"
    return 0
  fi
  local sudo
  if ! sudo=$(as_root); then
    hint "$needed"
    return 0
  fi
  echo "system-packages: installing $needed (for the kernel and browser tests; once per machine)"
  # shellcheck disable=SC2086 # $sudo is empty or one word
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $needed >/dev/null; }; then
    echo "system-packages: apt-get could not install $needed; the tests that need them will say so"
    return 0
  fi
  needed=$(missing | tr '\n' ' ' | sed 's/ $//')
  if [ -n "$needed" ]; then
    echo "system-packages: still missing after apt-get: $needed"
  fi
}

case "${1:-}" in
  missing) missing ;;
  ensure)
    if command -v flock >/dev/null 2>&1; then
      # A lock another user holds or made unwritable is no reason to stop: go on without it.
      if { exec 9>>"$LOCK"; } 2>/dev/null; then flock 9; fi
    fi
    ensure
    ;;
  *) echo "usage: $0 ensure|missing" >&2; exit 2 ;;
esac
exit 0
