//! The size and alignment of each type in the canonical C ABI on LP64 targets (x86-64 and
//! AArch64, System V and Apple), computed from the IR alone. `polybind verify` compares them with
//! what a compiled library reports, without a C compiler.

use crate::model::Type;
use crate::validate::ValidLibrary;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
}

impl Layout {
    const fn of(size: u64, align: u64) -> Layout {
        Layout { size, align }
    }

    /// The encoding of `lib_layout_<t>()`: `size << 16 | align`.
    pub fn encoded(self) -> u64 {
        (self.size << 16) | self.align
    }
}

/// A C struct of these members, in order.
pub fn c_struct(members: impl IntoIterator<Item = Layout>) -> Layout {
    let (mut size, mut align) = (0u64, 1u64);
    for m in members {
        size = size.next_multiple_of(m.align) + m.size;
        align = align.max(m.align);
    }
    Layout::of(size.next_multiple_of(align), align)
}

/// A C union of these members.
fn c_union(members: impl IntoIterator<Item = Layout>) -> Layout {
    let (mut size, mut align) = (0u64, 1u64);
    for m in members {
        size = size.max(m.size);
        align = align.max(m.align);
    }
    Layout::of(size.next_multiple_of(align), align)
}

const WORD: Layout = Layout::of(8, 8);
/// `{ptr, len, cap}`
const OWNED_BUFFER: Layout = Layout::of(24, 8);

/// The layout of a value of `ty` as a field, return value or out-parameter; `None` for types that
/// only exist as parameters (views, closures, vtables) or names the library does not define.
pub fn c_layout(lib: &ValidLibrary, ty: &Type) -> Option<Layout> {
    Some(match ty {
        Type::Bool | Type::U8 | Type::I8 => Layout::of(1, 1),
        Type::U16 | Type::I16 => Layout::of(2, 2),
        Type::U32 | Type::I32 | Type::F32 => Layout::of(4, 4),
        Type::U64 | Type::I64 | Type::F64 | Type::Usize | Type::Isize => WORD,
        Type::String | Type::Vec(_) => OWNED_BUFFER,
        Type::Option(inner) => c_struct([Layout::of(1, 1), c_layout(lib, inner)?]),
        Type::Object(_) => WORD,
        Type::Record(name) => {
            let r = lib.record(name)?;
            let fields: Option<Vec<Layout>> =
                r.fields.iter().map(|f| c_layout(lib, &f.ty)).collect();
            c_struct(fields?)
        }
        Type::Enum(name) => {
            let e = lib.enum_(name)?;
            if e.is_c_like() && !e.error {
                return Some(Layout::of(4, 4));
            }
            let mut payloads = vec![];
            for v in e.variants.iter().filter(|v| !v.fields.is_empty()) {
                let fields: Option<Vec<Layout>> =
                    v.fields.iter().map(|f| c_layout(lib, &f.ty)).collect();
                payloads.push(c_struct(fields?));
            }
            let mut members = vec![Layout::of(4, 4)];
            if !payloads.is_empty() {
                members.push(c_union(payloads));
            }
            if e.error {
                members.push(OWNED_BUFFER);
            }
            c_struct(members)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_struct_rules() {
        // {bool; double} → 16/8, {u8; u16; u8} → 6/2
        assert_eq!(c_struct([Layout::of(1, 1), WORD]), Layout::of(16, 8));
        assert_eq!(
            c_struct([Layout::of(1, 1), Layout::of(2, 2), Layout::of(1, 1)]),
            Layout::of(6, 2)
        );
        assert_eq!(c_union([Layout::of(12, 4), WORD]), Layout::of(16, 8));
    }
}
