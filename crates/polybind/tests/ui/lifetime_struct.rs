use polybind::polybind;
polybind::setup!();

#[polybind]
pub struct View<'a> {
    pub text: &'a str,
}

fn main() {}
