//! A language's reserved words, checked for every identifier a generator writes: every
//! parameter and field, several times per function.

/// A set of words fixed at compile time. A name is first told apart by its length and its first
/// byte (two bit tests), which settles nearly every identifier without comparing strings; a
/// binary search over the sorted words settles the rest.
#[derive(Debug)]
pub struct Words {
    sorted: &'static [&'static str],
    /// Bit `n`: some word is `n` bytes long (bit 63: 63 bytes or more).
    lengths: u64,
    /// Bit `b`: some word starts with byte `b`.
    firsts: [u64; 4],
}

impl Words {
    /// The set of `sorted`, which must be sorted, without repeats or empty words: a constant
    /// that is not fails to compile.
    pub const fn new(sorted: &'static [&'static str]) -> Words {
        let mut lengths = 0u64;
        let mut firsts = [0u64; 4];
        let mut i = 0;
        while i < sorted.len() {
            let w = sorted[i].as_bytes();
            assert!(!w.is_empty(), "a reserved word is empty");
            if i > 0 {
                assert!(
                    less(sorted[i - 1].as_bytes(), w),
                    "reserved words must be sorted, without repeats"
                );
            }
            lengths |= 1 << length_bit(w.len());
            firsts[(w[0] >> 6) as usize] |= 1 << (w[0] & 63);
            i += 1;
        }
        Words {
            sorted,
            lengths,
            firsts,
        }
    }

    /// Whether `name` is one of the words.
    pub fn contains(&self, name: &str) -> bool {
        let b = name.as_bytes();
        let Some(&first) = b.first() else {
            return false;
        };
        self.lengths & (1 << length_bit(b.len())) != 0
            && self.firsts[usize::from(first >> 6)] & (1 << (first & 63)) != 0
            && self.sorted.binary_search(&name).is_ok()
    }

    /// The words, sorted.
    pub fn as_slice(&self) -> &'static [&'static str] {
        self.sorted
    }
}

const fn length_bit(len: usize) -> usize {
    if len < 63 { len } else { 63 }
}

/// `a < b`, byte by byte as `str`'s order is (usable in a constant).
const fn less(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: Words = Words::new(&[
        "a_very_long_reserved_word_of_more_than_sixty_three_bytes_in_all",
        "do",
        "if",
        "int",
        "while",
    ]);

    #[test]
    fn exactly_the_words_are_contained() {
        for w in WORDS.as_slice() {
            assert!(WORDS.contains(w), "{w}");
        }
        // Same length and first byte as a word, or a prefix, or longer: searched and refused.
        for other in [
            "",
            "d",
            "dx",
            "id",
            "in",
            "int_",
            "inx",
            "whilst",
            "While",
            "x",
            "a_very_long_reserved_word_of_more_than_sixty_three_bytes_in_al",
            "a_very_long_reserved_word_of_more_than_sixty_three_bytes_in_allx",
        ] {
            assert!(!WORDS.contains(other), "{other}");
        }
    }

    #[test]
    fn order_is_the_order_of_str() {
        let mut words = ["b", "ab", "a", "é", "Z", "abc", "_x"];
        words.sort();
        for pair in words.windows(2) {
            assert!(less(pair[0].as_bytes(), pair[1].as_bytes()), "{pair:?}");
            assert!(!less(pair[1].as_bytes(), pair[0].as_bytes()), "{pair:?}");
        }
        assert!(!less(b"a", b"a"));
    }
}
