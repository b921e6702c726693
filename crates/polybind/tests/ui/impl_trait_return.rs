use polybind::polybind;
polybind::setup!();

#[polybind]
pub fn counter() -> impl Fn() -> u32 {
    || 1
}

fn main() {}
