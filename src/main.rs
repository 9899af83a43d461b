//! The `plenum` binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    plenum::cli::main()
}
