#!/usr/bin/env bash
# Set up nianbao on Debian 12: system packages, a virtual environment in .venv, the package.
#   fonts-noto-cjk           Chinese fonts for charts, PDF and the DOCX preview
#   poppler-utils            pdftotext/pdffonts/pdftoppm, used by the tests to read our PDFs
#   libreoffice-writer-nogui opens and converts every DOCX we write (tests)
#   python3-uno              lets a test update the DOCX lists in LibreOffice and check their pages
#   chromium                 the browser Playwright drives for the page tests (never downloaded by Playwright)
#   libreoffice-calc-nogui   opens the audit's XLSX summary (tests) and turns our test DOCX into PDF
# On a machine that has just booted, unattended-upgrades often holds the dpkg lock: apt-get
# waits for it up to NIANBAO_APT_LOCK_TIMEOUT seconds (default 900) instead of failing at once.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
LOCK_TIMEOUT="${NIANBAO_APT_LOCK_TIMEOUT:-900}"

apt_get() {
  local status=0
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout="$LOCK_TIMEOUT" "$@" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "apt-get $1 失败（退出码 $status）。若上面提示 Could not get lock /var/lib/dpkg/lock-frontend：" \
         "另一个 apt/dpkg 进程（如开机后的自动更新）在 ${LOCK_TIMEOUT} 秒内没有结束；等它结束后重试，" \
         "或设置 NIANBAO_APT_LOCK_TIMEOUT=秒数。" >&2
    exit "$status"
  fi
}

if command -v apt-get >/dev/null 2>&1; then
  echo "安装系统软件包（若另一个 apt/dpkg 进程正占用 dpkg 锁，例如开机后的自动更新，最多等待 ${LOCK_TIMEOUT} 秒）…"
  apt_get update -qq
  apt_get install -y -qq --no-install-recommends \
    python3-venv python3-pip fonts-noto-cjk poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui \
    python3-uno chromium >/dev/null
fi
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,bench]"
echo "nianbao 已安装到 .venv（.venv/bin/nianbao）"
