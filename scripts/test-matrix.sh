#!/usr/bin/env bash
# Run the Imagery Hub test suite against several QGIS versions.
#
#   scripts/test-matrix.sh [VERSION...]          e.g.  scripts/test-matrix.sh 3.40 3.44
#
#   3.22  host QGIS (Debian 12), `make test` in the checkout; with
#         MATRIX_322_IN_ROOT=1 a Debian bookworm root instead
#   3.40  Debian trixie root        3.44  Debian sid root (sid moves: the summary
#                                         prints the QGIS version it really has)
#
# Roots are built once with debootstrap into $IMAGERY_HUB_ROOTS/<suite> (outside
# the checkout) and reused; the checkout is bind-mounted read-write at /src.
#
# Environment:
#   QGIS_VERSIONS         versions when no arguments are given ("3.22 3.40 3.44")
#   IMAGERY_HUB_ROOTS     root cache folder (/var/cache/imagery-hub/roots)
#   MATRIX_CHECKOUT       checkout to test (default: the repo holding this script)
#   MATRIX_REQUIREMENTS   pip requirements for the roots' venv
#                         (default: $MATRIX_CHECKOUT/requirements-test.txt)
#   MATRIX_TEST_CMD       run in the root, cwd /src, venv first on PATH
#                         (default: cd /src && rm -rf .qgis-settings &&
#                          /opt/ihvenv/bin/python -m pytest -p no:cacheprovider tests -q)
#   HOST_TEST_CMD         run on the host in the checkout (default: make test)
#   MATRIX_EXTRA_PACKAGES extra Debian packages for the roots
#   MATRIX_ENV            extra VAR=value words passed into the root for the tests
#   MATRIX_BUILD_ONLY=1   build/refresh the roots, run no tests
#   MATRIX_UPGRADE=1      apt full-upgrade the roots and re-create their venv
#   MATRIX_REBUILD=1      delete the requested roots and build them from scratch
#   MATRIX_NO_NAMESPACE=1 mount in the host mount namespace (default: a private
#                         one from unshare, when available)
#   DEBIAN_MIRROR         (http://deb.debian.org/debian)
#
# Build logs: $IMAGERY_HUB_ROOTS/<suite>.build.log.  Needs root: when not run as
# root, the root-only part re-invokes this script through sudo.
# shellcheck disable=SC2317  # functions run indirectly (step, --call) look unreachable
set -euo pipefail

SELF=$(readlink -f "${BASH_SOURCE[0]}")
ROOTS=${IMAGERY_HUB_ROOTS:-/var/cache/imagery-hub/roots}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
VENV=/opt/ihvenv
STAMP=.imagery-hub-ready                   # = hash of apt stage + requirements
APT_STAMP=.imagery-hub-apt                 # = hash of suite + package list
# .qgis-settings (pytest-qgis' QGIS profile, incl. qgis-auth.db) is removed first,
# as `make test` does: a profile left by another QGIS version must not leak in.
DEFAULT_TEST_CMD="cd /src && rm -rf .qgis-settings && $VENV/bin/python -m pytest -p no:cacheprovider tests -q"
ROOT_PATH="$VENV/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
BASE_PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# Debian packages of each root (same names in bookworm, trixie and sid), as
# scripts/setup.sh installs on the host (Qt's translations and a Japanese font for
# the French and Japanese panel tests). xvfb + xauth: tests/gui runs the real
# QGIS desktop under xvfb-run and is skipped without it.
PACKAGES="qgis python3-qgis qgis-providers python3-shapely python3-requests python3-pil
  python3-venv python3-pip xvfb xauth ca-certificates fonts-dejavu-core pyqt5-dev-tools qttools5-dev-tools
  qttranslations5-l10n fonts-ipafont-gothic
  ${MATRIX_EXTRA_PACKAGES:-}"
# Variables handed to the privileged part (sudo resets the environment).
PASS_VARS="IMAGERY_HUB_ROOTS DEBIAN_MIRROR MATRIX_CHECKOUT MATRIX_REQUIREMENTS
  MATRIX_TEST_CMD MATRIX_EXTRA_PACKAGES MATRIX_ENV MATRIX_BUILD_ONLY MATRIX_UPGRADE
  MATRIX_REBUILD MATRIX_NO_NAMESPACE PYTEST_ADDOPTS TERM http_proxy https_proxy no_proxy HTTP_PROXY
  HTTPS_PROXY NO_PROXY PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_TRUSTED_HOST"

die() { echo "test-matrix: $*" >&2; exit 2; }
note() { echo "test-matrix: $*" >&2; }

# Mount points at or below $1 in this mount namespace.
mounts_under() {
  findmnt -rn -o TARGET | awk -v p="$1" '$0 == p || index($0, p "/") == 1'
}

# Start a private mount + PID namespace: every mount made inside (by us, by
# debootstrap, by a postinst) and every process started in the root vanish when
# it ends, even on kill -9. Falls back to plain mounts (unmounted by a trap).
ns_prefix() {
  if [ "${MATRIX_NO_NAMESPACE:-}" != 1 ] &&
    unshare --mount --pid --fork --kill-child --propagation private true 2>/dev/null; then
    echo "unshare --mount --pid --fork --kill-child --propagation private"
  fi
}

###########################################################################
# --in-ns ROOT SRC USERSPEC CMD...: mount the API filesystems (and SRC at /src
# when not empty), run CMD with chroot, unmount. Runs as root, normally as
# PID 1 of the namespace made by ns_prefix.
in_ns() {
  local root=$1 src=$2 user=$3 m
  shift 3
  MOUNTED=()
  unmount_all() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
      umount -R "${MOUNTED[i]}" 2>/dev/null || umount -R -l "${MOUNTED[i]}" ||
        note "could not unmount ${MOUNTED[i]}"
    done
    MOUNTED=()
  }
  trap unmount_all EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM HUP
  mnt() { # mnt TARGET MOUNT-ARGS...: mount and remember for unmount_all
    local target=$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    MOUNTED+=("$target")
  }
  mnt "$root/proc" -t proc -o nosuid,nodev,noexec proc
  # Binds are made rslave at once so that nothing mounted below them (or
  # unmounted with umount -R) ever propagates back to the host's /sys or /dev.
  mnt "$root/sys" --rbind /sys
  mount --make-rslave "$root/sys"
  mnt "$root/dev" --bind /dev
  mount --make-rslave "$root/dev"
  if [ -d /dev/pts ]; then mnt "$root/dev/pts" --bind /dev/pts; fi
  mnt "$root/dev/shm" -t tmpfs -o mode=1777,nosuid,nodev shm
  mnt "$root/tmp" -t tmpfs -o mode=1777,nosuid,nodev tmp
  if [ -n "$src" ]; then
    mnt "$root/src" --bind "$src"
    mount --make-rslave "$root/src"
  fi
  # Writable HOME and XDG_RUNTIME_DIR on the fresh /tmp (owned by the test user).
  mkdir -m 0700 "$root/tmp/home" "$root/tmp/xdg-runtime"
  if [ -n "$user" ]; then chown "$user" "$root/tmp/home" "$root/tmp/xdg-runtime"; fi
  m=0
  chroot ${user:+--userspec="$user"} "$root" "$@" || m=$?
  unmount_all
  return "$m"
}

###########################################################################
# Privileged part: --root-job SUITE RESULTFILE builds/refreshes one root and runs
# the tests in it, then writes "STATUS<TAB>QGIS VERSION<TAB>DETAIL" to RESULTFILE.
root_job() {
  SUITE=$1 RESULT=$2
  ROOT=$ROOTS/$SUITE LOG=$ROOTS/$SUITE.build.log NS=$(ns_prefix)
  CHECKOUT=${MATRIX_CHECKOUT:?} REQS=${MATRIX_REQUIREMENTS:?}
  export SUITE ROOT LOG NS CHECKOUT REQS # for the steps (bash $SELF --call ...)
  mkdir -p "$ROOTS"
  # One job per root at a time (a second run of this script waits here).
  exec 9>"$ROOTS/.$SUITE.lock"
  flock 9
  # Safety net for the no-namespace fallback: nothing may stay mounted. Holding
  # the lock, any mount found below the root is a leftover (e.g. of a kill -9).
  unmount_stale() {
    local m
    for m in $(mounts_under "$ROOT" | sort -r); do umount -R -l "$m" || true; done
  }
  unmount_stale
  trap unmount_stale EXIT
  [ -z "$NS" ] && note "mounting in the host mount namespace (no unshare, or MATRIX_NO_NAMESPACE=1)"

  local version rc
  if ! build_root; then
    printf 'BUILD FAILED\t?\tsee %s\n' "$LOG" >"$RESULT"
    return 0
  fi
  # The real version string, read again (the root may have been upgraded by hand).
  version=$(in_root "cd / && python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)'" \
    2>/dev/null | tail -n 1) || version=$(cat "$ROOT/.imagery-hub-qgis-version")
  if [ "${MATRIX_BUILD_ONLY:-}" = 1 ]; then
    printf 'BUILT\t%s\t%s\n' "$version" "$ROOT" >"$RESULT"
    return 0
  fi
  # Run as the checkout's owner so that files written into /src (e.g.
  # .qgis-settings of pytest-qgis) do not end up owned by root.
  local owner user="" home=/root
  owner=$(stat -c %u:%g "$CHECKOUT")
  if [ "${owner%%:*}" != 0 ]; then user=$owner home=/tmp/home; fi
  local -a envv=(/usr/bin/env -i HOME="$home" PATH="$ROOT_PATH" LANG=C.UTF-8
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/xdg-runtime PYTHONDONTWRITEBYTECODE=1
    TERM="${TERM:-dumb}")
  [ -n "${PYTEST_ADDOPTS:-}" ] && envv+=(PYTEST_ADDOPTS="$PYTEST_ADDOPTS")
  # shellcheck disable=SC2206  # MATRIX_ENV is a list of VAR=value words
  [ -n "${MATRIX_ENV:-}" ] && envv+=(${MATRIX_ENV})
  local out=$ROOTS/$SUITE.last-test.log t0=$SECONDS
  echo "=== QGIS $version ($SUITE): ${MATRIX_TEST_CMD:-$DEFAULT_TEST_CMD}"
  set +e
  $NS bash "$SELF" --in-ns "$ROOT" "$CHECKOUT" "$user" \
    "${envv[@]}" /bin/bash -c "${MATRIX_TEST_CMD:-$DEFAULT_TEST_CMD}" 2>&1 | tee "$out"
  rc=${PIPESTATUS[0]}
  set -e
  result_line "$rc" "$version" "$out" "$((SECONDS - t0))" >"$RESULT"
}

# step LABEL CMD...: run CMD with its output going to $LOG, print one line.
step() {
  local label=$1 t0=$SECONDS rc=0
  shift
  printf '[%s] %-28s ' "$SUITE" "$label"
  echo "===== $(date '+%F %T') $label" >>"$LOG"
  set +e
  # A fresh shell, so that set -e holds inside (it would not in a function
  # called from an if or || context).
  bash "$SELF" --call "$@" >>"$LOG" 2>&1 </dev/null
  rc=$?
  set -e
  echo "===== $label: exit $rc after $((SECONDS - t0))s" >>"$LOG"
  if [ "$rc" = 0 ]; then
    echo "ok ($((SECONDS - t0))s)"
  else
    echo "FAILED (exit $rc after $((SECONDS - t0))s)"
    tail -n 25 "$LOG" | sed 's/^/    | /'
    echo "    full log: $LOG"
  fi
  return "$rc"
}

# in_root SNIPPET: run a shell snippet in the root as root (build environment;
# proxy and pip index settings of the caller are passed on).
in_root() {
  local v
  local -a envv=(/usr/bin/env -i HOME=/root PATH="$BASE_PATH" LANG=C.UTF-8
    DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/xdg-runtime)
  for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY \
    PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_TRUSTED_HOST; do
    if [ -n "${!v:-}" ]; then envv+=("$v=${!v}"); fi
  done
  $NS bash "$SELF" --in-ns "$ROOT" "" "" "${envv[@]}" /bin/bash -ec "$1"
}

# Refuse to delete anything that still has a mount below it (e.g. a bind of the
# checkout): rm -rf would otherwise go through the bind into the checkout.
safe_rm() {
  local dir=$1 m
  case $dir in "$ROOTS"/?*) ;; *) die "refusing to delete $dir" ;; esac
  for m in $(mounts_under "$dir" | sort -r); do umount -R "$m" || true; done
  [ -z "$(mounts_under "$dir")" ] || die "still mounted below $dir, not deleting: $(mounts_under "$dir")"
  rm -rf --one-file-system -- "$dir"
}

ensure_debootstrap() {
  command -v debootstrap >/dev/null && [ -e /usr/share/keyrings/debian-archive-keyring.gpg ] &&
    command -v gpgv >/dev/null && return 0
  apt-get update
  apt-get install -y --no-install-recommends debootstrap debian-archive-keyring gpgv wget
}

do_debootstrap() {
  [ -e "$ROOT.tmp" ] && safe_rm "$ROOT.tmp"
  # Inside the namespace so that debootstrap's own /proc,/sys mounts cannot leak
  # (bash as PID 1 there, with a trap, so that Ctrl-C is not ignored).
  # shellcheck disable=SC2086
  $NS bash -c 'trap "exit 130" INT TERM; debootstrap "$@"' debootstrap \
    --variant=minbase --include=ca-certificates --components=main \
    "$SUITE" "$ROOT.tmp" "$MIRROR"
  # D-Bus/Qt read a machine id; minbase has none.
  [ -s "$ROOT.tmp/etc/machine-id" ] || tr -d - </proc/sys/kernel/random/uuid >"$ROOT.tmp/etc/machine-id"
  mv "$ROOT.tmp" "$ROOT" # only a complete debootstrap gets the final name
}

# DNS and locally added CAs of the host (e.g. a TLS-intercepting proxy's CA in
# /usr/local/share/ca-certificates) so that apt and pip in the root work like
# on the host. The in_root snippets run update-ca-certificates.
sync_host_config() {
  cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
  mkdir -p "$ROOT/usr/local/share/ca-certificates"
  if [ -d /usr/local/share/ca-certificates ]; then
    cp -rL /usr/local/share/ca-certificates/. "$ROOT/usr/local/share/ca-certificates/"
  fi
}

do_apt() {
  sync_host_config
  # Container-friendly, faster apt/dpkg; never start services in the root.
  printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
  chmod 755 "$ROOT/usr/sbin/policy-rc.d"
  echo force-unsafe-io >"$ROOT/etc/dpkg/dpkg.cfg.d/imagery-hub"
  # Check-Valid-Until off: a mirror snapshot (or a clock ahead of it) would
  # otherwise make apt reject sid's InRelease as "expired".
  printf 'Acquire::Languages "none";\nAPT::Install-Recommends "false";\nAcquire::Check-Valid-Until "false";\n' \
    >"$ROOT/etc/apt/apt.conf.d/90imagery-hub"
  {
    echo "deb $MIRROR $SUITE main"
    case $SUITE in
      sid | unstable) ;;
      *) echo "deb $MIRROR $SUITE-updates main"
         echo "deb ${MIRROR%/debian}/debian-security $SUITE-security main" ;;
    esac
  } >"$ROOT/etc/apt/sources.list"
  local upgrade="" pkgs
  pkgs=$(tr -s ' \n' '  ' <<<"$PACKAGES")
  [ "${MATRIX_UPGRADE:-}" = 1 ] && upgrade="apt-get -y full-upgrade"
  # dpkg --configure -a finishes an install that was interrupted last time.
  in_root "update-ca-certificates; dpkg --configure -a; apt-get update; $upgrade
    apt-get install -y --no-install-recommends $pkgs; apt-get clean"
}

do_venv() {
  sync_host_config
  cp "$REQS" "$ROOT/opt/ihvenv-requirements.txt"
  in_root "update-ca-certificates; rm -rf $VENV
    /usr/bin/python3 -m venv --system-site-packages $VENV
    $VENV/bin/python -m pip install --no-input --disable-pip-version-check \
      --progress-bar off -r /opt/ihvenv-requirements.txt
    $VENV/bin/python -m pip list --disable-pip-version-check"
}

# Smoke test of the root; writes the QGIS version string into the root.
do_verify() {
  in_root "cd /tmp && $VENV/bin/python - <<'EOF' >/.imagery-hub-qgis-version.new
import sys
from qgis.core import Qgis, QgsApplication
app = QgsApplication([], False)
app.initQgis()
assert QgsApplication.processingRegistry() is not None
print(Qgis.QGIS_VERSION)
print('python', sys.version.split()[0], file=sys.stderr)
app.exitQgis()
EOF"
  tail -n 1 "$ROOT/.imagery-hub-qgis-version.new" >"$ROOT/.imagery-hub-qgis-version"
  rm -f "$ROOT/.imagery-hub-qgis-version.new"
}

build_root() {
  local apt_hash ready_hash
  # shellcheck disable=SC2086
  apt_hash=$(echo "$SUITE $MIRROR" $PACKAGES | sha256sum | cut -c1-16)
  [ -f "$REQS" ] || { note "requirements file not found: $REQS"; echo "missing $REQS" >>"$LOG"; return 1; }
  # Only the requirement lines count: editing a comment re-runs nothing.
  ready_hash=$({ sed -E 's/(^|[[:space:]])#.*$//; s/[[:space:]]+$//; /^$/d' "$REQS"
    echo "$apt_hash"; } | sha256sum | cut -c1-16)
  if [ "${MATRIX_REBUILD:-}" = 1 ] && [ -e "$ROOT" ]; then
    step "delete old root" safe_rm "$ROOT" || return 1
  fi
  [ "${MATRIX_UPGRADE:-}" = 1 ] && rm -f "$ROOT/$APT_STAMP" "$ROOT/$STAMP"
  if [ -e "$ROOT/$STAMP" ] && [ "$(cat "$ROOT/$STAMP")" = "$ready_hash" ] &&
    [ -s "$ROOT/.imagery-hub-qgis-version" ]; then
    return 0 # up to date
  fi
  echo "[$SUITE] preparing $ROOT (log: $LOG)"
  step "install debootstrap" ensure_debootstrap || return 1
  if [ ! -d "$ROOT" ]; then
    step "debootstrap $SUITE" do_debootstrap || return 1
  fi
  if [ "$(cat "$ROOT/$APT_STAMP" 2>/dev/null)" != "$apt_hash" ]; then
    rm -f "$ROOT/$STAMP"
    step "apt install qgis & co" do_apt || return 1
    echo "$apt_hash" >"$ROOT/$APT_STAMP"
  fi
  step "venv + pip requirements" do_venv || return 1
  step "verify QGIS starts" do_verify || return 1
  echo "$ready_hash" >"$ROOT/$STAMP"
  echo "[$SUITE] ready: QGIS $(cat "$ROOT/.imagery-hub-qgis-version")"
}

# result_line EXIT VERSION OUTPUT-FILE SECONDS: "PASS|FAIL<TAB>version<TAB>detail"
result_line() {
  local detail
  detail=$(pytest_summary "$3")
  detail="${detail:+$detail; }$4s wall"
  if [ "$1" = 0 ]; then
    printf 'PASS\t%s\t%s\n' "$2" "$detail"
  else
    printf 'FAIL\t%s\t%s\n' "$2" "$detail; exit $1"
  fi
}

pytest_summary() { # last pytest result line of file $1, without decoration
  sed -E 's/\x1b\[[0-9;]*m//g' "$1" |
    grep -aE '^=*[ ]*([0-9]+ (passed|failed|errors?|skipped|xfailed|xpassed|deselected|warnings?)|no tests ran)' |
    tail -n 1 | sed -E 's/^=+ *//; s/ *=+$//' || true
}

###########################################################################
# Unprivileged main part.
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  else
    command -v sudo >/dev/null || die "not root and sudo is not installed"
    local v envs=()
    for v in $PASS_VARS; do [ -n "${!v+x}" ] && envs+=("$v=${!v}"); done
    sudo -- env "${envs[@]}" "$@"
  fi
}

run_host() { # writes the result line to $1
  local out=$1.log t0=$SECONDS rc version
  echo "=== host QGIS: ${HOST_TEST_CMD:-make test}"
  set +e
  (cd "$CHECKOUT" && QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} bash -c "${HOST_TEST_CMD:-make test}") 2>&1 | tee "$out"
  rc=${PIPESTATUS[0]}
  set -e
  # Read after the run: `make test` installs QGIS on a fresh machine.
  version=$(cd / && /usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null | tail -n 1) || version="?"
  result_line "$rc" "$version" "$out" "$((SECONDS - t0))" >"$1"
}

main() {
  local -a versions
  if [ $# -gt 0 ]; then versions=("$@"); else read -r -a versions <<<"${QGIS_VERSIONS:-3.22 3.40 3.44}"; fi
  CHECKOUT=$(readlink -f "${MATRIX_CHECKOUT:-$(dirname "$SELF")/..}")
  export MATRIX_CHECKOUT=$CHECKOUT
  MATRIX_REQUIREMENTS=$(readlink -f "${MATRIX_REQUIREMENTS:-$CHECKOUT/requirements-test.txt}")
  export MATRIX_REQUIREMENTS
  [ -d "$CHECKOUT" ] || die "checkout not found: $CHECKOUT"

  local v suite label status version detail failed=0 i=0 tmp
  tmp=$(mktemp -d)
  TMPD=$tmp
  trap 'rm -rf "$TMPD"' EXIT
  trap 'echo; note "interrupted"; exit 130' INT TERM
  local -a summary=()
  for v in "${versions[@]}"; do
    i=$((i + 1))
    case $v in
      3.22 | host) suite=host; [ "${MATRIX_322_IN_ROOT:-}" = 1 ] && suite=bookworm ;;
      3.40 | trixie) suite=trixie ;;
      3.44 | sid) suite=sid ;;
      bookworm) suite=bookworm ;;
      *) die "unknown QGIS version '$v' (known: 3.22 3.40 3.44)" ;;
    esac
    if [ "$suite" = host ]; then
      if [ "${MATRIX_BUILD_ONLY:-}" = 1 ]; then continue; fi
      label=host
      run_host "$tmp/$i"
    else
      label=$suite
      as_root bash "$SELF" --root-job "$suite" "$tmp/$i" || printf 'ERROR\t?\troot job exited with %s\n' $? >"$tmp/$i"
    fi
    [ -s "$tmp/$i" ] || printf 'BUILD FAILED\t?\tno result\n' >"$tmp/$i"
    IFS=$'\t' read -r status version detail <"$tmp/$i"
    case $status in PASS | BUILT) ;; *) failed=1 ;; esac
    # Say so when a suite no longer ships the version it stands for (sid moves).
    case $version in "$v"* | "?") ;; *) [[ $v == 3.* ]] && label="$label, asked for $v" ;; esac
    summary+=("QGIS $version ($label): $status ($detail)")
  done
  echo
  echo "==================== test matrix ===================="
  printf '%s\n' "${summary[@]}"
  return "$failed"
}

# In braces with the exit: bash parses the block whole before running it, so
# editing or checking out this file during a (long) run cannot break the run.
{
  case ${1:-} in
    --in-ns) shift; in_ns "$@" ;;
    --root-job) shift; root_job "$@" ;;
    --call) shift; "$@" ;; # one build step, see step()
    *) main "$@" ;;
  esac
  exit
}
