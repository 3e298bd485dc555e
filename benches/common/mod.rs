//! What both benches share: a ratio of two routines' times that a shared machine's changing load
//! does not move much.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Time of `ours` over `theirs`: the median of 41 rounds, each timing a batch of calls of one
/// then a batch of the other (which goes first alternates). A slower or busier stretch of the
/// machine hits both sides of a round, where criterion's two measurements, a second or more
/// apart, can see different loads: on a shared 2-core machine their ratio for one binary moved
/// between 0.9x and 1.3x from run to run, the paired one by a few percent.
pub fn paired_ratio<A, B>(mut ours: impl FnMut() -> A, mut theirs: impl FnMut() -> B) -> f64 {
    const ROUNDS: usize = 41;
    // A batch of about a millisecond: long beside the clock's resolution, short beside a
    // change of load.
    let calls = batch_size(&mut theirs, Duration::from_millis(1));
    let mut ratios: Vec<f64> = (0..ROUNDS)
        .map(|round| {
            if round % 2 == 0 {
                let a = time(&mut ours, calls);
                a / time(&mut theirs, calls)
            } else {
                let b = time(&mut theirs, calls);
                time(&mut ours, calls) / b
            }
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    ratios[ROUNDS / 2]
}

/// How many calls of `f` take about `span` (at least one).
fn batch_size<T>(f: &mut impl FnMut() -> T, span: Duration) -> u32 {
    let mut calls = 1u32;
    while calls < 1 << 24 && time(f, calls) < span.as_secs_f64() {
        calls *= 2;
    }
    calls
}

/// Seconds for `calls` calls of `f`, each result dropped unseen by the optimizer.
fn time<T>(f: &mut impl FnMut() -> T, calls: u32) -> f64 {
    let start = Instant::now();
    for _ in 0..calls {
        drop(black_box(f()));
    }
    start.elapsed().as_secs_f64()
}

/// Allocations (and reallocations, which may move) of one call of `f` as the counting
/// allocator `counter` sees them: the median of a few calls, so a lazy static does not count.
#[allow(dead_code)] // vs_http counts no allocations
pub fn allocations<T>(
    counter: &'static stats_alloc::StatsAlloc<std::alloc::System>,
    mut f: impl FnMut() -> T,
) -> usize {
    let mut counts: Vec<usize> = (0..5)
        .map(|_| {
            let region = stats_alloc::Region::new(counter);
            black_box(f());
            let stats = region.change();
            stats.allocations + stats.reallocations
        })
        .collect();
    counts.sort_unstable();
    counts[2]
}
