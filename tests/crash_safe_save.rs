//! Saving is crash-safe: a process that saves a project in a loop is killed with SIGKILL a
//! thousand times at random moments; after every kill the project file parses and equals one of
//! the versions that were written.
//!
//! The saving process is this test binary itself, started again with POLICYWRIGHT_SAVE_LOOP set:
//! no extra program to build.

use policywright::file::{project_to_toml, save_project};
use policywright::{default_project, parse_project, Project};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const KILLS: usize = 1000;

/// Versions that differ in size as well as content, so a torn write would show.
fn versions() -> Vec<Project> {
    (0..5)
        .map(|i| {
            let mut p = default_project();
            p.organisation.legal_name = format!("Version {i} {}", "AB ".repeat(i * 400));
            p
        })
        .collect()
}

/// The child: saves the versions in turn until it is killed.
#[test]
fn save_loop_child() {
    let Some(path) = std::env::var_os("POLICYWRIGHT_SAVE_LOOP") else {
        return; // Only runs as the child of the test below.
    };
    let versions = versions();
    // Tell the parent the loop begins, so its kills land among the saves, not in start-up.
    std::fs::write(started_marker(Path::new(&path)), b"").expect("marker");
    for i in 0.. {
        save_project(Path::new(&path), &versions[i % versions.len()]).expect("save");
    }
}

/// The file the child writes once its save loop begins (beside the project, not a temp file).
fn started_marker(project: &Path) -> PathBuf {
    project.with_extension("started")
}

/// Waits (at most 10 s) until the child's save loop has begun.
fn wait_for_start(project: &Path) {
    let marker = started_marker(project);
    for _ in 0..10_000 {
        if marker.exists() {
            std::fs::remove_file(&marker).unwrap();
            return;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    panic!("the save loop did not start within 10 s");
}

/// A small deterministic generator: the test must be repeatable, not the kill moments exact.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % bound
    }
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".tmp-"))
        .collect()
}

#[test]
fn a_project_file_survives_a_thousand_kills_during_saves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("policy.toml");
    let versions = versions();
    let texts: Vec<String> = versions.iter().map(project_to_toml).collect();
    save_project(&path, &versions[0]).unwrap();

    let me = std::env::current_exe().unwrap();
    let mut rng = Lcg(0x5eed);
    let mut killed_mid_write = 0;
    for kill in 0..KILLS {
        let mut child = Command::new(&me)
            .args([
                "save_loop_child",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("POLICYWRIGHT_SAVE_LOOP", &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        wait_for_start(&path);
        std::thread::sleep(Duration::from_micros(rng.next(25_000)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("kill {kill}: the project file is gone: {e}"));
        assert!(
            texts.contains(&text),
            "kill {kill}: the file is not one of the versions written ({} bytes)",
            text.len()
        );
        let parsed = parse_project(&text).unwrap_or_else(|d| panic!("kill {kill}: {}", d[0]));
        assert!(versions.contains(&parsed));
        // A temporary file left behind means the kill landed during a write.
        for tmp in temp_files(dir.path()) {
            killed_mid_write += 1;
            std::fs::remove_file(tmp).unwrap();
        }
    }
    eprintln!("{killed_mid_write} of {KILLS} kills landed during a write");
    assert!(
        killed_mid_write > KILLS / 20,
        "only {killed_mid_write} of {KILLS} kills landed during a write: the test did not test"
    );
}
