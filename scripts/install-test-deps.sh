#!/bin/sh
# Test-only system dependencies: headless Chromium for the HTML report test
# (tests/workflow/test_browser.py). Quiet and tolerant: when it cannot install
# (no root, no network), the browser test skips and says why.
set -u
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
        echo "install-test-deps: not root and no sudo; chromium not installed" >&2; exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
if $SUDO apt-get update -qq >/dev/null 2>&1 \
   && $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; then
    echo "install-test-deps: chromium installed" >&2
else
    echo "install-test-deps: could not install chromium (the browser test will skip)" >&2
fi
exit 0
