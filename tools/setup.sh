#!/usr/bin/env bash
# Installs kg's build and test dependencies from Debian 12 packages (as root,
# idempotent), then configures and builds kg into build/ with Ninja.
#   bash tools/setup.sh            install (when missing), configure, build
#   KG_SKIP_APT=1 bash tools/setup.sh   build only
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  librocksdb-dev libabsl-dev libprotobuf-dev protobuf-compiler
  libboost-graph-dev libgtest-dev libgmock-dev libbenchmark-dev
  libre2-dev libutf8proc-dev libedit-dev libgoogle-perftools-dev libxxhash-dev
  graphviz python3 python3-protobuf tmux time
)

if [ -z "${KG_SKIP_APT:-}" ]; then
  missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

BUILD_DIR=${KG_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${KG_BUILD_TYPE:-RelWithDebInfo}
fi
cmake --build "$BUILD_DIR" -j "$(nproc)"
