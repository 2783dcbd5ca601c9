#!/usr/bin/env bash
# Publishes samples/GitHubRepos with NativeAOT and then trimmed (self-contained), fails on any trim/AOT warning
# (IL2xxx, IL3xxx), runs each build against its embedded GitHub stand-in and prints size and start-up-to-exit time.
# Slow (minutes): not part of .ci/run or the unit tests.
set -euo pipefail
cd "$(dirname "$0")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# NativeAOT links with clang and needs zlib; the ILCompiler package itself comes from NuGet through the SDK.
if ! command -v clang >/dev/null || ! dpkg -s zlib1g-dev >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
fi

case "$(uname -m)" in
    x86_64) rid=linux-x64 ;;
    aarch64) rid=linux-arm64 ;;
    *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac

sample=samples/GitHubRepos
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0

publish() {
    local mode=$1; shift
    local log="$out/$mode.log"
    # A fresh intermediate folder, so the trimmer and the AOT compiler run (and warn) every time.
    rm -rf "$sample/obj/Release/net10.0/$rid" "$sample/bin/Release/net10.0/$rid"
    echo "== $mode: dotnet publish $*"
    if ! dotnet publish "$sample" -c Release -r "$rid" -o "$out/$mode" "$@" >"$log" 2>&1; then
        grep -E ': (error|warning) ' "$log" | sort -u || tail -n 40 "$log"
        echo "$mode: publish failed" >&2
        status=1
        return 1
    fi

    local warnings
    warnings=$(grep -E -o '(warning|error) IL[23][0-9]{3}[^[]*' "$log" | sort -u || true)
    if [ -n "$warnings" ]; then
        echo "$warnings"
        echo "$mode: $(echo "$warnings" | wc -l) trim/AOT warning(s)" >&2
        status=1
        return 1
    fi
    echo "$mode: 0 IL2xxx/IL3xxx warnings"
}

run() {
    local mode=$1
    local binary="$out/$mode/GitHubRepos"
    local started ended
    started=$(date +%s%N)
    if ! "$binary" >"$out/$mode.out" 2>&1; then
        cat "$out/$mode.out"
        echo "$mode: the sample failed" >&2
        status=1
        return 1
    fi
    ended=$(date +%s%N)
    head -n 5 "$out/$mode.out"
    local ms=$(( (ended - started) / 1000000 ))
    local binary_size folder_size
    binary_size=$(stat -c %s "$binary")
    folder_size=$(du -sb "$out/$mode" | cut -f1)
    awk -v m="$mode" -v b="$binary_size" -v f="$folder_size" -v t="$ms" \
        'BEGIN { printf "%s: binary %.1f MB, published folder %.1f MB, start-up to exit %d ms\n", m, b / 1048576, f / 1048576, t }'
}

if publish aot -p:PublishAot=true; then run aot; fi
if publish trimmed -p:PublishTrimmed=true --self-contained; then run trimmed; fi

# Leaves no linux-x64 intermediate behind for the next ordinary build.
rm -rf "$sample/obj/Release/net10.0/$rid" "$sample/bin/Release/net10.0/$rid"
exit $status
