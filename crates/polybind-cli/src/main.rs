//! `polybind`: generate bindings from an interface described once.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`, which the bindings do not name: the option before
/// `mi_option_use_numa_nodes`, in mimalloc 2 and 3 alike (options are only ever added at the
/// end, or deprecated in place).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = libmimalloc_sys::mi_option_use_numa_nodes - 1;

fn main() -> std::process::ExitCode {
    // Memory is never handed back to the system while polybind runs. A run frees most of what
    // it allocated at its end, and mimalloc would return it page by page: hundreds of
    // `madvise` calls, milliseconds of a 100 ms run, for a process about to exit. `watch`
    // keeps its peak between regenerations instead, and reuses it.
    // SAFETY: sets an integer option; mimalloc reads options at any time.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
    polybind_cli::cli::run(std::env::args_os())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_option_set_is_the_purge_delay() {
        // Of the options around it, only the purge delay defaults to a number of milliseconds:
        // 10 in mimalloc 2, 1000 in mimalloc 3 (its neighbours default to 0 and 1).
        // SAFETY: reads an integer option.
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) };
        assert!(delay == 10 || delay == 1000, "{delay}");
    }
}
