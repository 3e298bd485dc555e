#!/usr/bin/env bash
# The generator's own build, as a user's build compiles it: status-registry and status-codegen as
# dependencies of a proc macro (host units: no debuginfo, not incremental, as from crates.io), one
# job at a time so each unit's time is its own CPU time. Prints the median of $RUNS builds of each
# crate (seconds, from `cargo build --timings`) and the LLVM IR lines each emits (`cargo
# llvm-lines`, when installed: deterministic, unlike the times).
# Usage: scripts/generator-build.sh      Environment: RUNS (default 5)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-5}
target="$root/target/generator-build"
export CARGO_TARGET_DIR="$target" CARGO_INCREMENTAL=0 CARGO_TERM_COLOR=never
cd "$root"
cargo build -q -p status-core -j1 2>/dev/null   # everything else once, outside the measurement

unit_times() {   # the last --timings report: "<crate> <seconds>" per unit of ours
    python3 - "$target/cargo-timings/cargo-timing.html" <<'EOF'
import json, re, sys
data = json.loads(re.search(r'const UNIT_DATA = (\[.*?\]);', open(sys.argv[1]).read(), re.S).group(1))
for unit in data:
    if unit["name"] in ("status-registry", "status-codegen"):
        print(unit["name"], unit["duration"])
EOF
}

: > "$target/times"
for _ in $(seq "$RUNS"); do
    cargo clean -q -p status-registry -p status-codegen
    cargo build -q -p status-core -j1 --timings 2>/dev/null
    unit_times >> "$target/times"
done

median() { grep "^$1 " "$target/times" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END{printf "%.2f", a[int((NR+1)/2)]}'; }
range() { grep "^$1 " "$target/times" | awk '{print $2}' | sort -n | awk 'NR==1{lo=$1} {hi=$1} END{printf "%.2f-%.2f", lo, hi}'; }
lines() {
    if cargo llvm-lines --version >/dev/null 2>&1; then
        (cd "$2" && CARGO_TARGET_DIR="$target/llvm-lines" cargo llvm-lines -q --lib 2>/dev/null | awk 'NR==3{print $1}')
    else
        echo "(cargo llvm-lines not installed)"
    fi
}
echo "| crate | build, median of $RUNS (s) | range (s) | LLVM IR lines |"
echo "|-------|------:|------:|------:|"
for crate in status-registry:status-macros/registry status-codegen:status-macros/codegen; do
    name=${crate%%:*}
    echo "| $name | $(median "$name") | $(range "$name") | $(lines "$name" "${crate#*:}") |"
done
