//! Direct call through a function pointer vs our prepared call vs libffi's `ffi_call`, on empty
//! callees compiled into this benchmark. Run by `cargo xtask bench dyn`, which reads criterion's
//! estimates and the allocation counts this writes to `target/criterion/dyn_allocs.txt`.

use criterion::{Criterion, criterion_group, criterion_main};
use libffi::middle::{Arg, Cif, CodePtr, Type, arg};
use polybind_dyn::{CArg, CType, Callback, Plan, Ret, Signature, StructType, Symbol, Value};
use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::c_void;
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

struct Counting;
static ALLOCS: AtomicU64 = AtomicU64::new(0);

// SAFETY: forwards to the system allocator; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded.
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        // SAFETY: forwarded.
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[repr(C)]
#[derive(Clone, Copy)]
struct S16 {
    a: i64,
    b: i64,
}

#[inline(never)]
extern "C" fn i0() -> i64 {
    0
}
#[inline(never)]
extern "C" fn i1(a: i64) -> i64 {
    a
}
#[inline(never)]
extern "C" fn i6(a: i64, b: i64, c: i64, d: i64, e: i64, f: i64) -> i64 {
    a ^ b ^ c ^ d ^ e ^ f
}
#[inline(never)]
extern "C" fn d2(a: f64, b: f64) -> f64 {
    a + b
}
#[inline(never)]
extern "C" fn s16(s: S16) -> i64 {
    s.a ^ s.b
}
#[inline(never)]
extern "C" fn inc(x: i64) -> i64 {
    x + 1
}
#[inline(never)]
extern "C" fn call_cb(f: extern "C" fn(i64) -> i64, x: i64) -> i64 {
    f(x)
}

// SAFETY: `#[repr(C)]`, fields `i64, i64`.
unsafe impl CArg for S16 {
    fn ctype() -> CType {
        CType::Struct(StructType::new(vec![CType::I64, CType::I64]).unwrap())
    }
}

/// One shape: the four ways of calling it, each returning an integer so the work is observed.
/// `ours` is the typed call (`Plan::typed`), `values` the dynamic `&[Value]` call.
struct Shape {
    name: &'static str,
    direct: Box<dyn Fn() -> i64>,
    ours: Box<dyn Fn() -> i64>,
    values: Box<dyn Fn() -> i64>,
    ffi: Box<dyn Fn() -> i64>,
}

fn int(r: Ret) -> i64 {
    match r {
        Ret::I64(v) => v,
        Ret::F64(v) => v as i64,
        _ => -1,
    }
}

/// A plan for the whole run (leaked: typed calls borrow their plan, and the closures below
/// outlive this function).
fn plan(f: *const c_void, sig: &str) -> &'static Plan<'static> {
    // SAFETY: each callee above has exactly the signature it is prepared with.
    let p = unsafe { Plan::prepare(&Symbol::from_raw(f, "f"), &Signature::parse(sig).unwrap()) };
    Box::leak(Box::new(p.unwrap()))
}

fn ffi_call_i64(cif: &Cif, f: *const c_void, args: &[Arg]) -> i64 {
    // SAFETY: as above; the cif matches the callee.
    unsafe { cif.call::<i64>(CodePtr(f as *mut c_void), args) }
}

fn shapes() -> Vec<Shape> {
    let mut v = vec![];
    let p = plan(i0 as *const c_void, "fn() -> i64");
    let t = p.typed::<(), i64>().unwrap();
    let cif = Cif::new(vec![], Type::i64());
    v.push(Shape {
        name: "0 int args",
        direct: Box::new(|| black_box(i0 as extern "C" fn() -> i64)()),
        ours: Box::new(move || t.call(())),
        values: Box::new(move || int(p.call(&[]).unwrap_or(Ret::Void))),
        ffi: Box::new(move || ffi_call_i64(&cif, black_box(i0 as *const c_void), &[])),
    });
    let p = plan(i1 as *const c_void, "fn(i64) -> i64");
    let t = p.typed::<(i64,), i64>().unwrap();
    let cif = Cif::new(vec![Type::i64()], Type::i64());
    v.push(Shape {
        name: "1 int arg",
        direct: Box::new(|| black_box(i1 as extern "C" fn(i64) -> i64)(black_box(7))),
        ours: Box::new(move || t.call((black_box(7),))),
        values: Box::new(move || int(p.call(&[Value::I64(black_box(7))]).unwrap_or(Ret::Void))),
        ffi: Box::new(move || {
            let a = black_box(7i64);
            ffi_call_i64(&cif, black_box(i1 as *const c_void), &[arg(&a)])
        }),
    });
    let p = plan(
        i6 as *const c_void,
        "fn(i64, i64, i64, i64, i64, i64) -> i64",
    );
    let t = p.typed::<(i64, i64, i64, i64, i64, i64), i64>().unwrap();
    let cif = Cif::new(vec![Type::i64(); 6], Type::i64());
    type F6 = extern "C" fn(i64, i64, i64, i64, i64, i64) -> i64;
    v.push(Shape {
        name: "6 int args",
        direct: Box::new(|| {
            let x = black_box(3);
            black_box(i6 as F6)(x, 1, 2, 3, 4, 5)
        }),
        ours: Box::new(move || t.call((black_box(3), 1, 2, 3, 4, 5))),
        values: Box::new(move || {
            let x = black_box(3);
            let args = [
                Value::I64(x),
                Value::I64(1),
                Value::I64(2),
                Value::I64(3),
                Value::I64(4),
                Value::I64(5),
            ];
            int(p.call(&args).unwrap_or(Ret::Void))
        }),
        ffi: Box::new(move || {
            let x: [i64; 6] = [black_box(3), 1, 2, 3, 4, 5];
            let a = [
                arg(&x[0]),
                arg(&x[1]),
                arg(&x[2]),
                arg(&x[3]),
                arg(&x[4]),
                arg(&x[5]),
            ];
            ffi_call_i64(&cif, black_box(i6 as *const c_void), &a)
        }),
    });
    let p = plan(d2 as *const c_void, "fn(f64, f64) -> f64");
    let t = p.typed::<(f64, f64), f64>().unwrap();
    let cif = Cif::new(vec![Type::f64(), Type::f64()], Type::f64());
    v.push(Shape {
        name: "2 doubles",
        direct: Box::new(|| {
            black_box(d2 as extern "C" fn(f64, f64) -> f64)(black_box(1.5), 2.0) as i64
        }),
        ours: Box::new(move || t.call((black_box(1.5), 2.0)) as i64),
        values: Box::new(move || {
            int(p
                .call(&[Value::F64(black_box(1.5)), Value::F64(2.0)])
                .unwrap_or(Ret::Void))
        }),
        ffi: Box::new(move || {
            let (a, b) = (black_box(1.5f64), 2.0f64);
            // SAFETY: as above.
            let r: f64 =
                unsafe { cif.call(CodePtr(black_box(d2 as *mut c_void)), &[arg(&a), arg(&b)]) };
            r as i64
        }),
    });
    let p = plan(s16 as *const c_void, "fn(struct{i64, i64}) -> i64");
    let t = p.typed::<(S16,), i64>().unwrap();
    let cif = Cif::new(
        vec![Type::structure(vec![Type::i64(), Type::i64()])],
        Type::i64(),
    );
    v.push(Shape {
        name: "16-byte struct",
        direct: Box::new(|| {
            black_box(s16 as extern "C" fn(S16) -> i64)(S16 {
                a: black_box(1),
                b: 2,
            })
        }),
        ours: Box::new(move || {
            t.call((S16 {
                a: black_box(1),
                b: 2,
            },))
        }),
        values: Box::new(move || {
            let s = [black_box(1i64), 2];
            let b: [u8; 16] = {
                let mut b = [0u8; 16];
                b[..8].copy_from_slice(&s[0].to_ne_bytes());
                b[8..].copy_from_slice(&s[1].to_ne_bytes());
                b
            };
            int(p.call(&[Value::Struct(&b)]).unwrap_or(Ret::Void))
        }),
        ffi: Box::new(move || {
            let s = S16 {
                a: black_box(1),
                b: 2,
            };
            ffi_call_i64(&cif, black_box(s16 as *const c_void), &[arg(&s)])
        }),
    });
    // Callback round trip: a C function calling back into Rust through a function pointer.
    // Typed: a typed call of `call_cb` with a typed callback; values: the dynamic call with a
    // `Value` callback; libffi: `ffi_call` with the same `Value` callback (libffi's own closures
    // would be slower still).
    let cb_t = Callback::typed(|(x,): (i64,)| x + 1).unwrap();
    let cb = Callback::new(&Signature::parse("fn(i64) -> i64").unwrap(), |a| {
        match a[0] {
            Value::I64(x) => Ret::I64(x + 1),
            _ => Ret::I64(0),
        }
    })
    .unwrap();
    let (cb_t_ptr, cb_ptr) = (cb_t.code_ptr(), cb.code_ptr());
    // Both callbacks live for the whole run.
    std::mem::forget((cb_t, cb));
    let p = plan(call_cb as *const c_void, "fn(fn(i64) -> i64, i64) -> i64");
    let t = p.typed::<(*mut c_void, i64), i64>().unwrap();
    let cif = Cif::new(vec![Type::pointer(), Type::i64()], Type::i64());
    type Fcb = extern "C" fn(extern "C" fn(i64) -> i64, i64) -> i64;
    v.push(Shape {
        name: "callback round trip",
        direct: Box::new(|| black_box(call_cb as Fcb)(inc, black_box(1))),
        ours: Box::new(move || t.call((cb_t_ptr, black_box(1)))),
        values: Box::new(move || {
            int(p
                .call(&[Value::Ptr(cb_ptr), Value::I64(black_box(1))])
                .unwrap_or(Ret::Void))
        }),
        ffi: Box::new(move || {
            let (f, x) = (cb_ptr, black_box(1i64));
            ffi_call_i64(
                &cif,
                black_box(call_cb as *const c_void),
                &[arg(&f), arg(&x)],
            )
        }),
    });
    v
}

fn bench(c: &mut Criterion) {
    let shapes = shapes();
    let mut allocs = String::new();
    for s in &shapes {
        // Every way must compute the same thing.
        assert_eq!((s.direct)(), (s.ours)(), "{}", s.name);
        assert_eq!((s.direct)(), (s.values)(), "{}", s.name);
        assert_eq!((s.direct)(), (s.ffi)(), "{}", s.name);
        for (label, f) in [
            ("direct", &s.direct),
            ("polybind", &s.ours),
            ("polybind-values", &s.values),
            ("libffi", &s.ffi),
        ] {
            let before = ALLOCS.load(Ordering::Relaxed);
            for _ in 0..10_000 {
                black_box(f());
            }
            let n = ALLOCS.load(Ordering::Relaxed) - before;
            allocs.push_str(&format!("{}\t{label}\t{}\n", s.name, n as f64 / 10_000.0));
        }
        let mut g = c.benchmark_group(format!("dyn_{}", s.name.replace(' ', "_")));
        g.warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_millis(2500))
            .sample_size(40);
        g.bench_function("direct", |b| b.iter(|| (s.direct)()));
        g.bench_function("polybind", |b| b.iter(|| (s.ours)()));
        g.bench_function("polybind-values", |b| b.iter(|| (s.values)()));
        g.bench_function("libffi", |b| b.iter(|| (s.ffi)()));
        g.finish();
    }
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"))
        .join("criterion");
    let _ = std::fs::create_dir_all(&dir);
    std::fs::write(dir.join("dyn_allocs.txt"), allocs).unwrap();
}

criterion_group!(benches, bench);
criterion_main!(benches);
