#!/usr/bin/env bash
# Compile-time costs of status-core, measured side by side with the `http` crate on this machine.
# Prints a Markdown table. Usage: scripts/compile-time.sh   (takes a few minutes on 2 cores)
#
# 1. clean debug build of a minimal binary using status_core vs one using http
# 2. what status-core adds to a crate that already uses serde with derive
# 3. one expansion of the full registry (generator functions, release and debug builds of them)
# 4. incremental rebuild after editing a registry file vs after touching a source file
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/compile-time"
rm -rf "$work"
mkdir -p "$work"

# new_crate NAME DEPENDENCIES MAIN_RS: a binary crate outside the workspace, with its own target dir.
new_crate() {
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' \
        "$1" "$2" > "$work/$1/Cargo.toml"
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

build() { (cd "$work/$1" && cargo build -q --offline 2>/dev/null || cargo build -q); }
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

core_dep="status-core = { path = \"$root/status-core\" }"
core_serde_dep="status-core = { path = \"$root/status-core\", features = [\"serde\"] }"
serde_dep='serde = { version = "1.0.220", features = ["derive"] }'

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
for c in use-status use-http serde-only serde-and-status; do (cd "$work/$c" && cargo fetch -q); done

t_status=$(clean_build use-status)
t_http=$(clean_build use-http)
t_serde=$(clean_build serde-only)
t_both=$(clean_build serde-and-status)

# Incremental: edit the registry file (a comment) vs touch main.rs.
echo "# edited" >> "$work/use-status/status.toml"
t_edit_registry=$(seconds build use-status)
touch "$work/use-status/src/main.rs"
t_touch_source=$(seconds build use-status)

expansion=$(cd "$root" && cargo bench -q -p status-macros --bench expansion 2>/dev/null | grep '^| canonical' | awk -F'|' '{print $4}' | xargs)
expansion_debug=$(cd "$root" && cargo bench -q -p status-macros --bench expansion --profile dev 2>/dev/null | grep '^| canonical' | awk -F'|' '{print $4}' | xargs)

cat <<TABLE
| measurement (clean builds: median of 3) | time | compared with | ratio | target |
|-------------|-----:|---------------|------:|--------|
| clean debug build, minimal binary using status_core | ${t_status} s | same using http: ${t_http} s | $(ratio "$t_status" "$t_http")x | at most 2.5x |
| (same, CPU time) | $(cpu use-status) s | $(cpu use-http) s | $(ratio "$(cpu use-status)" "$(cpu use-http)")x | |
| clean debug build, serde + derive + status-core (serde feature) | ${t_both} s | serde + derive only: ${t_serde} s | $(ratio "$t_both" "$t_serde")x | at most 1.10x |
| (same, CPU time) | $(cpu serde-and-status) s | $(cpu serde-only) s | $(ratio "$(cpu serde-and-status)" "$(cpu serde-only)")x | |
| one expansion of the full registry, generator built optimized | ${expansion} | | | under 20 ms |
| one expansion of the full registry, generator built as in a debug build | ${expansion_debug} | | | (information) |
| rebuild after editing the registry file | ${t_edit_registry} s | after touching main.rs: ${t_touch_source} s | $(ratio "$t_edit_registry" "$t_touch_source")x | (information) |

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(rustc --version).
TABLE
