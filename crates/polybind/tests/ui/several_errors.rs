use polybind::polybind;
polybind::setup!();

/// Two bad parameters and a bad return type: all three are reported.
#[polybind]
pub fn bad(pair: (u32, u32), big: u128) -> [u8; 4] {
    let _ = (pair, big);
    [0; 4]
}

#[polybind(shared)]
pub struct Point {
    pub x: f64,
}

fn main() {}
