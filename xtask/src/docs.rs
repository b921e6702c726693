//! `cargo xtask docs`: build the book with mdBook, installing it from crates.io when absent.

use crate::run;
use std::path::Path;
use std::process::Command;

fn have_mdbook() -> bool {
    Command::new("mdbook")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

pub fn build() -> Result<(), String> {
    if !have_mdbook() {
        println!("docs: installing mdbook from crates.io");
        // Only the book builder: no live-reload server, which would triple the build.
        run::cargo(&[
            "install",
            "mdbook",
            "--locked",
            "--no-default-features",
            "--features",
            "search",
        ])?;
    }
    let root = run::root();
    run::cmd(Path::new("mdbook"), &["build", "docs"], &root)
}
