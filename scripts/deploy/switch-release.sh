#!/usr/bin/env bash
# Switches the served release atomically: NIS2_SITE_ROOT points at <base>/current, a symlink to
# <base>/releases/<name>. Usage: switch-release.sh <base> <name>
#
# 1. The new release must be complete before the switch (index.html and 404.html present).
# 2. Content-hashed files of the release being replaced (_astro/, pagefind/) are copied into the
#    new one where missing, so a page a reader already has open can still load its scripts,
#    styles and search index after the switch (no 404 in the middle of a session).
# 3. The symlink is replaced with rename(2) (mv -T), which is atomic: every request sees either
#    the old or the new release, never a mixture and never a missing root.
# Run it as the user that owns <base>; Apache needs no reload. `npm run test:cluster` runs it
# while load is on.
set -euo pipefail
base=${1:?usage: switch-release.sh <base> <release-name>}
name=${2:?usage: switch-release.sh <base> <release-name>}
new="${base}/releases/${name}"
for f in index.html 404.html; do
	[ -f "${new}/${f}" ] || { echo "switch-release: ${new}/${f} missing; refusing to switch to an incomplete release" >&2; exit 1; }
done
if [ -L "${base}/current" ]; then
	old=$(readlink -f "${base}/current")
	if [ "${old}" != "$(readlink -f "${new}")" ]; then
		for d in _astro pagefind; do
			[ -d "${old}/${d}" ] && cp -a -n "${old}/${d}/." "${new}/${d}/"
		done
	fi
fi
ln -sfn "releases/${name}" "${base}/current.next"
mv -T "${base}/current.next" "${base}/current"
echo "switch-release: ${base}/current -> releases/${name}"
