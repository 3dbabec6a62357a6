#!/usr/bin/env bash
# expect_error.sh PATTERN MUST_NOT_EXIST -- COMMAND...
# Passes when COMMAND exits non-zero, its stderr matches PATTERN (grep -E) and the file
# MUST_NOT_EXIST was not created.
set -u
pattern=$1 file=$2
shift 3
rm -f "$file"
err=$("$@" 2>&1 >/dev/null)
rc=$?
echo "exit code $rc; stderr: $err"
[[ $rc -ne 0 ]] || { echo "FAIL: exit code 0"; exit 1; }
grep -qE -- "$pattern" <<<"$err" || { echo "FAIL: message does not match /$pattern/"; exit 1; }
[[ ! -e "$file" ]] || { echo "FAIL: $file was left behind"; exit 1; }
ls -d "$(dirname "$file")"/.*tmp* 2>/dev/null && { echo "FAIL: temporary file left behind"; exit 1; }
exit 0
