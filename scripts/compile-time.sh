#!/usr/bin/env bash
# Compile-time costs of status-core, measured side by side with the `http` crate on this machine.
# Prints a Markdown table. Usage: scripts/compile-time.sh [all|basic|realistic|peer|lookup]
#   (default `all`: both cases; `basic` takes a few minutes on 2 cores, `realistic` a few more)
#
# Case `basic`:
# 1. clean debug build of a minimal binary using status_core vs one using http
# 2. what status-core adds to a crate that already uses serde with derive
# 3. one expansion of the full registry (generator functions, release and debug builds of them)
# 4. incremental rebuild after editing a registry file vs after touching a source file
# Case `realistic`:
# 5. a small axum 0.8 service (scripts/realistic/*.rs) built without status-core and with it
#    (statuses from `#[status_core::subset]` enums): clean debug build, and incremental rebuild
#    after editing one handler. The variants alternate (A, B, A, B, ...); medians of $PAIRS pairs.
# Case `peer` (not in `all`: about 15 minutes on 2 cores):
# 6. the fair comparison: a small axum service written as teams write it today (thiserror error
#    enums, a hand-written IntoResponse with a serde problem struct, utoipa's ToSchema and
#    IntoResponses derives; scripts/peer/thiserror.rs) against the same service with status-core
#    subsets doing the same job (features axum, utoipa, serde, http; scripts/peer/status.rs):
#    clean build and rebuild after editing a handler, alternating, medians of $PAIRS pairs, wall
#    and CPU; and what status-core adds to a clean build of the bare service, in CPU seconds.
# Case `lookup` (not in `all`): the README's first command on a fresh clone (warm registry cache).
# Case `scale [N]` (not in `all`; N endpoint groups, default 30: 90 endpoints, 61 subsets): the peer
#    service scaled (scripts/peer/scaled.sh), the crate's own compile and the rebuild after an
#    edit, alternating, and the cost per subset enum; BEFORE=<git revision> adds status-core at
#    that revision to the same run. See scripts/peer/scale-case.sh.
#
# Environment:
#   PAIRS            pairs of (clean, incremental) builds in case `realistic` (default 5, at least 3)
#   STATUS_FEATURES  OPTIONAL THIRD VARIANT of case `realistic`. Default "serde,http": the features
#                    of the with-status-core variant, which the targets refer to. Set to another
#                    comma-separated list of status-core features (e.g. "serde,http,axum" once such
#                    a feature exists) to build the same service a third time with those features,
#                    alternating with the other two, and report it in extra rows.
set -euo pipefail
case_=${1:-all}
case $case_ in
    all | basic | realistic | peer | lookup | scale) ;;
    *) echo "usage: $0 [all|basic|realistic|peer|lookup|scale [N]]" >&2; exit 2 ;;
esac
groups=${2:-30}
[[ $groups =~ ^[1-9][0-9]*$ ]] || { echo "scale N: N must be a positive number" >&2; exit 2; }
want() { [[ $case_ == "$1" || ($case_ == all && $1 != peer && $1 != lookup && $1 != scale) ]]; }
PAIRS=${PAIRS:-5}
[[ $PAIRS =~ ^[0-9]+$ && $PAIRS -ge 3 ]] || { echo "PAIRS must be a number, at least 3" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/compile-time"
rm -rf "$work"
mkdir -p "$work"

# new_crate NAME DEPENDENCIES MAIN_RS: a binary crate outside the workspace, with its own target dir.
# Our crates are path dependencies here, and cargo compiles path dependencies incrementally; a user
# gets them from crates.io, compiled without incremental state (about 0.8 s less on the critical
# path of a clean build). The profile overrides give path dependencies the crates.io treatment.
new_crate() {
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' \
        "$1" "$2" > "$work/$1/Cargo.toml"
    if [[ $2 == *'path = '* ]]; then
        local p
        for p in ${LOCAL_CRATES:-status-core status-macros status-codegen status-registry}; do
            printf '\n[profile.dev.package.%s]\nincremental = false\n' "$p" >> "$work/$1/Cargo.toml"
        done
    fi
    printf '%s\n' "$3" > "$work/$1/src/main.rs"
    cp "$root/Cargo.lock" "$work/$1/Cargo.lock"   # same dependency versions as the workspace
}

# seconds CMD...: wall time of a command, in seconds with two decimals. The CPU time (user + sys,
# children included) goes to $work/last.cpu: less sensitive than wall time to how the 2 cores
# happen to be shared, so it is reported too.
seconds() {
    local out
    out=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -n 1 )
    awk '{ printf "%.2f", $2 + $3 }' <<< "$out" > "$work/last.cpu"
    awk '{ printf "%.2f", $1 }' <<< "$out"
}

build() { (cd "$work/$1" && { cargo build -q --offline 2>/dev/null || cargo build -q; }); }
# Median of three clean builds (wall time; the CPU time of that same run is saved in
# $work/<crate>.cpu): single runs on a 2-core machine vary by 20% or more.
clean_build() {
    local runs=()
    for _ in 1 2 3; do
        rm -rf "$work/$1/target"
        local wall
        wall=$(seconds build "$1")
        runs+=("$wall $(cat "$work/last.cpu")")
    done
    local median
    median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
    echo "${median#* }" > "$work/$1.cpu"
    echo "${median%% *}"
}
cpu() { cat "$work/$1.cpu"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# met VALUE LIMIT: whether VALUE <= LIMIT ("?" if there is no value).
met() { awk -v a="$1" -v b="$2" 'BEGIN { print a == "" ? "?" : a + 0 <= b + 0 ? "yes" : "**no**" }'; }
# median VALUES...: the middle value (the mean of the two middle ones for an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
rows=()   # table rows, printed at the end

core_dep="status-core = { path = \"$root/status-core\" }"
core_serde_dep="status-core = { path = \"$root/status-core\", features = [\"serde\"] }"
serde_dep='serde = { version = "1.0.220", features = ["derive"] }'

# floor_crates: use-floor, a binary on a library that re-exports a one-line derive built on syn
# with its default features (syntax tree included, as serde_derive and thiserror use it), of the
# major status-codegen uses: what a conventional syn-based proc macro costs a minimal user.
floor_crates() {
    local syn_dep
    syn_dep="syn = \"$(grep -m1 '^syn = ' "$root/status-macros/codegen/Cargo.toml" | grep -o 'version = "[^"]*"' | cut -d'"' -f2)\""
    mkdir -p "$work/floor-mac/src" "$work/floor-lib/src"
    printf '[package]\nname = "floor-mac"\nversion = "0.0.0"\nedition = "2024"\n\n[lib]\nproc-macro = true\n\n[dependencies]\n%s\nquote = "1"\nproc-macro2 = "1"\n' \
        "$syn_dep" > "$work/floor-mac/Cargo.toml"
    cat > "$work/floor-mac/src/lib.rs" <<'RS'
#[proc_macro_derive(Name)]
pub fn name(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let input: syn::DeriveInput = match syn::parse(input) {
        Ok(input) => input,
        Err(e) => return e.to_compile_error().into(),
    };
    let (ident, text) = (&input.ident, input.ident.to_string());
    quote::quote!(impl #ident { pub fn name() -> &'static str { #text } }).into()
}
RS
    printf '[package]\nname = "floor-lib"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\nfloor-mac = { path = "../floor-mac" }\n' > "$work/floor-lib/Cargo.toml"
    printf 'pub use floor_mac::Name;\n#[derive(Name)]\npub struct Code(pub u16);\n' > "$work/floor-lib/src/lib.rs"
    LOCAL_CRATES="floor-lib floor-mac" new_crate use-floor 'floor-lib = { path = "../floor-lib" }' \
        'fn main() { println!("{} {}", floor_lib::Code::name(), floor_lib::Code(404).0); }'
}

run_basic() {
    new_crate use-status "$core_dep" '
#[status_core::registry(path = "status.toml")]
enum AppStatus {}
fn main() {
    println!("{} {}", status_core::StatusCode::NotFound, AppStatus::Ok);
}'
    cat > "$work/use-status/status.toml" <<'TOML'
[[status]]
code = 200
reason = "OK"
registration = "permanent"
spec = "RFC 9110"
url = "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1"
summary = "It worked."
description = "The request succeeded."
TOML
    new_crate use-http 'http = "1.0"' 'fn main() { println!("{}", http::StatusCode::NOT_FOUND); }'
    floor_crates
    new_crate serde-only "$serde_dep" '
#[derive(serde::Serialize, serde::Deserialize)]
struct Reply { status: u16 }
fn main() { let _ = Reply { status: 404 }.status; }'
    new_crate serde-and-status "$serde_dep
$core_serde_dep" '
#[derive(serde::Serialize, serde::Deserialize)]
struct Reply { status: status_core::StatusCode }
fn main() { let _ = Reply { status: status_core::StatusCode::NotFound }.status; }'

    # Fetch everything first so that no build below waits on the network.
    for c in use-status use-http use-floor serde-only serde-and-status; do (cd "$work/$c" && cargo fetch -q); done

    t_status=$(clean_build use-status)
    t_http=$(clean_build use-http)
    t_floor=$(clean_build use-floor)
    t_serde=$(clean_build serde-only)
    t_both=$(clean_build serde-and-status)

    # Incremental: edit the registry file (a comment) vs touch main.rs.
    echo "# edited" >> "$work/use-status/status.toml"
    t_edit_registry=$(seconds build use-status)
    touch "$work/use-status/src/main.rs"
    t_touch_source=$(seconds build use-status)

    expansion=$(cd "$root" && cargo bench -q -p status-codegen --bench expansion 2>/dev/null | grep '^| canonical' | awk -F'|' '{print $4}' | xargs)
    expansion_debug=$(cd "$root" && cargo bench -q -p status-codegen --bench expansion --profile dev 2>/dev/null | grep '^| canonical' | awk -F'|' '{print $4}' | xargs)

    rows+=(
        "| clean debug build, minimal binary using status_core | ${t_status} s | same using http: ${t_http} s | $(ratio "$t_status" "$t_http")x | within 0.2x of the floor: at most $(awk -v f="$(ratio "$t_floor" "$t_http")" 'BEGIN { printf "%.2f", f + 0.2 }')x | $(met "$(ratio "$t_status" "$t_http")" "$(awk -v f="$(ratio "$t_floor" "$t_http")" 'BEGIN { print f + 0.2 }')") |"
        "| (the floor) same binary using a one-line derive on syn (default features) | ${t_floor} s | same using http: ${t_http} s | $(ratio "$t_floor" "$t_http")x | (information) | |"
        "| (same, CPU time) | $(cpu use-status) s | $(cpu use-http) s | $(ratio "$(cpu use-status)" "$(cpu use-http)")x | | |"
        "| clean debug build, serde + derive + status-core (serde feature) | ${t_both} s | serde + derive only: ${t_serde} s | $(ratio "$t_both" "$t_serde")x | at most 1.10x | $(met "$(ratio "$t_both" "$t_serde")" 1.10) |"
        "| (same, CPU time) | $(cpu serde-and-status) s | $(cpu serde-only) s | $(ratio "$(cpu serde-and-status)" "$(cpu serde-only)")x | | |"
        "| one expansion of the full registry, generator built optimized | ${expansion} | | | under 20 ms | $(met "${expansion%% *}" 19.999) |"
        "| one expansion of the full registry, generator built as in a debug build | ${expansion_debug} | | | (information) | |"
        "| rebuild after editing the registry file | ${t_edit_registry} s | after touching main.rs: ${t_touch_source} s | $(ratio "$t_edit_registry" "$t_touch_source")x | (information) | |"
    )
}

# Case `realistic`: the same axum service twice, from scripts/realistic/without.rs and with.rs.
realistic_deps='axum = "0.8"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
serde = { version = "1.0.220", features = ["derive"] }
serde_json = "1"'
default_features="serde,http"
STATUS_FEATURES=${STATUS_FEATURES:-$default_features}

# features_toml "a,b": ["a", "b"]
features_toml() { awk -F, '{ printf "["; for (i = 1; i <= NF; i++) printf "%s\"%s\"", (i > 1 ? ", " : ""), $i; printf "]" }' <<< "${1// /}"; }
template() { if [[ $1 == realistic-without ]]; then echo "$root/scripts/realistic/without.rs"; else echo "$root/scripts/realistic/with.rs"; fi; }
# check_built CRATE: the build just timed succeeded (`seconds` hides its output and status).
check_built() {
    [[ "$work/$1/target/debug/$1" -nt "$work/$1/src/main.rs" ]] ||
        { echo "$1 did not build: run cargo build in $work/$1" >&2; exit 1; }
}
# edit_handler CRATE N: change a string literal in one handler (the first create_user), as when
# working on it; a scaled service has the literal once per group, and only the first changes.
edit_handler() {
    sed -i "0,/are required[^\"]*\"/s//are required (edit $2)\"/" "$work/$1/src/main.rs"
    grep -q "(edit $2)" "$work/$1/src/main.rs"
}

run_realistic() {
    local variants=(realistic-without realistic-with) c i
    # The lockfile is resolved once, for the with-status-core variant (starting from the workspace's,
    # so the crates they share keep the workspace's versions; cargo adds the axum crates), and copied
    # to the other variants: all build identical versions (cargo drops the entries a variant does
    # not use).
    new_crate realistic-with "$realistic_deps
status-core = { path = \"$root/status-core\", features = $(features_toml "$default_features") }" "$(cat "$(template realistic-with)")"
    (cd "$work/realistic-with" && cargo fetch -q)
    new_crate realistic-without "$realistic_deps" "$(cat "$(template realistic-without)")"
    cp "$work/realistic-with/Cargo.lock" "$work/realistic-without/Cargo.lock"
    # OPTIONAL THIRD VARIANT (see STATUS_FEATURES above): same source as realistic-with.
    if [[ $STATUS_FEATURES != "$default_features" ]]; then
        new_crate realistic-features "$realistic_deps
status-core = { path = \"$root/status-core\", features = $(features_toml "$STATUS_FEATURES") }" "$(cat "$(template realistic-features)")"
        cp "$work/realistic-with/Cargo.lock" "$work/realistic-features/Cargo.lock"
        variants+=(realistic-features)
    fi
    # Alternating: without, with[, features], without, with, ... (see `alternate`).
    for c in "${variants[@]}"; do cp "$(template "$c")" "$work/$c.rs"; done
    alternate clean "${variants[@]}"

    # col CRATE N: median of column N of its times; pair_ratios N: per-pair ratios with/without.
    col() { local v; mapfile -t v < <(awk -v n="$2" '{ print $n }' "$work/$1.times"); median "${v[@]}"; }
    pair_ratios() {
        paste -d' ' "$work/realistic-with.times" "$work/realistic-without.times" |
            awk -v n="$1" '{ printf "%s%.2f", (NR > 1 ? " " : ""), $n / $(n + 4) }'
    }
    local w=realistic-with o=realistic-without n
    local labels=("axum service, clean debug build, with status-core ($default_features)" "(same, CPU time)"
        "axum service, rebuild after editing a handler, with status-core ($default_features)" "(same, CPU time)")
    for n in 1 2 3 4; do
        rows+=("| ${labels[n - 1]} | $(col $w $n) s | without status-core: $(col $o $n) s | $(ratio "$(col $w $n)" "$(col $o $n)")x | at most 1.05x | $(met "$(ratio "$(col $w $n)" "$(col $o $n)")" 1.05) |")
        if [[ -f $work/realistic-features.times ]]; then
            rows+=("| (optional variant: same, status-core features $STATUS_FEATURES) | $(col realistic-features $n) s | without status-core: $(col $o $n) s | $(ratio "$(col realistic-features $n)" "$(col $o $n)")x | (information) | |")
        fi
    done
    notes+=(
        "Axum service: medians of $PAIRS alternating pairs; per-pair ratios with/without status-core:"
        "clean wall $(pair_ratios 1); clean CPU $(pair_ratios 2); incremental wall $(pair_ratios 3); incremental CPU $(pair_ratios 4)."
        "Raw times (seconds: clean wall, clean CPU, incremental wall, incremental CPU): $work/realistic-*.times."
    )
}

# alternate MODE CRATE...: $PAIRS rounds of (first build, rebuild after editing a handler) of
# each crate in turn. MODE `clean`: the first build is a clean one (target directory removed);
# `own`: the crate's own compile (`cargo clean -p`, its dependencies kept). The removal is not
# timed. $work/<crate>.times gets a line per round: first build wall, CPU, rebuild wall, CPU.
# Each crate's src/main.rs is restored from $work/<crate>.rs before each round.
alternate() {
    local mode=$1 c i
    shift
    for c in "$@"; do
        (cd "$work/$c" && cargo fetch -q)
        build "$c"   # warm-up, not measured
        check_built "$c"
        : > "$work/$c.times"
    done
    for ((i = 1; i <= PAIRS; i++)); do
        for c in "$@"; do
            cp "$work/$c.rs" "$work/$c/src/main.rs"
            case $mode in
                clean) rm -rf "$work/$c/target" ;;
                own) (cd "$work/$c" && cargo clean -q -p "$c" --offline 2>/dev/null) ;;
            esac
            local first first_cpu incr
            first=$(seconds build "$c")
            first_cpu=$(cat "$work/last.cpu")
            check_built "$c"
            edit_handler "$c" "$i"
            incr=$(seconds build "$c")
            check_built "$c"
            echo "$first $first_cpu $incr $(cat "$work/last.cpu")" >> "$work/$c.times"
        done
    done
}
# column CRATE N: median of column N of its times; spread CRATE N: its minimum and maximum.
column() { local v; mapfile -t v < <(awk -v n="$2" '{ print $n }' "$work/$1.times"); median "${v[@]}"; }
spread() { awk -v n="$2" 'NR == 1 || $n < lo { lo = $n } NR == 1 || $n > hi { hi = $n } END { printf "%.2f-%.2f", lo, hi }' "$work/$1.times"; }

run_peer() {
    local peer_deps='axum = "0.8"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
serde = { version = "1.0.220", features = ["derive"] }
serde_json = "1"
thiserror = "2"
utoipa = "6"'
    new_crate peer-status "$peer_deps
status-core = { path = \"$root/status-core\", features = [\"axum\", \"utoipa\", \"serde\", \"http\"] }" "$(cat "$root/scripts/peer/status.rs")"
    (cd "$work/peer-status" && cargo fetch -q)
    new_crate peer-thiserror "$peer_deps" "$(cat "$root/scripts/peer/thiserror.rs")"
    cp "$work/peer-status/Cargo.lock" "$work/peer-thiserror/Cargo.lock"
    cp "$root/scripts/peer/status.rs" "$work/peer-status.rs"
    cp "$root/scripts/peer/thiserror.rs" "$work/peer-thiserror.rs"
    alternate clean peer-thiserror peer-status
    local s=peer-status t=peer-thiserror n
    local labels=("peer: axum service, clean debug build, wall" "peer: same, CPU" "peer: rebuild after editing a handler, wall" "peer: same, CPU")
    for n in 1 2 3 4; do
        rows+=("| ${labels[n - 1]} | $(column $s $n) s ($(spread $s $n)) | thiserror + hand-written: $(column $t $n) s ($(spread $t $n)) | $(ratio "$(column $s $n)" "$(column $t $n)")x | at most 1.00x | $(met "$(ratio "$(column $s $n)" "$(column $t $n)")" 1.00) |")
    done
    # What status-core adds to a clean build, in CPU seconds: the bare service (realistic
    # case, without status-core) is built in the same run for the fixed cost.
    new_crate peer-bare 'axum = "0.8"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
serde = { version = "1.0.220", features = ["derive"] }
serde_json = "1"' "$(cat "$root/scripts/realistic/without.rs")"
    cp "$work/peer-status/Cargo.lock" "$work/peer-bare/Cargo.lock"
    new_crate peer-bare-status 'axum = "0.8"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
serde = { version = "1.0.220", features = ["derive"] }
serde_json = "1"'"
status-core = { path = \"$root/status-core\", features = [\"serde\", \"http\"] }" "$(cat "$root/scripts/realistic/with.rs")"
    cp "$work/peer-status/Cargo.lock" "$work/peer-bare-status/Cargo.lock"
    cp "$root/scripts/realistic/without.rs" "$work/peer-bare.rs"
    cp "$root/scripts/realistic/with.rs" "$work/peer-bare-status.rs"
    alternate clean peer-bare peer-bare-status
    local added
    added=$(awk -v a="$(column peer-bare-status 2)" -v b="$(column peer-bare 2)" 'BEGIN { printf "%.2f", a - b }')
    rows+=("| what status-core adds to a clean build of the bare service (CPU) | ${added} s | bare service: $(column peer-bare 2) s CPU (the fixed cost) | | at most 2.0 s | $(met "$added" 2.0) |")
    notes+=("Peer: medians of $PAIRS alternating pairs (min-max in parentheses); raw times in $work/peer-*.times.")
}

# The README's first command on a fresh clone: a clone of the repository's HEAD, its own target
# directory, the registry cache as it is (warm).
run_lookup() {
    local clone="$work/fresh-clone"
    git clone -q "$root" "$clone"
    local t
    t=$(seconds bash -c "cd '$clone' && cargo run -q -p status-lookup -- 404")
    rows+=("| first run of \`cargo run -p status-lookup -- 404\` from a fresh clone (warm registry cache) | ${t} s | | | at most 15 s | $(met "$t" 15) |")
}

# shellcheck source=scripts/peer/scale-case.sh
source "$root/scripts/peer/scale-case.sh"

notes=()
load=$(cut -d' ' -f1-3 /proc/loadavg)
if want basic; then run_basic; fi
if want realistic; then run_realistic; fi
if want peer; then run_peer; fi
if want lookup; then run_lookup; fi
if want scale; then run_scale "$groups"; fi

cat <<TABLE
| measurement (clean builds: median of 3; axum service: of $PAIRS alternating pairs) | time | compared with | ratio | target | met |
|-------------|-----:|---------------|------:|--------|-----|
$(printf '%s\n' "${rows[@]}")

$(printf '%s\n' "${notes[@]}")
Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(rustc --version); load average at the start: $load.
TABLE
