#!/usr/bin/env bash
# Set up nianbao on Debian 12: system packages, a virtual environment in .venv, the package.
#   fonts-noto-cjk           Chinese fonts for charts, PDF and the DOCX preview
#   poppler-utils            pdftotext/pdffonts/pdftoppm, used by the tests to read our PDFs
#   libreoffice-writer-nogui opens and converts every DOCX we write (tests)
#   python3-uno              lets a test update the DOCX lists in LibreOffice and check their pages
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if command -v apt-get >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    python3-venv python3-pip fonts-noto-cjk poppler-utils libreoffice-writer-nogui python3-uno >/dev/null
fi
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,bench]"
echo "nianbao 已安装到 .venv（.venv/bin/nianbao）"
