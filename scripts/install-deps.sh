#!/usr/bin/env bash
# install-deps.sh: installs the Debian packages synergist needs, only those
# missing. Groups: build (compile and run), test (cmocka, python3-igraph, Chromium and
# playwright-core for browser tests, dpkg-dev and file for the package test), bench (R psych, pandas and scipy, ripgrep),
# reference (the R packages whose reference.R scripts made the expected
# values pinned in the tests; the tests themselves never need R; irr is not
# packaged in Debian, so agreement_reference.R uses psych::cohen.kappa and
# writes Krippendorff's alpha out).
# fuzz (clang for the libFuzzer harnesses of tests/fuzz/).
# Usage: scripts/install-deps.sh [build|test|bench|fuzz|reference]...
set -euo pipefail
cd "$(dirname "$0")/.."

build_pkgs="cmake make ninja-build gcc pkg-config gettext sqlite3 libsqlite3-dev libjansson-dev libyajl-dev libcsv-dev
  libgsl-dev libsodium-dev libutf8proc-dev libstemmer-dev libpcre2-dev libxml2-dev libzip-dev
  libmicrohttpd-dev libigraph-dev libxlsxwriter-dev libcurl4-openssl-dev"
test_pkgs="libcmocka-dev libxml2-utils chromium nodejs npm unzip zip python3 python3-igraph curl python3-aiosmtpd
  dpkg-dev file"
bench_pkgs="r-cran-psych r-cran-multilevel python3-pandas python3-scipy ripgrep hyperfine time wrk bc"
fuzz_pkgs="clang"
reference_pkgs="r-base-core r-cran-psych r-cran-multilevel r-cran-clubsandwich r-cran-lme4"

want=""
for group in "${@:-build}"; do
  case "$group" in
    build) want="$want $build_pkgs";;
    test) want="$want $test_pkgs";;
    bench) want="$want $bench_pkgs";;
    fuzz) want="$want $fuzz_pkgs";;
    reference) want="$want $reference_pkgs";;
    *) echo "install-deps.sh: unknown group '$group'" >&2; exit 2;;
  esac
done

# One dpkg-query for all of them (one per package took seconds: every make
# stage of CI starts here).
installed=" $(dpkg-query -W -f='${Package} ${Status}\n' $want 2>/dev/null | awk '/install ok installed$/ {printf "%s ", $1}') "
missing=""
for p in $want; do
  if [ "$p" = nodejs ] || [ "$p" = npm ]; then
    command -v "${p/nodejs/node}" >/dev/null 2>&1 && continue
  fi
  [[ "$installed" == *" $p "* ]] || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "install-deps.sh: installing:$missing"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# Browser tests drive Debian's chromium with playwright-core from npm.
if [[ " $* " == *" test "* ]] && { [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; }; then
  npm install --no-audit --no-fund --silent >/dev/null 2>&1 || echo "install-deps.sh: npm install failed; browser tests will be skipped" >&2
fi
