#!/usr/bin/env bash
# Installs the Debian packages the tests need, when they are missing:
#   chromium        - the browser tests (driven by playwright-core; no browser is ever downloaded)
#   libxml2-utils   - xmllint, to validate schedule exports against the frab XSD
#   poppler-utils   - pdftotext, pdfinfo and pdffonts, to read the printed programmes (PDF) back
#   openssl         - the certificate of the push e2e tests' stand-in push service (HTTPS on 127.0.0.1)
# Run as root (CI) or with sudo available. Does nothing when everything is already there.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# fonts so that pages render text in screenshots
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)

if [ ${#need[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Missing Debian packages (${need[*]}) and not root: install them with apt-get, then re-run." >&2
    exit 1
  fi
fi
echo "installing: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "system packages: installed ${need[*]}"
