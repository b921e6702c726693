//! `polybind`: generate bindings from an interface described once.

fn main() -> std::process::ExitCode {
    polybind_cli::cli::run(std::env::args_os())
}
