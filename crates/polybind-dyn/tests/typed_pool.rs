//! The typed callback pool is bounded: the next callback is a typed error, and a slot is free
//! again once its callback drops. (Its own test binary: it holds every slot for a while.)

use polybind_dyn::{Callback, ErrorKind, TYPED_CALLBACKS};

#[test]
fn a_full_pool_is_an_error_and_drops_free_slots() {
    let mut held = vec![];
    for i in 0..TYPED_CALLBACKS {
        held.push(Callback::typed(move |(x,): (i32,)| x + i as i32).unwrap());
    }
    let e = Callback::typed(|(x,): (i32,)| x).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Unsupported { .. }), "{e}");
    assert!(e.to_string().contains("Callback::new"), "{e}");
    // Every held callback still calls its own closure.
    for (i, cb) in held.iter().enumerate() {
        // SAFETY: a typed callback of `(i32,) -> i32` is an `extern "C" fn(i32) -> i32`.
        let f: extern "C" fn(i32) -> i32 = unsafe { std::mem::transmute(cb.code_ptr()) };
        assert_eq!(f(100), 100 + i as i32);
    }
    held.truncate(10);
    let again = Callback::typed(|(x,): (i32,)| x * 7).unwrap();
    // SAFETY: as above.
    let f: extern "C" fn(i32) -> i32 = unsafe { std::mem::transmute(again.code_ptr()) };
    assert_eq!(f(6), 42);
}
