//! A save that cannot be written (a read-only folder, a full disk) fails with a message naming
//! the file and the reason, and leaves the previous file as it was.
//!
//! Root ignores folder permissions, so the read-only folder is made immutable (`chattr +i`) and
//! the full disk is a 64 KiB tmpfs. Both need root: elsewhere the tests say so and pass, except
//! with CI=true, where they must run (tests/common: the rule every such check follows).

mod common;

use policywright::file::{project_to_toml, save_project};
use policywright::{default_project, Project};
use std::path::{Path, PathBuf};
use std::process::Command;

fn run(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .status()
        .is_ok_and(|s| s.success())
}

fn cannot(what: &str) {
    common::skip_unless_required(
        "this save failure test",
        &format!("cannot {what} here (needs root)"),
    );
}

/// Undoes the setup however the test ends.
struct Undo(Vec<String>, PathBuf);

impl Drop for Undo {
    fn drop(&mut self) {
        let args: Vec<&str> = self.0.iter().map(String::as_str).collect();
        let (cmd, rest) = args.split_first().unwrap();
        let mut full = rest.to_vec();
        let path = self.1.to_string_lossy().into_owned();
        full.push(&path);
        run(cmd, &full);
    }
}

fn versions() -> (Project, Project) {
    let v1 = default_project();
    let mut v2 = default_project();
    v2.organisation.legal_name = format!("Ny {}", "lång text ".repeat(20_000));
    (v1, v2)
}

fn temp_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .count()
}

#[test]
fn a_save_into_a_read_only_folder_fails_and_keeps_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("policy.toml");
    let (v1, v2) = versions();
    save_project(&path, &v1).unwrap();
    if !run("chattr", &["+i", dir.path().to_str().unwrap()]) {
        return cannot("make a folder immutable with chattr");
    }
    let _undo = Undo(vec!["chattr".into(), "-i".into()], dir.path().to_owned());
    let err = save_project(&path, &v2).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("policy.toml") && message.contains("not permitted"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        project_to_toml(&v1)
    );
}

#[test]
fn a_save_onto_a_full_disk_fails_and_keeps_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mount = dir.path().to_str().unwrap();
    if !run("mount", &["-t", "tmpfs", "-o", "size=64k", "tmpfs", mount]) {
        return cannot("mount a small tmpfs");
    }
    let _undo = Undo(vec!["umount".into()], dir.path().to_owned());
    let path = dir.path().join("policy.toml");
    let (v1, v2) = versions();
    save_project(&path, &v1).unwrap();
    assert!(project_to_toml(&v2).len() > 64 * 1024, "v2 must not fit");
    let err = save_project(&path, &v2).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("policy.toml") && message.contains("No space left"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        project_to_toml(&v1)
    );
    assert_eq!(
        temp_files(dir.path()),
        0,
        "the partial temporary file is removed"
    );
}
