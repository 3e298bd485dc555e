# Case `scale N` of scripts/compile-time.sh (sourced by it): the peer service scaled to N endpoint
# groups (two error enums and three handlers each; scripts/peer/scaled.sh), in both styles,
# alternating: the crate's own compile (after `cargo clean -p`, dependencies built) and the
# rebuild after editing one handler, medians of $PAIRS pairs with their ranges, and the cost per
# subset enum. With BEFORE=<git revision>, the status-core style is built a third time against
# that revision of status-core (a git worktree), in the same alternation: before and after in
# one run.

run_scale() {
    local groups=$1 deps='axum = "0.8"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
serde = { version = "1.0.220", features = ["derive"] }
serde_json = "1"
thiserror = "2"
utoipa = "6"'
    local core_features='features = ["axum", "utoipa", "serde", "http"]'
    new_crate scale-status "$deps
status-core = { path = \"$root/status-core\", $core_features }" "$("$root/scripts/peer/scaled.sh" status "$groups")"
    (cd "$work/scale-status" && cargo fetch -q)
    new_crate scale-thiserror "$deps" "$("$root/scripts/peer/scaled.sh" thiserror "$groups")"
    cp "$work/scale-status/Cargo.lock" "$work/scale-thiserror/Cargo.lock"
    local crates=(scale-thiserror scale-status)
    if [[ -n ${BEFORE:-} ]]; then
        git -C "$root" worktree add -q --detach "$work/before-src" "$BEFORE"
        trap 'git -C "$root" worktree remove --force "$work/before-src"' EXIT
        new_crate scale-before "$deps
status-core = { path = \"$work/before-src/status-core\", $core_features }" "$("$root/scripts/peer/scaled.sh" status "$groups")"
        cp "$work/scale-status/Cargo.lock" "$work/scale-before/Cargo.lock"
        crates+=(scale-before)
    fi
    for c in "${crates[@]}"; do cp "$work/$c/src/main.rs" "$work/$c.rs"; done
    alternate own "${crates[@]}"
    local s=scale-status t=scale-thiserror n enums=$((2 * groups + 1))
    local labels=("crate's own compile, wall" "same, CPU" "rebuild after editing a handler, wall" "same, CPU")
    for n in 1 2 3 4; do
        rows+=("| scale $groups groups ($((3 * groups)) endpoints, $enums subsets): ${labels[n - 1]} | $(column $s "$n") s ($(spread $s "$n")) | thiserror + hand-written: $(column $t "$n") s ($(spread $t "$n")) | $(ratio "$(column $s "$n")" "$(column $t "$n")")x | at most 1.00x | $(met "$(ratio "$(column $s "$n")" "$(column $t "$n")")" 1.00) |")
        if [[ -f $work/scale-before.times ]]; then
            rows+=("| (the same with status-core at $BEFORE) | $(column scale-before "$n") s ($(spread scale-before "$n")) | thiserror + hand-written: $(column $t "$n") s | $(ratio "$(column scale-before "$n")" "$(column $t "$n")")x | (before) | |")
        fi
    done
    # The cost per subset enum: what the status-core style adds over the hand-written one, per
    # enum it has (the hand-written style writes its IntoResponse and documentation instead).
    per_enum() { awk -v a="$(column "$1" "$2")" -v b="$(column $t "$2")" -v e="$enums" 'BEGIN { printf "%+.1f", (a - b) * 1000 / e }'; }
    notes+=("Scale $groups: per subset enum, the status-core style costs $(per_enum $s 1) ms of the crate's own compile and $(per_enum $s 3) ms of a rebuild against the hand-written style (wall)$(if [[ -f $work/scale-before.times ]]; then echo "; at $BEFORE: $(per_enum scale-before 1) ms and $(per_enum scale-before 3) ms"; fi).")
    notes+=("Scale: medians of $PAIRS alternating rounds (min-max in parentheses); raw times (own compile wall, CPU, rebuild wall, CPU) in $work/scale-*.times.")
}
