//! Regenerate the C header on every build that changes the interface: the same code path as
//! `polybind generate`, and files that did not change are not touched.

fn main() {
    polybind_build::Builder::new().generate_or_exit();
}
