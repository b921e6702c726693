//! Running commands, loudly: every failure names the command and why.

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

pub fn cargo(args: &[&str]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    cmd(Path::new(&cargo), args, &root())
}

pub fn cmd(program: &Path, args: &[&str], dir: &Path) -> Result<(), String> {
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .status()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "`{} {}` failed ({status})",
            program.display(),
            args.join(" ")
        ))
    }
}

/// Run and return stdout (stderr passes through); fails on a non-zero exit.
pub fn capture(
    program: &Path,
    args: &[&str],
    dir: &Path,
    env: &[(&str, &str)],
) -> Result<String, String> {
    let out = output(program, args, dir, env)?;
    if out.code == Some(0) {
        Ok(out.stdout)
    } else {
        print!("{}", out.stdout);
        Err(format!(
            "`{}` failed (exit {:?})",
            program.display(),
            out.code
        ))
    }
}

/// Compile and link a C program against `lib<lib>.so` in `lib_dir`, with an rpath to it.
pub fn cc(args: &[&str], lib_dir: &Path, lib: &str, exe: &Path) -> Result<(), String> {
    let lib_dir_s = lib_dir.display().to_string();
    let rpath = format!("-Wl,-rpath,{lib_dir_s}");
    let link = format!("-l{lib}");
    let exe_s = exe.display().to_string();
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["-L", &lib_dir_s, &link, &rpath, "-o", &exe_s]);
    cmd(Path::new("gcc"), &all, &root())
}

pub struct Output {
    pub stdout: String,
    pub code: Option<i32>,
}

/// Run and return stdout and the exit code, whatever it is (stderr passes through).
pub fn output(
    program: &Path,
    args: &[&str],
    dir: &Path,
    env: &[(&str, &str)],
) -> Result<Output, String> {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    Ok(Output {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        code: out.status.code(),
    })
}

/// Install Debian packages unless every one is installed already (CI may start from a fresh
/// machine; nothing installed by hand survives to it).
pub fn ensure_debs(packages: &[&str]) -> Result<(), String> {
    let installed = |package: &str| {
        Command::new("dpkg")
            .args(["-s", package])
            .output()
            .is_ok_and(|o| {
                o.status.success()
                    && String::from_utf8_lossy(&o.stdout).contains("Status: install ok installed")
            })
    };
    let missing: Vec<&str> = packages.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("installing {} (apt-get)", missing.join(" "));
    let apt = Path::new("apt-get");
    cmd(apt, &["update", "-qq"], &root())?;
    let mut args = vec!["install", "-y", "-qq"];
    args.extend(missing);
    cmd(apt, &args, &root())
}

/// Build the reference library and the CLI (every conformance run starts here).
pub fn build_conformance() -> Result<(), String> {
    cargo(&[
        "build",
        "--quiet",
        "-p",
        "conformance",
        "-p",
        "polybind-cli",
    ])
}
