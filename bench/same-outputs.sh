#!/bin/sh
# Whether two builds read every sample input alike: converts each folder's
# inputs to md, tei and json with both builds' CLIs and diffs the outputs,
# byte for byte. A speed-up of the reader must leave them all identical.
#
#     bench/same-outputs.sh <baseline>/dist <candidate>/dist
set -eu
base=${1:?baseline dist folder}
candidate=${2:-dist}
out=${TMPDIR:-/tmp}/verbatim-same-outputs
rm -rf "$out"; mkdir -p "$out"
folders="corpus test/fixtures/real test/fixtures/holdout $(ls -d test/fixtures/formats/*/) /work/shared/corpus /work/shared/corpus/real"
status=0
for folder in $folders; do
  [ -d "$folder" ] || continue
  name=$(printf %s "$folder" | tr / _)
  inputs=$(find "$folder" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.docx' -o -name '*.html' -o -name '*.srt' -o -name '*.vtt' \) ! -name README.md | sort)
  for build in base candidate; do
    dist=$base; [ $build = candidate ] && dist=$candidate
    # shellcheck disable=SC2086
    node "$dist/cli/index.js" convert $inputs -t md,tei,json -j 1 --force --verbose -o "$out/$build/$name" >"$out/$build-$name.log" 2>&1 || true
  done
  count=$(find "$out/base/$name" -type f | wc -l)
  # The messages too (what the reader repaired, inferred or doubted), without the run's time.
  for build in base candidate; do sed -E 's/ in [0-9.]+ (m?s) / in … /; s|/'$build'/|/…/|g' "$out/$build-$name.log" >"$out/$build-$name.messages"; done
  if diff -r "$out/base/$name" "$out/candidate/$name" >/dev/null && diff "$out/base-$name.messages" "$out/candidate-$name.messages" >/dev/null; then
    echo "same   $folder ($count files)"
  else
    echo "DIFFER $folder"; diff -rq "$out/base/$name" "$out/candidate/$name" | head -20; diff "$out/base-$name.messages" "$out/candidate-$name.messages" | head -20; status=1
  fi
done
exit $status
