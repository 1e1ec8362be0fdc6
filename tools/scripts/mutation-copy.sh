#!/bin/sh
# Runs `npm run mutation` in a throwaway copy of the workspace, so that Stryker's in-place mutants never touch the
# files being edited. Reports are copied back to packages/<name>/reports/.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/antq-mutation-XXXXXX)
tar -C "$root" --exclude=./node_modules --exclude=./.git --exclude=dist --exclude=.nx --exclude=.stryker-tmp --exclude=node_modules -cf - . | tar -C "$work" -xf -
ln -s "$root/node_modules" "$work/node_modules"
cd "$work"
status=0
for pkg in ${*:-rules rules-antt}; do
  (cd "packages/$pkg" && npx stryker run) || status=1
  mkdir -p "$root/packages/$pkg/reports"
  cp -r "packages/$pkg/reports/." "$root/packages/$pkg/reports/"
done
rm -rf "$work"
exit $status
