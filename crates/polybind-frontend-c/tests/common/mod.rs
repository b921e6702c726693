//! The fixture header and the options both test files read it with.

use polybind_frontend_c::{ErrorConvention, Options};
use std::path::{Path, PathBuf};

pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/geo.h")
}

/// `geo_pb` over `header` (shown as `geo.h`), with prefix `geo_`, `free` for returned strings
/// and the `geo_status` error convention.
pub fn options(header: PathBuf) -> Options {
    Options {
        name: "geo_pb".into(),
        headers: vec![(header, "geo.h".into())],
        prefix: "geo_".into(),
        string_free: Some("free".into()),
        errors: Some(ErrorConvention {
            status: "geo_status".into(),
            ok: "GEO_OK".into(),
            message: None,
            name: None,
        }),
        ..Options::default()
    }
}
