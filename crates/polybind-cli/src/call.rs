//! `polybind call`: call a function of a shared library from the command line, its signature
//! given as text (`--sig`) or read from the IR of a `polybind.toml`.

use crate::config::Config;
use crate::diagnostics::{Diag, Diags};
use crate::frontend;
use polybind_dyn::ir::{self, IrFunction, STATUS_NAMES};
use polybind_dyn::{CType, Library, Plan, Ret, Signature, Value};
use std::ffi::{CStr, CString, c_void};
use std::path::Path;

const CODE: &str = "polybind::call";

fn diag(message: impl Into<String>) -> Diags {
    vec![Diag::new(CODE, message)]
}

fn open(library: &str) -> Result<Library, Diags> {
    // SAFETY: the user asked for this library to be loaded; loading it is the point.
    unsafe { Library::open(library) }.map_err(|e| {
        vec![Diag::new(CODE, e.to_string()).help("give a path to the shared library (`./libfoo.so`) or a name the loader finds (`libm.so.6`)")]
    })
}

/// `polybind call <library> <symbol> --sig <signature> <args..>`: the printed result.
pub fn call_with_signature(
    library: &str,
    symbol: &str,
    sig: &str,
    args: &[String],
) -> Result<String, Diags> {
    let signature = Signature::parse(sig).map_err(|e| {
        vec![
            Diag::new(CODE, e.to_string())
                .at("--sig", e.text.clone(), e.offset, 1, format!("expected {}", e.expected))
                .help("a signature reads like `fn(i32, *const c_char, f64) -> i64`; see docs/src/dyn.md"),
        ]
    })?;
    let lib = open(library)?;
    let sym = lib.symbol(symbol).map_err(|e| diag(e.to_string()))?;
    let fixed = signature.params().len();
    if args.len() < fixed || (!signature.is_variadic() && args.len() != fixed) {
        return Err(vec![
            Diag::new(
                CODE,
                format!(
                    "`{symbol}` takes {fixed}{} argument(s), {} given",
                    if signature.is_variadic() {
                        " or more"
                    } else {
                        ""
                    },
                    args.len()
                ),
            )
            .help(format!("its signature is `{signature}`")),
        ]);
    }
    // Variable arguments are typed by their spelling: integers as `long`, decimals as `double`,
    // anything else as a string.
    let varargs: Vec<CType> = args[fixed..].iter().map(|a| infer(a)).collect();
    let types: Vec<CType> = signature
        .params()
        .iter()
        .cloned()
        .chain(varargs.iter().cloned())
        .collect();
    let mut strings = vec![];
    let values = types
        .iter()
        .zip(args)
        .enumerate()
        .map(|(i, (t, a))| {
            parse_arg(t, a, &mut strings)
                .map_err(|w| diag(format!("argument {} of `{symbol}`: {w}", i + 1)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    // SAFETY: the user vouches for the signature, as the documentation of `polybind call` says.
    let plan = unsafe {
        if signature.is_variadic() {
            Plan::prepare_variadic(&sym, &signature, &varargs)
        } else {
            Plan::prepare(&sym, &signature)
        }
    }
    .map_err(|e| diag(e.to_string()))?;
    if let CType::Struct(s) = signature.ret() {
        let b = plan.call_struct(&values).map_err(|e| diag(e.to_string()))?;
        return Ok(show_bytes(&CType::Struct(s.clone()), b.as_bytes()));
    }
    let ret = plan.call(&values).map_err(|e| diag(e.to_string()))?;
    Ok(show(&ret, signature.returns_c_string()))
}

fn infer(arg: &str) -> CType {
    if arg.parse::<i64>().is_ok() {
        CType::I64
    } else if arg.parse::<f64>().is_ok() {
        CType::F64
    } else {
        CType::Ptr
    }
}

fn int<T: std::str::FromStr>(a: &str, ty: &CType) -> Result<T, String> {
    a.parse::<T>()
        .map_err(|_| format!("`{a}` is not a valid {ty}"))
}

/// One argument from its text; strings are kept alive in `strings` for the call.
fn parse_arg<'a>(ty: &CType, a: &str, strings: &mut Vec<CString>) -> Result<Value<'a>, String> {
    Ok(match ty {
        CType::Bool => Value::Bool(int::<bool>(a, ty)?),
        CType::I8 => Value::I8(int(a, ty)?),
        CType::I16 => Value::I16(int(a, ty)?),
        CType::I32 => Value::I32(int(a, ty)?),
        CType::I64 => Value::I64(int(a, ty)?),
        CType::U8 => Value::U8(int(a, ty)?),
        CType::U16 => Value::U16(int(a, ty)?),
        CType::U32 => Value::U32(int(a, ty)?),
        CType::U64 => Value::U64(int(a, ty)?),
        CType::F32 => Value::F32(int(a, ty)?),
        CType::F64 => Value::F64(int(a, ty)?),
        CType::Ptr if a == "null" => Value::Ptr(std::ptr::null_mut()),
        CType::Ptr => {
            let s = CString::new(a).map_err(|_| format!("`{a}` contains a NUL byte"))?;
            let p = s.as_ptr() as *mut c_void;
            strings.push(s);
            Value::Ptr(p)
        }
        CType::Void | CType::Struct(_) => {
            return Err(format!("a {ty} cannot be given on the command line"));
        }
    })
}

fn show(ret: &Ret, c_string: bool) -> String {
    match ret {
        Ret::Void => String::new(),
        Ret::Ptr(p) if c_string && !p.is_null() => {
            // SAFETY: the signature says the function returns a C string.
            unsafe { CStr::from_ptr(*p as *const std::ffi::c_char) }
                .to_string_lossy()
                .into_owned()
        }
        Ret::Ptr(p) => format!("{p:p}"),
        scalar => scalar
            .as_value()
            .map(|v| show_value(&v))
            .unwrap_or_default(),
    }
}

fn show_value(v: &Value<'_>) -> String {
    match v {
        Value::Bool(x) => x.to_string(),
        Value::I8(x) => x.to_string(),
        Value::I16(x) => x.to_string(),
        Value::I32(x) => x.to_string(),
        Value::I64(x) => x.to_string(),
        Value::U8(x) => x.to_string(),
        Value::U16(x) => x.to_string(),
        Value::U32(x) => x.to_string(),
        Value::U64(x) => x.to_string(),
        Value::F32(x) => x.to_string(),
        Value::F64(x) => x.to_string(),
        Value::Ptr(p) => format!("{p:p}"),
        Value::Struct(b) => format!("{b:?}"),
    }
}

/// A field of a returned struct, from its bytes.
fn show_bytes(ty: &CType, b: &[u8]) -> String {
    let mut w = [0u8; 8];
    w[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    let bits = u64::from_ne_bytes(w);
    match ty {
        CType::Struct(s) => {
            let fields: Vec<String> = s
                .fields()
                .iter()
                .zip(s.offsets())
                .map(|(f, &o)| show_bytes(f, &b[o..o + f.size()]))
                .collect();
            format!("{{{}}}", fields.join(", "))
        }
        CType::I8 => (bits as i8).to_string(),
        CType::I16 => (bits as i16).to_string(),
        CType::I32 => (bits as i32).to_string(),
        CType::I64 => (bits as i64).to_string(),
        CType::F32 => f32::from_bits(bits as u32).to_string(),
        CType::F64 => f64::from_bits(bits).to_string(),
        CType::Bool => (bits as u8 != 0).to_string(),
        CType::Ptr => format!("{:#x}", bits),
        CType::U8 => (bits as u8).to_string(),
        CType::U16 => (bits as u16).to_string(),
        CType::U32 => (bits as u32).to_string(),
        CType::U64 => bits.to_string(),
        CType::Void => String::new(),
    }
}

/// `polybind call <library> <function> <args..>` with the signature from the IR.
pub fn call_from_ir(
    config: &Path,
    library: &str,
    function: &str,
    args: &[String],
) -> Result<String, Diags> {
    let config = Config::load(config)?;
    let valid = frontend::load(&config)?;
    let name = function
        .strip_prefix(&format!("{}_", valid.name()))
        .unwrap_or(function);
    let Some(f) = valid.functions().iter().find(|f| f.name == name) else {
        let known: Vec<&str> = valid
            .functions()
            .iter()
            .map(|f| f.name.as_str())
            .take(8)
            .collect();
        return Err(vec![
            Diag::new(
                CODE,
                format!("library `{}` has no function `{function}`", valid.name()),
            )
            .help(format!("its functions include {}", known.join(", "))),
        ]);
    };
    let irf: IrFunction = ir::function(&valid, f).map_err(|e| diag(e.to_string()))?;
    if args.len() != f.params.len() {
        let names: Vec<String> = f
            .params
            .iter()
            .map(|p| format!("{}: {}", p.name, p.ty))
            .collect();
        return Err(vec![
            Diag::new(
                CODE,
                format!(
                    "`{}` takes {} argument(s), {} given",
                    f.name,
                    f.params.len(),
                    args.len()
                ),
            )
            .help(format!("its parameters are ({})", names.join(", "))),
        ]);
    }
    // Storage that must outlive the call: string views and their text.
    let mut views: Vec<[u8; 16]> = Vec::with_capacity(args.len());
    let mut values = Vec::with_capacity(args.len() + 2);
    let mut kinds = Vec::with_capacity(args.len());
    for (p, a) in f.params.iter().zip(args) {
        use polybind_ir::Type as T;
        match &p.ty {
            T::Str | T::String => {
                let mut v = [0u8; 16];
                v[..8].copy_from_slice(&(a.as_ptr() as u64).to_ne_bytes());
                v[8..].copy_from_slice(&(a.len() as u64).to_ne_bytes());
                views.push(v);
                kinds.push(None);
            }
            t => {
                let ct = ir::param(&valid, t)
                    .map_err(|w| diag(format!("parameter `{}`: {w}", p.name)))?;
                if matches!(ct, CType::Struct(_)) {
                    return Err(diag(format!(
                        "parameter `{}` of type `{t}` cannot be given on the command line",
                        p.name
                    )));
                }
                let mut no = vec![];
                let v = parse_arg(&ct, a, &mut no)
                    .map_err(|w| diag(format!("parameter `{}`: {w}", p.name)))?;
                kinds.push(Some(v));
            }
        }
    }
    let mut vi = 0;
    for k in &kinds {
        match k {
            Some(v) => values.push(*v),
            None => {
                values.push(Value::Struct(&views[vi]));
                vi += 1;
            }
        }
    }
    let mut out = [0u64; 8];
    let mut err = [0u64; 16];
    if let Some(o) = &irf.out {
        if o.size() > size_of_val(&out) {
            return Err(diag(format!(
                "the return type of `{}` is too large to show",
                f.name
            )));
        }
        values.push(Value::Ptr(out.as_mut_ptr() as *mut c_void));
    }
    if let Some(e) = &irf.error {
        if e.size > size_of_val(&err) {
            return Err(diag(format!(
                "the error type of `{}` is too large to show",
                f.name
            )));
        }
        values.push(Value::Ptr(err.as_mut_ptr() as *mut c_void));
    }
    let lib = open(library)?;
    let sym = lib.symbol(&irf.symbol).map_err(|e| diag(e.to_string()))?;
    // SAFETY: the signature is the canonical C ABI of the function in the library's own IR; the
    // out-parameters point to storage large enough for their types.
    let plan = unsafe { Plan::prepare(&sym, &irf.signature) }.map_err(|e| diag(e.to_string()))?;
    let status = match plan.call(&values).map_err(|e| diag(e.to_string()))? {
        Ret::I32(s) => s,
        other => return Err(diag(format!("unexpected status {other:?}"))),
    };
    let name = STATUS_NAMES
        .get(status as usize)
        .copied()
        .unwrap_or("UNKNOWN");
    match (status, &irf.error) {
        (0, _) => Ok(show_out(&irf, f.ret.as_ref(), &out)),
        (1, Some(e)) => {
            let m = e.message_offset / 8;
            Err(diag(format!(
                "`{}` returned an error: {}",
                f.name,
                owned_str(err[m], err[m + 1])
            )))
        }
        _ => Err(diag(format!(
            "`{}` failed with status {status} ({name})",
            f.name
        ))),
    }
}

fn owned_str(ptr: u64, len: u64) -> String {
    if ptr == 0 {
        return String::new();
    }
    // SAFETY: the library wrote a `{ptr, len, cap}` UTF-8 string (left to the process exit).
    let b = unsafe { std::slice::from_raw_parts(ptr as *const u8, len as usize) };
    String::from_utf8_lossy(b).into_owned()
}

fn show_out(irf: &IrFunction, ret: Option<&polybind_ir::Type>, out: &[u64; 8]) -> String {
    use polybind_ir::Type as T;
    match (ret, &irf.out) {
        (None, _) | (_, None) => String::new(),
        (Some(T::String), _) => owned_str(out[0], out[1]),
        (Some(_), Some(ty)) => {
            let b: Vec<u8> = out.iter().flat_map(|w| w.to_ne_bytes()).collect();
            show_bytes(ty, &b[..ty.size()])
        }
    }
}
