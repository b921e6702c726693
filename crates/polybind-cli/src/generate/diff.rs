//! Lines added and removed between an old and a new file, for `generate`'s report and
//! `--check`'s summary.

use std::time::{Duration, Instant};

/// A diff that takes longer (files rewritten throughout) stops with an approximate count.
const DEADLINE: Duration = Duration::from_millis(200);

/// Lines added and removed going from `old` to `new`. Generated files are large and a
/// regeneration usually changes a few lines, so the common prefix and suffix (whole lines) are
/// skipped with a byte comparison, and the middle is diffed as a list of line hashes (Myers): a
/// line diff's result does not change when equal lines at both ends are removed.
pub fn line_changes(old: &str, new: &str) -> (usize, usize) {
    if old == new {
        return (0, 0);
    }
    if old.is_empty() {
        return (line_count(new), 0);
    }
    let prefix = common_prefix_lines(old.as_bytes(), new.as_bytes());
    let (old, new) = (&old[prefix..], &new[prefix..]);
    let suffix = common_suffix_lines(old.as_bytes(), new.as_bytes());
    let (old, new) = (&old[..old.len() - suffix], &new[..new.len() - suffix]);
    let (old, new) = (line_hashes(old), line_hashes(new));
    let ops = similar::capture_diff_slices_deadline(
        similar::Algorithm::Myers,
        &old,
        &new,
        Some(Instant::now() + DEADLINE),
    );
    let (mut added, mut removed) = (0, 0);
    for op in ops {
        match op.tag() {
            similar::DiffTag::Insert => added += op.new_range().len(),
            similar::DiffTag::Delete => removed += op.old_range().len(),
            similar::DiffTag::Replace => {
                added += op.new_range().len();
                removed += op.old_range().len();
            }
            similar::DiffTag::Equal => {}
        }
    }
    (added, removed)
}

/// A 64-bit hash of each line: the diff then compares numbers. The hash is a simple
/// multiply-and-rotate over 8-byte words (SipHash cost more than the diff itself); two different
/// lines with the same hash would only make a count that is only shown one off.
fn line_hashes(text: &str) -> Vec<u64> {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    text.split_inclusive('\n')
        .map(|l| {
            let mut h = l.len() as u64;
            let mut words = l.as_bytes().chunks_exact(8);
            for w in &mut words {
                let mut b = [0u8; 8];
                b.copy_from_slice(w);
                h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
            }
            for &b in words.remainder() {
                h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
            }
            h
        })
        .collect()
}

/// What `text.lines().count()` says, without splitting. Every file of a cold run is counted
/// (tens of megabytes): a byte-by-byte count took a tenth of such a run.
fn line_count(text: &str) -> usize {
    let newlines = memchr::memchr_iter(b'\n', text.as_bytes()).count();
    newlines + usize::from(!text.is_empty() && !text.ends_with('\n'))
}

/// Length of the longest common prefix made of whole lines (ending in `\n`).
fn common_prefix_lines(a: &[u8], b: &[u8]) -> usize {
    let n = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    a[..n]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |i| i + 1)
}

/// Length of the longest common suffix made of whole lines: it starts right after a `\n` in
/// both (or at the start of both), so the lines that remain each end where they did.
fn common_suffix_lines(a: &[u8], b: &[u8]) -> usize {
    let n = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    // Candidate starts, from the longest suffix down: a position right after a `\n` that is in
    // the common part, or the whole of the shorter text when it is all common.
    let (la, lb) = (a.len(), b.len());
    (0..=n)
        .rev()
        .find(|&k| {
            let at = |s: &[u8], l: usize| l == k || (l > k && s[l - k - 1] == b'\n');
            at(a, la) && at(b, lb)
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain diff, for comparison.
    fn plain(old: &str, new: &str) -> (usize, usize) {
        let diff = similar::TextDiff::from_lines(old, new);
        let mut r = (0, 0);
        for c in diff.iter_all_changes() {
            match c.tag() {
                similar::ChangeTag::Insert => r.0 += 1,
                similar::ChangeTag::Delete => r.1 += 1,
                similar::ChangeTag::Equal => {}
            }
        }
        r
    }

    #[test]
    fn agrees_with_a_plain_diff() {
        let cases = [
            ("a\nb\nc\n", "a\nb\nc\n"),
            ("", "a\nb\n"),
            ("", "a\nb"),
            ("", "\n"),
            ("", "\n\nx"),
            ("a\nb\n", ""),
            ("a\nb\nc\n", "a\nx\nc\n"),
            ("a\nb\nc\n", "a\nb\nc\nd\n"),
            ("a\nb\nc\n", "z\na\nb\nc\n"),
            ("a\nb", "a\nbc"),
            ("ab\n", "abc\n"),
            ("x\nab\n", "x\nb\n"),
            ("one\ntwo\nthree", "one\nthree"),
            ("same\nend\n", "same\nsame\nend\n"),
            ("a\n\n\nb\n", "a\n\nb\n"),
        ];
        for (old, new) in cases {
            assert_eq!(
                line_changes(old, new),
                plain(old, new),
                "{old:?} -> {new:?}"
            );
        }
    }

    #[test]
    fn large_files_with_one_change() {
        let old: String = (0..50_000).map(|i| format!("line {i}\n")).collect();
        let new = old.replacen("line 25000\n", "line 25000 changed\n", 1);
        assert_eq!(line_changes(&old, &new), (1, 1));
    }
}
