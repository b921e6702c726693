//! Doc comments and names: what a C declaration's comment and name become in the IR.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// The text of a doc comment (`/** .. */`, `/*! .. */`, `///`, `//!`) without its markers,
/// leading `*` columns and outer blank lines.
pub fn clean(raw: &str) -> String {
    let body = raw.trim();
    let body = body
        .strip_prefix("/**")
        .or_else(|| body.strip_prefix("/*!"))
        .and_then(|b| b.strip_suffix("*/"))
        .unwrap_or(body);
    let lines: Vec<&str> = body
        .lines()
        .map(|l| {
            let l = l.trim();
            let l = l
                .strip_prefix("///")
                .or_else(|| l.strip_prefix("//!"))
                .unwrap_or(l);
            let l = if l.starts_with('*') && !l.starts_with("*/") {
                &l[1..]
            } else {
                l
            };
            l.trim()
        })
        .collect();
    lines.join("\n").trim().to_owned()
}

/// `name` without `prefix` (compared case-insensitively, so `geo_` also strips `GEO_`); the
/// whole name when stripping would leave nothing or no identifier.
pub fn strip<'a>(name: &'a str, prefix: &str) -> &'a str {
    if prefix.is_empty() || name.len() <= prefix.len() {
        return name;
    }
    let (head, rest) = name.split_at(prefix.len());
    if head.eq_ignore_ascii_case(prefix) && rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        rest
    } else {
        name
    }
}

/// The IR name of a C type (`geo_shape` → `Shape` with prefix `geo_`).
pub fn type_name(c_name: &str, prefix: &str) -> String {
    strip(c_name, prefix).to_upper_camel_case()
}

/// The IR name of a C function (`geo_add` → `add`).
pub fn function_name(c_name: &str, prefix: &str) -> String {
    strip(c_name, prefix).to_snake_case()
}

/// The IR name of the error enum a status enum becomes: `geo_status` → `StatusError`,
/// `geo_parse_error` → `ParseError`, `geo_error` → `LibraryError` (`Error` and `Status` are
/// names of the C and C++ runtimes).
pub fn error_name(c_name: &str, prefix: &str) -> String {
    let name = type_name(c_name, prefix);
    if name == "Error" {
        "LibraryError".into()
    } else if name.ends_with("Error") {
        name
    } else {
        format!("{name}Error")
    }
}

/// The IR variant names of an enum's constants: the constants without the prefix they share
/// (`GEO_COLOR_RED`, `GEO_COLOR_GREEN` → `Red`, `Green`), in UpperCamelCase.
pub fn variant_names(enum_c_name: &str, constants: &[String]) -> Vec<String> {
    let own = format!("{}_", enum_c_name.to_shouty_snake_case());
    let shared = if constants.iter().all(|c| c.starts_with(&own)) {
        own
    } else {
        common_prefix(constants)
    };
    constants
        .iter()
        .map(|c| strip(c, &shared).to_upper_camel_case())
        .collect()
}

/// The longest prefix ending in `_` that every name shares (empty for fewer than two names).
fn common_prefix(names: &[String]) -> String {
    let Some(first) = names.first() else {
        return String::new();
    };
    if names.len() < 2 {
        return String::new();
    }
    let mut len = first.len();
    for n in &names[1..] {
        len = len.min(
            first
                .bytes()
                .zip(n.bytes())
                .take_while(|(a, b)| a == b)
                .count(),
        );
    }
    first[..len]
        .rfind('_')
        .map(|i| first[..=i].to_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_lose_their_markers() {
        assert_eq!(clean("/** Adds.\n * Two lines. */"), "Adds.\nTwo lines.");
        assert_eq!(clean("/// One.\n/// Two."), "One.\nTwo.");
        assert_eq!(clean("/*! Bang. */"), "Bang.");
    }

    #[test]
    fn prefixes_strip_case_insensitively() {
        assert_eq!(strip("geo_add", "geo_"), "add");
        assert_eq!(strip("GEO_RED", "geo_"), "RED");
        assert_eq!(strip("geo_", "geo_"), "geo_");
        assert_eq!(strip("geo_1", "geo_"), "geo_1");
        assert_eq!(type_name("geo_shape", "geo_"), "Shape");
        assert_eq!(function_name("geo_shapeArea", "geo_"), "shape_area");
    }

    #[test]
    fn variants_lose_the_shared_prefix() {
        let cs = ["GEO_COLOR_RED".to_owned(), "GEO_COLOR_DARK_BLUE".to_owned()];
        assert_eq!(variant_names("geo_color", &cs), ["Red", "DarkBlue"]);
        let cs = ["MODE_A".to_owned(), "MODE_B".to_owned()];
        assert_eq!(variant_names("geo_mode", &cs), ["A", "B"]);
        let cs = ["ONLY".to_owned()];
        assert_eq!(variant_names("geo_one", &cs), ["Only"]);
    }
}
