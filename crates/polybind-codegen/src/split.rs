//! Splitting a generator's one long pass into parts that run in parallel on the CLI's pool.
//!
//! A part is a run of consecutive items, cut where an item's name hashes to a multiple of a
//! chosen number (content-defined, as in rsync or restic): adding or removing an item moves
//! no other cut (but the bounds on a part's length, at most the next cut), so the parts of an
//! edited library are the parts of the last run but one or two, and what a memo recorded for
//! them (which depends on everything the part wrote before an item) is still found.

use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64;

/// How long parts are: a part is cut before an item whose name hashes to a multiple of `every`
/// once it has `min` items, and before its `max + 1`th item in any case (about `min + every`
/// items on average, and never many times that: one part far longer than the others would
/// finish alone).
#[derive(Debug, Clone, Copy)]
pub struct Lengths {
    pub min: usize,
    pub every: u64,
    pub max: usize,
}

/// `items` cut into runs ([`Lengths`]): at least one run, none empty.
pub fn parts<T>(items: &[T], name: impl Fn(&T) -> &str, lengths: Lengths) -> Vec<&[T]> {
    let every = lengths.every.max(1);
    let max = lengths.max.max(1);
    let mut parts = vec![];
    let mut start = 0;
    for (i, item) in items.iter().enumerate().skip(1) {
        let len = i - start;
        if len >= max
            || (len >= lengths.min && xxh3_64(name(item).as_bytes()).is_multiple_of(every))
        {
            parts.push(&items[start..i]);
            start = i;
        }
    }
    parts.push(&items[start..]);
    parts
}

/// `f` of each item in order: in parallel on a thread pool (as [`crate::join`]), else one
/// after the other on this thread. Each item is a job of its own, which any idle thread may
/// take: items are few and large (left to itself, rayon runs half of them as one job on a
/// busy thread).
pub fn map<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    if crate::on_pool() {
        items.into_par_iter().with_max_len(1).map(f).collect()
    } else {
        items.into_iter().map(f).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("f_{i:05}")).collect()
    }

    const LENGTHS: Lengths = Lengths {
        min: 64,
        every: 256,
        max: 512,
    };

    #[test]
    fn parts_cover_every_item_once_in_order_within_bounds() {
        let items = names(5000);
        let parts = parts(&items, |s| s, LENGTHS);
        let joined: Vec<&String> = parts.iter().flat_map(|p| p.iter()).collect();
        assert_eq!(joined, items.iter().collect::<Vec<_>>());
        let (last, full) = parts.split_last().unwrap();
        assert!(full.iter().all(|p| (64..=512).contains(&p.len())));
        assert!((1..=512).contains(&last.len()));
        // About 5000 / (64 + 256) parts.
        assert!((10..=40).contains(&parts.len()), "{}", parts.len());
        assert_eq!(super::parts(&items[..0], |s| s, LENGTHS), vec![&items[..0]]);
    }

    #[test]
    fn an_item_added_moves_no_other_cut() {
        let items = names(3000);
        let mut edited = items.clone();
        edited.insert(1234, "f_new".to_owned());
        // Cut by the hash alone: the bounds are not what this is about.
        let lengths = Lengths {
            min: 0,
            every: 128,
            max: usize::MAX,
        };
        let firsts = |v: &[String]| -> Vec<String> {
            parts(v, |s| s, lengths)
                .iter()
                .skip(1)
                .map(|p| p[0].clone())
                .filter(|s| s != "f_new")
                .collect()
        };
        assert_eq!(firsts(&items), firsts(&edited));
    }

    #[test]
    fn map_keeps_the_order_on_a_pool_and_off_it() {
        let items: Vec<u32> = (0..1000).collect();
        let want: Vec<u32> = items.iter().map(|i| i * 2).collect();
        assert_eq!(map(items.clone(), |i| i * 2), want);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        assert_eq!(pool.install(|| map(items, |i| i * 2)), want);
    }
}
