#!/usr/bin/env bash
# The Debian package: `cpack -G DEB` from a build folder (into a temporary
# folder), its file list, its control fields (version = `wwc-score --version`),
# the extracted binary scoring an example, and lintian when it is installed.
# Exits 77 (skipped) where dpkg-deb or dpkg-shlibdeps is absent.
#
#   tests/packaging/deb_test.sh CPACK BUILD_DIR SOURCE_DIR
set -euo pipefail
cpack=$1
build=$2
src=$3
if ! command -v dpkg-deb >/dev/null; then
  echo "dpkg-deb not found (Debian package dpkg): the .deb test was skipped"
  exit 77
fi
if ! command -v dpkg-shlibdeps >/dev/null; then
  echo "dpkg-shlibdeps not found (Debian package dpkg-dev), which cpack needs for Depends: the .deb test was skipped"
  exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wwc-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  echo "FAIL: cpack -G DEB failed" >&2
  exit 1
fi
debs=("$tmp"/out/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "FAIL: cpack made no single .deb: ${debs[*]}" >&2; exit 1; }
deb=${debs[0]}

contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
doc=./usr/share/doc/wwc-score
for path in ./usr/bin/wwc-score ./usr/share/man/man1/wwc-score.1.gz \
  ./usr/share/bash-completion/completions/wwc-score "$doc/copyright" "$doc/changelog.gz" \
  "$doc/README.md" "$doc/usage.md" "$doc/changelog.md"; do
  grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done

dpkg-deb -x "$deb" "$tmp/root"
bin=$tmp/root/usr/bin/wwc-score
version=$(dpkg-deb -f "$deb" Version)
[[ $("$bin" --version) == "wwc-score $version" ]] ||
  fail "package version $version differs from the binary's --version: $("$bin" --version)"
[[ $(basename "$deb") == "wwc-score_${version}_$(dpkg-deb -f "$deb" Architecture).deb" ]] ||
  fail "unexpected package file name $(basename "$deb")"
[[ $(dpkg-deb -f "$deb" Section) == utils ]] || fail "Section is not utils"
grep -q 'libc6' <<<"$(dpkg-deb -f "$deb" Depends)" || fail "Depends names no libc6 (shlibdeps did not run?)"
[[ $(dpkg-deb -f "$deb" Description | wc -l) -gt 3 ]] || fail "the Description has no long description"
head -1 <(zcat "$tmp/root/$doc/changelog.gz") | grep -q "^wwc-score ($version) " ||
  fail "changelog.gz does not start with the entry of $version"
grep -q '^\.TH ' <(zcat "$tmp/root/usr/share/man/man1/wwc-score.1.gz") || fail "the man page has no .TH line"

if output=$("$bin" --lang en "$src/examples/cambridge-2023.yaml" 2>&1); then
  grep -qiE '^Level: +gold,' <<<"$output" || fail "the extracted binary did not report level Gold for cambridge-2023:
$output"
else
  fail "the extracted binary exited $? on examples/cambridge-2023.yaml:
$output"
fi

if command -v lintian >/dev/null; then
  # Info tags are allowed (hardening flags); errors and warnings are not.
  lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" >"$tmp/lintian.log" 2>&1 ||
    fail "lintian reported errors or warnings:
$(cat "$tmp/lintian.log")"
  sed 's/^/lintian: /' "$tmp/lintian.log"
else
  echo "lintian not found (Debian package lintian): the lintian check was skipped"
fi

((failures == 0)) || exit 1
echo "ok: $(basename "$deb"), $(wc -l <<<"$contents") entries, scores cambridge-2023 as Gold"
