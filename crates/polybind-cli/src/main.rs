//! `polybind`: generate bindings from an interface described once.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    polybind_cli::cli::run(std::env::args_os())
}
