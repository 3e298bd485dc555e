#!/usr/bin/env bash
# Scale: generated registries of up to 900 codes (every number 100..=999) and crates with up to
# 200 subset enums must build and pass their tests. Prints build times and how they grow.
# Usage: scripts/scale.sh [CODES...]   (default: 100 300 900; subsets: CODES * 2 / 9, i.e. 200 at 900)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/scale"
mkdir -p "$work"
sizes=("${@:-100 300 900}")
read -r -a sizes <<< "${sizes[*]}"
export CARGO_TARGET_DIR="$work/target"   # shared: status-core and its dependencies build once

seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; return 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

# The 62 variant names of StatusCode, for subsets.
mapfile -t names < <(grep -o 'StatusCode::[A-Za-z]*' "$root/tests/downstream/src/lib.rs" | sort -u | cut -d: -f3)

generate() {
    local codes=$1 subsets=$2 dir="$work/scale-$1"
    mkdir -p "$dir/src" "$dir/tests"
    printf '[package]\nname = "scale-%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\nstatus-core = { path = "%s/status-core" }\n\n[workspace]\n' \
        "$codes" "$root" > "$dir/Cargo.toml"
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    : > "$dir/big.toml"
    for ((c = 100; c < 100 + codes; c++)); do
        printf '[[status]]\ncode = %d\nreason = "Status %d"\nregistration = "permanent"\nspec = "RFC 9110"\nurl = "https://www.rfc-editor.org/rfc/rfc9110.html#section-15"\nsummary = "Code %d."\ndescription = "Synthetic code %d, for scale tests."\n\n' \
            "$c" "$c" "$c" "$c" >> "$dir/big.toml"
    done
    {
        echo '//! A generated registry and many subsets.'
        echo '#![allow(missing_docs)]'
        echo '#[status_core::registry(path = "big.toml")]'
        echo 'pub enum Big {}'
        for ((i = 0; i < subsets; i++)); do
            echo "#[status_core::subset] #[derive(Debug, Clone, Copy, PartialEq, Eq)]"
            echo "pub enum Endpoint$i { ${names[i % 62]}, ${names[(i + 7) % 62]}, ${names[(i + 23) % 62]} }"
        done
    } > "$dir/src/lib.rs"
    {
        echo 'use scale_'"$codes"'::*;'
        echo '#[test] fn registry_is_complete() {'
        echo "    assert_eq!(Big::ALL.len(), $codes);"
        echo '    for s in Big::ALL { assert_eq!(Big::from_u16(s.code()), Some(s)); assert_eq!(s.to_string().parse::<Big>(), Ok(s)); }'
        echo "    assert!(Big::from_u16($((100 + codes))).is_none());"
        echo '}'
        echo '#[test] fn subsets_convert() {'
        for ((i = 0; i < subsets; i++)); do
            echo "    for s in Endpoint$i::ALL { assert_eq!(Endpoint$i::try_from(status_core::StatusCode::from(s)), Ok(s)); }"
        done
        echo '}'
    } > "$dir/tests/scale.rs"
    echo "$dir"
}

# Warm up: build status-core and its dependencies once, so the rows below measure our crates.
dir=$(generate 1 1)
seconds cargo build -q --manifest-path "$dir/Cargo.toml" > /dev/null

echo "| registry codes | subset enums | build (debug) | tests | build per code + subset |"
echo "|---------------:|-------------:|--------------:|-------|------------------------:|"
for codes in "${sizes[@]}"; do
    subsets=$(( codes * 2 / 9 ))
    dir=$(generate "$codes" "$subsets")
    t=$(seconds cargo test -q --no-run --manifest-path "$dir/Cargo.toml")
    cargo test -q --manifest-path "$dir/Cargo.toml" > "$work/test.log" 2>&1 || { cat "$work/test.log" >&2; exit 1; }
    passed=$(grep -o '[0-9]* passed' "$work/test.log" | awk '{s += $1} END {print s}')
    per=$(awk -v t="$t" -v n=$((codes + subsets)) 'BEGIN { printf "%.1f ms", 1000 * t / n }')
    echo "| $codes | $subsets | ${t} s | $passed passed | $per |"
done
