//! A misuse from the foreign side that would deadlock — the same object as `&mut self` and as a
//! `&` parameter of one call — is an invalid-argument error naming the parameter. Driven through
//! the exported C symbols, as a foreign caller would.

extern crate conformance;

#[repr(C)]
#[derive(Clone, Copy)]
struct Counter {
    handle: u64,
}

#[repr(C)]
struct OwnedString {
    ptr: *mut u8,
    len: usize,
    cap: usize,
}

const OK: i32 = 0;
const INVALID_ARGUMENT: i32 = 4;

unsafe extern "C" {
    fn conformance_counter_new(start: i64, out: *mut Counter) -> i32;
    fn conformance_counter_absorb(this: Counter, other: Counter) -> i32;
    fn conformance_counter_sum_with(this: Counter, other: Counter, out: *mut i64) -> i32;
    fn conformance_counter_get(this: Counter, out: *mut i64) -> i32;
    fn conformance_counter_free(this: Counter) -> i32;
    fn conformance_last_error_message() -> OwnedString;
    fn conformance_rt_dealloc(ptr: *mut u8, size: usize, align: usize);
}

fn last_error() -> String {
    // SAFETY: the library returns an owned UTF-8 string released with its own allocator.
    unsafe {
        let s = conformance_last_error_message();
        let text = String::from_utf8_lossy(std::slice::from_raw_parts(s.ptr, s.len)).into_owned();
        if s.cap > 0 {
            conformance_rt_dealloc(s.ptr, s.cap, 1);
        }
        text
    }
}

fn counter(start: i64) -> Counter {
    let mut c = Counter { handle: 0 };
    // SAFETY: `c` is a valid out-parameter.
    assert_eq!(unsafe { conformance_counter_new(start, &mut c) }, OK);
    c
}

fn get(c: Counter) -> i64 {
    let mut v = 0;
    // SAFETY: `v` is a valid out-parameter.
    assert_eq!(unsafe { conformance_counter_get(c, &mut v) }, OK);
    v
}

#[test]
fn the_same_object_as_mut_self_and_as_a_parameter_is_refused() {
    let a = counter(2);
    let b = counter(5);
    // SAFETY: live handles.
    unsafe {
        assert_eq!(conformance_counter_absorb(a, b), OK);
        assert_eq!(get(a), 7);
        assert_eq!(conformance_counter_absorb(a, a), INVALID_ARGUMENT);
        let message = last_error();
        assert!(message.contains("`other`"), "{message}");
        assert!(
            message.contains("`Counter` object is borrowed mutably"),
            "{message}"
        );
        // Nothing is left locked: the object still works, shared twice in one call too.
        assert_eq!(get(a), 7);
        let mut sum = 0;
        assert_eq!(conformance_counter_sum_with(a, a, &mut sum), OK);
        assert_eq!(sum, 14);
        assert_eq!(conformance_counter_free(a), OK);
        assert_eq!(conformance_counter_free(b), OK);
    }
}
