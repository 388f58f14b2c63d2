#!/usr/bin/env bash
# The container build as one script: deploy/Dockerfile's build stage runs it, and server/test/package.test.ts runs it
# in CI (base images cannot be pulled there), so the steps the image is made of are tested.
#
#   scripts/package-steps.sh SOURCE_DIR TARGET_DIR
#
# 1. In SOURCE_DIR (a checkout): install every dependency from the lockfile, build the client and the server.
# 2. Into TARGET_DIR: the workspace manifests, the lockfile, server/dist and client/dist, then a production-only
#    install (no dev dependencies, no TypeScript loader) from the store that step 1 filled: nothing is downloaded.
# TARGET_DIR then runs with `node server/dist/main.js`. @cxmap/shared is bundled into server/dist, so shared/ is not
# copied. PNPM may name the pnpm command (default: `pnpm`, else `npx -y pnpm@10`).
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 SOURCE_DIR TARGET_DIR" >&2
  exit 2
fi
source_dir=$(cd "$1" && pwd)
mkdir -p "$2"
target_dir=$(cd "$2" && pwd)

if [ -n "${PNPM:-}" ]; then
  read -r -a pnpm <<<"${PNPM}"
elif command -v pnpm >/dev/null 2>&1; then
  pnpm=(pnpm)
else
  pnpm=(npx -y pnpm@10)
fi

step() { echo "::: package-steps: $*" >&2; }

cd "${source_dir}"
step "install (all dependencies) in ${source_dir}"
"${pnpm[@]}" install --frozen-lockfile
step "build client + server"
node scripts/build.mjs

step "copy the manifests and the builds to ${target_dir}"
rm -rf "${target_dir}/server" "${target_dir}/client" "${target_dir}/node_modules"
mkdir -p "${target_dir}/server" "${target_dir}/client"
cp package.json pnpm-workspace.yaml pnpm-lock.yaml "${target_dir}/"
[ -f .npmrc ] && cp .npmrc "${target_dir}/"
cp server/package.json "${target_dir}/server/"
cp -R server/dist "${target_dir}/server/dist"
cp -R client/dist "${target_dir}/client/dist"

cd "${target_dir}"
step "production install in ${target_dir}"
"${pnpm[@]}" install --prod --frozen-lockfile --offline
step "done: cd ${target_dir} && node server/dist/main.js"
