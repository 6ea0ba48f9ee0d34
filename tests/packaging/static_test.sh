#!/usr/bin/env bash
# The static binary (-DWWC_STATIC=ON) against a normal build: linked with no
# shared library, the same JSON byte for byte for every example and the same
# batch CSV, and, as root, the same answers inside an empty chroot (a folder
# holding only the binary and some examples). Exits 77 (skipped) when there
# is no static build; skips the chroot part, saying so, when not root.
#
#   tests/packaging/static_test.sh STATIC_BUILD_DIR NORMAL_BUILD_DIR SOURCE_DIR
set -euo pipefail
static=$1/wwc-score
normal=$2/wwc-score
src=$3
if [[ ! -x $static ]]; then
  echo "no static binary at $static: the static test was skipped. Make one with:"
  echo "  cmake -S $src -B $1 -DWWC_STATIC=ON -DWWC_TESTS=OFF && cmake --build $1 -j"
  exit 77
fi
[[ -x $normal ]] || { echo "FAIL: no binary at $normal" >&2; exit 1; }
normal=$(realpath "$normal")
src=$(realpath "$src")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wwc-static.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# run NAME CMD...: stdout to $tmp/NAME.out, exit code to $tmp/NAME.rc.
run() {
  local name=$1 rc=0
  shift
  "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
  echo "$rc" >"$tmp/$name.rc"
}
# same A B WHAT: A and B printed the same bytes and exited alike.
same() {
  if cmp -s "$tmp/$1.out" "$tmp/$2.out" && cmp -s "$tmp/$1.rc" "$tmp/$2.rc"; then
    return
  fi
  fail "$3: the static binary differs from the normal one (exit $(<"$tmp/$1.rc") against $(<"$tmp/$2.rc"))
$(diff "$tmp/$1.out" "$tmp/$2.out" | head -20)"
}

if command -v file >/dev/null; then
  kind=$(file -b "$static")
  grep -q 'static-pie linked' <<<"$kind" || fail "file does not say static-pie linked: $kind"
else
  echo "file not found (Debian package file): that check was skipped"
fi
linked=$(ldd "$static" 2>&1 || true)
grep -Eq 'statically linked|not a dynamic executable' <<<"$linked" || fail "ldd lists libraries: $linked"

examples=("$src"/examples/*.yaml)
for example in "${examples[@]}"; do
  run static "$static" "$example" --format json --as-of 2026-01-31
  run normal "$normal" "$example" --format json --as-of 2026-01-31
  same static normal "--format json ${example#"$src"/}"
done
run static "$static" batch "$src/examples" --jobs 2 --format csv --as-of 2026-01-31
run normal "$normal" batch "$src/examples" --jobs 2 --format csv --as-of 2026-01-31
same static normal "batch examples --jobs 2 --format csv"

if [[ $(id -u) -ne 0 ]] || ! command -v chroot >/dev/null; then
  echo "not root or no chroot: the empty-root check was skipped"
else
  # The root holds nothing else: no /dev, /proc, /etc or libraries.
  root=$tmp/root
  mkdir -p "$root/w/two"
  cp "$static" "$root/wwc-score"
  cp "$src/examples/cambridge-2023.yaml" "$root/w/"
  cp "$src/examples/cambridge-2021.yaml" "$src/examples/tempe-2024.yaml" "$root/w/two/"
  # Inside the root the cwd is /; outside, the normal binary runs from $root,
  # so both see the same relative paths.
  in_root() { chroot "$root" /wwc-score "$@"; }
  beside_root() { (cd "$root" && "$normal" "$@"); }
  run root-version in_root --version
  run normal-version beside_root --version
  same root-version normal-version "--version in an empty root"
  # Translations are built in: Spanish from LANG alone, with no locale in the root.
  # chroot by its path: env -i leaves no PATH, and /usr/sbin is not on the default one.
  run root-spanish env -i LANG=es_AR.UTF-8 "$(command -v chroot)" "$root" /wwc-score w/cambridge-2023.yaml --as-of 2026-01-31
  run normal-spanish beside_root w/cambridge-2023.yaml --lang es --as-of 2026-01-31
  same root-spanish normal-spanish "LANG=es_AR.UTF-8 in an empty root"
  grep -q 'Oro' "$tmp/root-spanish.out" || fail "LANG=es_AR.UTF-8 in an empty root does not name the level Oro"
  run root-score in_root w/cambridge-2023.yaml --format json --as-of 2026-01-31
  run normal-score beside_root w/cambridge-2023.yaml --format json --as-of 2026-01-31
  same root-score normal-score "a score in an empty root"
  run root-batch in_root batch w/two --jobs 2 --format csv --as-of 2026-01-31
  run normal-batch beside_root batch w/two --jobs 2 --format csv --as-of 2026-01-31
  same root-batch normal-batch "batch --jobs 2 in an empty root"
  [[ $(<"$tmp/root-batch.out") == *tempe-2024* ]] || fail "batch in the empty root did not list tempe-2024"
fi

if ((failures > 0)); then
  echo "(if $1 was built from other sources than $2, rebuild it: cmake --build $1)" >&2
  exit 1
fi
echo "ok: static, $(du -k "$static" | cut -f1) KB, the same output as the normal build on ${#examples[@]} examples"
