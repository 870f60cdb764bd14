#!/usr/bin/env bash
# Everything `make test` and `make demo` need on a fresh Debian/Ubuntu machine:
# QGIS and its Python bindings, Xvfb, Debian's shapely/requests/Pillow (numpy 2
# from PyPI would break Debian's GDAL), the translation tools (pylupdate5,
# lrelease), Qt's own translations (the OK / Cancel / Help of our dialogs in
# the user's language) and a Japanese font (IPA Gothic, small, for the panel
# and its screenshots in Japanese under Xvfb), then .venv from /usr/bin/python3 with
# --system-site-packages and the pinned test tools. A second run installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(qgis python3-qgis qgis-providers python3-shapely python3-requests python3-pil
              python3-venv python3-pip xvfb xauth pyqt5-dev-tools qttools5-dev-tools
              qttranslations5-l10n fonts-ipafont-gothic)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

VENV=.venv
STAMP="$VENV/.requirements.sha256"
want=$(sha256sum requirements-test.txt | cut -d' ' -f1)
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV from /usr/bin/python3"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
if [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing pinned test tools"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
  echo "$want" > "$STAMP"
fi
