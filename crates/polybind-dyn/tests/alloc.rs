//! Prepared calls allocate nothing: counted by a global allocator, on this thread only.

use polybind_dyn::{Callback, Plan, Ret, Signature, Symbol, Value};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ffi::c_void;

struct Counting;

thread_local! {
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
        // SAFETY: forwarded.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocs_during(f: impl FnOnce()) -> u64 {
    let before = ALLOCS.with(Cell::get);
    f();
    ALLOCS.with(Cell::get) - before
}

extern "C" fn six(a: i64, b: i64, c: i64, d: i64, e: i64, f: i64) -> i64 {
    a + b + c + d + e + f
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Pair {
    x: f64,
    y: f64,
}

extern "C" fn pair_sum(p: Pair) -> f64 {
    p.x + p.y
}

extern "C" fn call_twice(f: extern "C" fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

#[test]
fn prepared_calls_allocate_nothing() {
    // SAFETY: functions of this test with the signatures given.
    let six = unsafe { Symbol::from_raw(six as *const c_void, "six") };
    let fast = unsafe {
        Plan::prepare(
            &six,
            &Signature::parse("fn(i64,i64,i64,i64,i64,i64) -> i64").unwrap(),
        )
    }
    .unwrap();
    let pair = unsafe { Symbol::from_raw(pair_sum as *const c_void, "pair_sum") };
    let slow = unsafe {
        Plan::prepare(
            &pair,
            &Signature::parse("fn(struct{f64,f64}) -> f64").unwrap(),
        )
    }
    .unwrap();
    let twice = unsafe { Symbol::from_raw(call_twice as *const c_void, "call_twice") };
    let cb_sig = Signature::parse("fn(i32) -> i32").unwrap();
    let cb = Callback::new(&cb_sig, |a| match a[0] {
        Value::I32(x) => Ret::I32(x + 1),
        _ => Ret::I32(0),
    })
    .unwrap();
    let round = unsafe {
        Plan::prepare(
            &twice,
            &Signature::parse("fn(fn(i32) -> i32, i32) -> i32").unwrap(),
        )
    }
    .unwrap();
    let p = Pair { x: 1.0, y: 2.5 };
    // SAFETY: `Pair` is plain data.
    let pb = unsafe { std::slice::from_raw_parts(&p as *const Pair as *const u8, 16) };
    let args6 = [1i64, 2, 3, 4, 5, 6].map(Value::I64);
    let n = allocs_during(|| {
        for _ in 0..1000 {
            assert_eq!(fast.call(&args6).unwrap(), Ret::I64(21));
            assert_eq!(slow.call(&[Value::Struct(pb)]).unwrap(), Ret::F64(3.5));
            assert_eq!(
                round.call(&[cb.as_value(), Value::I32(1)]).unwrap(),
                Ret::I32(3)
            );
            assert_eq!(fast.call_with_errno(&args6).unwrap().0, Ret::I64(21));
        }
    });
    assert_eq!(n, 0, "allocations in 4000 prepared calls");
    // Typed calls and typed callbacks: none either.
    let six_t = fast.typed::<(i64, i64, i64, i64, i64, i64), i64>().unwrap();
    let round_t = round.typed::<(*const c_void, i32), i32>().unwrap();
    let cb_t = Callback::typed(|(x,): (i32,)| x * 2).unwrap();
    let n = allocs_during(|| {
        for _ in 0..1000 {
            assert_eq!(six_t.call((1, 2, 3, 4, 5, 6)), 21);
            assert_eq!(round_t.call((cb_t.code_ptr(), 3)), 12);
        }
    });
    assert_eq!(n, 0, "allocations in 2000 typed calls");
    // The counter works: preparing allocates.
    assert!(
        allocs_during(|| drop(unsafe {
            Plan::prepare(&six, &Signature::parse("fn() -> i64").unwrap())
        })) > 0
    );
}
