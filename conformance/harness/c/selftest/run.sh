#!/usr/bin/env bash
# Self-test of the harness framework: builds a dummy harness with the strictest flags and checks
# its exact output (passing, failing, unimplemented, unlisted and duplicated cases).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
${CC:-gcc} -std=c11 -Wall -Wextra -Werror -pedantic -fsanitize=address,undefined -g \
    -o "$out/selftest" "$here/../harness.c" "$here/cases_selftest.c"
status=0
"$out/selftest" "$here/cases.toml" >"$out/all.txt" || status=$?
cat >"$out/expected.txt" <<'EXPECTED'
ok demo.passes
FAILED demo.fails_check: cases_selftest.c:LINE: 2 + 2 == 5: got 4, expected 5
FAILED demo.fails_bytes: cases_selftest.c:LINE: "tab\there\"": got "tab\there\"" (9 bytes), expected "tab\there!" (9 bytes)
FAILED demo.missing: not implemented in C harness
FAILED demo.passes: listed twice in the case list
FAILED demo.unlisted: cases_selftest.c:LINE: implemented but not listed in CASES
1 passed, 5 failed
EXPECTED
sed -E -e "s#[^ ]*cases_selftest\.c:[0-9]+#cases_selftest.c:LINE#" -e "s#listed in .*cases\.toml#listed in CASES#" \
    "$out/all.txt" >"$out/actual.txt"
diff -u "$out/expected.txt" "$out/actual.txt"
[ "$status" -eq 1 ] || { echo "exit status $status, expected 1"; exit 1; }
# A single case: only it runs.
{ "$out/selftest" "$here/cases.toml" demo.fails_bytes || true; } >"$out/one.txt"
[ "$(wc -l <"$out/one.txt")" -eq 2 ] && [ "$(tail -n 1 "$out/one.txt")" = "0 passed, 1 failed" ]
{ "$out/selftest" "$here/cases.toml" nope || true; } >"$out/none.txt"
grep -qx 'FAILED nope: no such case' "$out/none.txt"
echo "harness self-test: ok"
