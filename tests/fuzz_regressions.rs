//! The fuzz targets' checks (fuzz/src/checks.rs) run without the fuzzer, so plain `cargo test`
//! keeps "no panic on any input" true between fuzzing runs: every input that once failed
//! (fuzz/regressions/<target>/, none yet) and the minimised corpora (fuzz/corpus/<target>/,
//! committed after `cargo fuzz cmin`), which reach the paths the fuzzer found.
//!
//! Replaying all 3,268 corpus files takes about three minutes in a debug build (a PDF in two
//! languages per input of `render_answers` and `pdf_layout`, ~0.1 s each), so the slow targets
//! replay a fixed share: every `RENDER_ANSWERS_STRIDE`-th and `PDF_LAYOUT_STRIDE`-th file in
//! name order (the names are content hashes, so the share is an unbiased sample that stays the
//! same from run to run); `load_project` replays every file. Measured: 1,915 + 173 + 209 files,
//! about 45 s of CPU, 42 s on two cores with another build running.
//! `FUZZ_CORPUS_ALL=1` replays every file of every corpus. A test that finds no corpus file
//! fails, so a moved or emptied corpus cannot pass unnoticed.

#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::path::{Path, PathBuf};
use std::time::Instant;

/// Every how many files of the render_answers corpus (by name) is replayed.
const RENDER_ANSWERS_STRIDE: usize = 3;
/// Every how many files of the pdf_layout corpus (by name) is replayed.
const PDF_LAYOUT_STRIDE: usize = 4;

/// The files of `fuzz/<folder>/<target>/` in name order, without the folder's `.gitkeep`.
fn files(folder: &str, target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(folder)
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    files.sort();
    files
}

/// Runs `check` on each file; a panic names the file it came from.
fn replay(files: &[PathBuf], check: fn(&[u8])) {
    for path in files {
        let data = std::fs::read(path).unwrap();
        if std::panic::catch_unwind(|| check(&data)).is_err() {
            panic!("the check failed on {}", path.display());
        }
    }
}

/// The regressions, then every `stride`-th corpus file.
fn run(target: &str, check: fn(&[u8]), stride: usize) {
    let started = Instant::now();
    let regressions = files("regressions", target);
    replay(&regressions, check);
    let stride = if std::env::var_os("FUZZ_CORPUS_ALL").is_some_and(|v| v == "1") {
        1
    } else {
        stride
    };
    let corpus: Vec<PathBuf> = files("corpus", target)
        .into_iter()
        .step_by(stride)
        .collect();
    assert!(
        !corpus.is_empty(),
        "no corpus files in fuzz/corpus/{target}: nothing would be checked"
    );
    replay(&corpus, check);
    eprintln!(
        "{target}: {} regressions and {} corpus files in {:?}",
        regressions.len(),
        corpus.len(),
        started.elapsed()
    );
}

#[test]
fn the_loader_takes_every_input_of_its_corpus() {
    run("load_project", checks::load_project, 1);
}

#[test]
fn rendering_takes_a_fixed_share_of_its_corpus() {
    run(
        "render_answers",
        checks::render_answers,
        RENDER_ANSWERS_STRIDE,
    );
}

#[test]
fn the_pdf_layout_takes_a_fixed_share_of_its_corpus() {
    run("pdf_layout", checks::pdf_layout, PDF_LAYOUT_STRIDE);
}

/// A failing input is named, so it can be copied to fuzz/regressions/.
#[test]
#[should_panic(expected = "the check failed on ")]
fn a_failing_input_is_named() {
    replay(&files("corpus", "load_project")[..1], |_| {
        panic!("a failing check")
    });
}

/// The checks themselves catch what they are for (so a replay cannot pass vacuously).
#[test]
fn the_checks_reject_markup_from_an_answer_and_accept_the_examples() {
    checks::render_answers(b"");
    checks::render_answers("Lindqvist & Berg <script>alert(1)</script>\0x\0y".as_bytes());
    checks::load_project(policywright::DEFAULT_EXAMPLE.as_bytes());
    checks::pdf_layout(b"# Rubrik\n\nText med [l\xc3\xa4nk](https://example.se).\n");
}

#[test]
#[should_panic(expected = "element <img> from an answer")]
fn an_element_in_the_html_that_the_writer_does_not_make_is_caught() {
    checks::markup_is_ours("<p>Hej <img src=x onerror=alert(1)></p>");
}

#[test]
#[should_panic(expected = "attribute onclick from an answer")]
fn an_attribute_the_writer_does_not_make_is_caught() {
    checks::markup_is_ours("<p onclick=\"x\">Hej</p>");
}
