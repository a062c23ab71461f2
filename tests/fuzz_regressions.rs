//! Inputs the fuzzers once found failing (fuzz/regressions/<target>/), run through the same
//! checks as the fuzz targets, without the fuzzer: plain `cargo test` keeps them fixed.

#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::path::Path;

fn run(target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n == ".gitkeep") {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        eprintln!("{}", path.display());
        check(&data);
        count += 1;
    }
    count
}

#[test]
fn loader_regressions() {
    run("load_project", checks::load_project);
}

#[test]
fn render_regressions() {
    run("render_answers", checks::render_answers);
}

#[test]
fn pdf_layout_regressions() {
    run("pdf_layout", checks::pdf_layout);
}

/// The checks themselves catch what they are for (so a regression test cannot pass vacuously).
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
