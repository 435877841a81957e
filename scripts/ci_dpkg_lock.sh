#!/usr/bin/env bash
# CI: setup.sh waits for a dpkg lock held by another process instead of failing at once
# (issue: `Could not get lock /var/lib/dpkg/lock-frontend`, exit 100, on a fresh machine).
# Holds the frontend lock the way apt does (an fcntl lock) for a few seconds, runs setup.sh,
# and checks that it waited and succeeded. Needs root (CI runs as root); skipped otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ci_dpkg_lock: skipped (needs root and apt-get)"; exit 0
fi
HOLD_SECONDS="${HOLD_SECONDS:-8}"
python3 - "$HOLD_SECONDS" <<'PY' &
import fcntl, os, sys, time
fd = os.open("/var/lib/dpkg/lock-frontend", os.O_RDWR | os.O_CREAT, 0o640)
fcntl.lockf(fd, fcntl.LOCK_EX)
open("/tmp/nianbao-dpkg-lock-held", "w").close()
time.sleep(float(sys.argv[1]))
PY
holder=$!
while [ ! -e /tmp/nianbao-dpkg-lock-held ]; do sleep 0.1; done
start=$(date +%s)
log=$(mktemp)
status=0
bash scripts/setup.sh >"$log" 2>&1 || status=$?
took=$(( $(date +%s) - start ))
wait "$holder" || true
rm -f /tmp/nianbao-dpkg-lock-held
cat "$log"
if [ "$status" -ne 0 ]; then echo "ci_dpkg_lock: setup.sh failed while the dpkg lock was held (exit $status)"; exit 1; fi
grep -q "最多等待" "$log" || { echo "ci_dpkg_lock: setup.sh did not say what it waits for"; exit 1; }
echo "ci_dpkg_lock: setup.sh waited for the dpkg lock and succeeded (${took} s, lock held ${HOLD_SECONDS} s)"
