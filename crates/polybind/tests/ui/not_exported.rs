use polybind::polybind;
polybind::setup!();

pub struct Secret {
    pub value: u32,
}

#[polybind]
pub fn reveal(secret: Secret) -> u32 {
    secret.value
}

fn main() {}
