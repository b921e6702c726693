//! `cargo polybind ...`: cargo runs `cargo-polybind polybind ...`; drop the repeated name and run
//! exactly what `polybind ...` runs.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "polybind") {
        args.remove(1);
    }
    polybind_cli::cli::run(args)
}
