#!/usr/bin/env bash
# Regenerates the Kiota client of the benchmark (Kiota/) from GitHub's description, for the two paths it calls.
# The Kiota generator is a .NET tool pinned in .config/dotnet-tools.json beside this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
dotnet tool restore
dotnet kiota generate \
  --language CSharp \
  --openapi ../../specs/api.github.com.json \
  --class-name KiotaGitHubClient \
  --namespace-name OpenApiClientGen.Bench.Peers.Kiota \
  --output Kiota \
  --include-path '/repos/{owner}/{repo}#GET' \
  --include-path '/user/repos#GET' \
  --exclude-backward-compatible \
  --clean-output \
  --log-level Warning
# Kiota writes its lock file and logs beside the code; only the code is kept.
rm -f Kiota/kiota-lock.json Kiota/.kiota.log
