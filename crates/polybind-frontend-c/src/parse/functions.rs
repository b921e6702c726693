//! C functions to IR functions, constructors and methods, by the naming convention of C object
//! APIs: for an opaque struct `geo_shape`,
//!
//! - `void geo_shape_free(geo_shape *)` (or `_destroy`, `_delete`, `_release`) releases it;
//! - `geo_shape *geo_shape_<name>(...)` without a `geo_shape *` first parameter constructs one;
//! - `R geo_shape_<name>(const geo_shape *, ...)` is a method (`&self`; `&mut self` without
//!   `const`);
//! - any other function is a function; an object it returns is new and owned by the caller.

use super::{Cx, docs};
use crate::model::{CType, Function, Role};
use clang::{Entity, TypeKind};

/// The suffixes of a destructor, in the order they are looked for.
const DESTRUCTORS: &[&str] = &["free", "destroy", "delete", "release"];

impl Cx<'_> {
    pub(super) fn functions(&mut self, fns: &[Entity<'_>]) {
        let mut rest = vec![];
        for e in fns {
            // The release function of returned strings is the convention's, not the API's.
            let message = self.opts.errors.as_ref().and_then(|c| c.message.as_ref());
            if e.get_name()
                .is_some_and(|n| Some(&n) == self.opts.string_free.as_ref() || Some(&n) == message)
            {
                continue;
            }
            if !self.destructor(*e) {
                rest.push(*e);
            }
        }
        for e in rest {
            self.function(e);
        }
        let missing: Vec<(String, polybind_ir::Location)> = self
            .header
            .objects
            .iter()
            .filter(|o| o.destructor.is_empty())
            .map(|o| (o.c_name.clone(), o.location.clone()))
            .collect();
        for (c_name, at) in missing {
            let spelling = self
                .header
                .object(&c_name)
                .map(|o| o.c_spelling.clone())
                .unwrap_or_default();
            self.diags.push(crate::Diagnostic {
                file: at.file,
                line: at.line,
                column: at.column,
                offset: 0,
                message: format!("the opaque struct `{c_name}` has no destructor"),
                hint: Some(format!(
                    "declare `void {c_name}_free({spelling} *)` (or `_destroy`, `_delete`, `_release`), or add `{c_name}` to `exclude` in `[library] c`"
                )),
            });
        }
    }

    /// Take `e` as the destructor of its object when its name and signature say so.
    fn destructor(&mut self, e: Entity<'_>) -> bool {
        let name = e.get_name().unwrap_or_default();
        let Some(index) = self.header.objects.iter().position(|o| {
            DESTRUCTORS
                .iter()
                .any(|d| name == format!("{}_{d}", o.c_name))
        }) else {
            return false;
        };
        let object = self.header.objects[index].c_name.clone();
        let args = e.get_arguments().unwrap_or_default();
        let void = e
            .get_result_type()
            .is_some_and(|t| t.get_canonical_type().get_kind() == TypeKind::Void);
        let takes = args.len() == 1
            && args[0]
                .get_type()
                .and_then(|t| self.object_pointer(t))
                .is_some_and(|(o, constant)| o == object && !constant);
        if !(void && takes) {
            self.refuse(
                e,
                (
                    format!("`{name}` is named as the destructor of `{object}` but does not take exactly one `{object} *` and return `void`"),
                    format!("declare it `void {name}({object} *)`, or add it to `exclude` in `[library] c`"),
                ),
            );
            return true;
        }
        if self.header.objects[index].destructor.is_empty() {
            self.header.objects[index].destructor = name;
        }
        true
    }

    fn function(&mut self, e: Entity<'_>) {
        let c_name = e.get_name().unwrap_or_default();
        if e.is_variadic() {
            return self.refuse(
                e,
                (
                    format!("the variadic function `{c_name}` cannot be bound"),
                    "wrap it in a function with a fixed parameter list, or add it to `exclude` in `[library] c`".into(),
                ),
            );
        }
        if e.get_type().map(|t| t.get_kind()) == Some(TypeKind::FunctionNoPrototype) {
            return self.refuse(
                e,
                (
                    format!("`{c_name}` has no prototype: in C11 `()` means any arguments"),
                    format!("declare it `{c_name}(void)` if it takes none"),
                ),
            );
        }
        let mut args = e.get_arguments().unwrap_or_default();
        let result = e.get_result_type();
        let fallible = result.is_some_and(|t| {
            t.get_canonical_type()
                .get_declaration()
                .and_then(|d| self.enums.get(&d.get_usr()?.0))
                .is_some_and(|n| self.is_status(n))
        });
        let ret = if fallible {
            // The result, if any, is written through the last parameter; a last parameter that
            // is no result pointer is an argument like the others.
            let out = args
                .last()
                .and_then(|a| a.get_type())
                .filter(|t| t.get_canonical_type().get_kind() == TypeKind::Pointer)
                .and_then(|t| self.out_param(t));
            if out.is_some() {
                args.pop();
            }
            out
        } else {
            match result.map(|t| self.ret(t)) {
                Some(Ok(r)) => r,
                Some(Err((m, h))) => return self.refuse(e, (format!("`{c_name}`: {m}"), h)),
                None => None,
            }
        };
        let receiver = args
            .first()
            .and_then(|a| a.get_type())
            .and_then(|t| self.object_pointer(t))
            .filter(|(o, _)| c_name.starts_with(&format!("{o}_")));
        let (object, role, skip) = match (&receiver, &ret) {
            (Some((o, constant)), _) => (Some(o.clone()), Role::Method { mutable: !constant }, 1),
            (
                None,
                Some(crate::model::Spelled {
                    ty: CType::Object(o),
                    ..
                }),
            ) if c_name.starts_with(&format!("{o}_")) => (Some(o.clone()), Role::Constructor, 0),
            _ => (None, Role::Function, 0),
        };
        let params = match self.params(&args[skip..]) {
            Ok(p) => p,
            Err((i, (m, h))) => {
                return self.refuse(args[skip + i], (format!("`{c_name}`: {m}"), h));
            }
        };
        let plain_result = ret.as_ref().is_none_or(|r| {
            !matches!(
                r.ty,
                CType::String { .. } | CType::Object(_) | CType::Record(_) | CType::Enum(_)
            )
        });
        if params.iter().any(|p| matches!(p.ty.ty, CType::Callback(_)))
            && (fallible || !plain_result)
        {
            return self.refuse(
                e,
                (
                    format!("`{c_name}` takes a callback and returns a status, a string, a struct, an enum or an object"),
                    "a function taking a callback returns a number, `bool` or nothing (a failed callback leaves nothing to release); add it to `exclude` in `[library] c`".into(),
                ),
            );
        }
        let name = match &object {
            Some(o) => c_name[o.len() + 1..].to_owned(),
            None => docs::function_name(&c_name, &self.opts.prefix),
        };
        self.header.functions.push(Function {
            name,
            object,
            role,
            docs: e.get_comment().map(|c| docs::clean(&c)).unwrap_or_default(),
            params,
            ret,
            fallible,
            location: self.loc(e),
            c_name,
        });
    }
}
