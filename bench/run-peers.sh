#!/usr/bin/env bash
# The runtime comparison in one go: builds the comparison (bench/OpenApiClientGen.Bench.Peers) and the harness holding
# the full GitHub client (its cold start), runs every row once and writes bench/results/peers.md and peers.svg.
# About 10 minutes on 2 cores. Arguments go to the comparison (e.g. --benchmarks, --cold, --quick).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$root/bench/OpenApiClientGen.Bench" -c Release -warnaserror -nologo -v quiet
dotnet build "$root/bench/OpenApiClientGen.Bench.Peers" -c Release -warnaserror -nologo -v quiet
dotnet "$root/bench/OpenApiClientGen.Bench.Peers/bin/Release/net10.0/OpenApiClientGen.Bench.Peers.dll" "$@"
