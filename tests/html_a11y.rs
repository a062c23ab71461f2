//! The HTML outputs checked for accessibility the way a browser shows them: every example
//! rendered by the real CLI in both languages (the full page, and the fragment pasted into a
//! plain host page), the change notice (`diff`), the review memo (`review`) and the record of
//! processing activities (`record`), then axe-core's WCAG 2.2 A and AA rules run on each in Debian's Chromium
//! (ui/a11y/axe-pages.mjs, with the npm packages axe-core and playwright-core from ui/).
//! Zero violations allowed.
//!
//! Without Chromium, node or ui/node_modules the check is skipped with a message, except with
//! CI=true, where it fails (tests/common: the rule every such check follows): scripts/setup.sh
//! installs all three.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fragment as a website would embed it: inside the site's own plain page.
fn host_page(fragment: &str, lang: &str) -> String {
    let title = if lang == "sv" {
        "Integritet – värdsidan"
    } else {
        "Privacy – host page"
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n</head>\n<body>\n<main>\n{fragment}\n</main>\n</body>\n</html>\n"
    )
}

fn render(example: &Path, out: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_policywright"))
        .arg("render")
        .arg(example)
        .arg("--out")
        .arg(out)
        .args(["--format", "html,fragment"])
        .status()
        .expect("run policywright render");
    assert!(status.success(), "render {} failed", example.display());
}

fn cli(args: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_policywright"))
        .args(args)
        .status()
        .expect("run policywright");
    assert!(status.success(), "policywright {args:?} failed");
}

#[test]
fn every_example_page_and_embedded_fragment_passes_axe_wcag22_aa() {
    if let Some(why) = common::browser_tools_missing() {
        common::skip_unless_required(
            "the axe check of the HTML outputs",
            &format!("{why}; run scripts/setup.sh"),
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut examples: Vec<PathBuf> = std::fs::read_dir(repo().join("examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 3, "{examples:?}");

    let mut pages = Vec::new();
    for example in &examples {
        let stem = example.file_stem().unwrap().to_string_lossy().into_owned();
        let out = dir.path().join(&stem);
        render(example, &out);
        for lang in ["sv", "en"] {
            let page = out.join(format!("policy.{lang}.html"));
            let fragment =
                std::fs::read_to_string(out.join(format!("policy.{lang}.fragment.html")))
                    .unwrap_or_else(|e| panic!("{stem}: no {lang} fragment: {e}"));
            let host = out.join(format!("host.{lang}.html"));
            std::fs::write(&host, host_page(&fragment, lang)).unwrap();
            assert!(page.is_file(), "{stem}: no {lang} page");
            pages.push(page);
            pages.push(host);
        }
    }
    // The change notice (the comparison page) and the review memo are read by the same people.
    let project = dir.path().join("notice.toml");
    let text = std::fs::read_to_string(repo().join("examples/webshop.toml")).unwrap();
    std::fs::write(&project, &text).unwrap();
    cli(&["publish", project.to_str().unwrap()]);
    // A real change since the published version, so the notice has marked words: the reply
    // promised within 21 days instead of the law's month.
    let published = std::fs::read_to_string(&project).unwrap();
    assert_eq!(published.matches("\n[rights]\n").count(), 1);
    let changed = published.replace("\n[rights]\n", "\n[rights]\nresponse_days = 21\n");
    std::fs::write(&project, changed).unwrap();
    for (lang, old, new) in [
        ("sv", "en månad", "21 dagar"),
        ("en", "one month", "21 days"),
    ] {
        let out = dir.path().join(format!("notice.{lang}.html"));
        cli(&[
            "diff",
            project.to_str().unwrap(),
            "--from",
            "2.0",
            "--to",
            "draft",
            "--lang",
            lang,
            "--out",
            out.to_str().unwrap(),
        ]);
        // axe must see <del> and <ins> in the text, not only in the legend.
        let notice = std::fs::read_to_string(&out).unwrap();
        let marked = format!(
            "<del><span class=\"cue\">[−</span>{old}<span class=\"cue\">]</span></del>\
             <ins><span class=\"cue\">[+</span>{new}<span class=\"cue\">]</span></ins>"
        );
        assert!(
            notice.contains(&marked),
            "{lang}: no {marked:?} in\n{notice}"
        );
        pages.push(out);
    }
    let memo = dir.path().join("memo");
    cli(&[
        "review",
        project.to_str().unwrap(),
        "--out",
        memo.to_str().unwrap(),
    ]);
    for lang in ["sv", "en"] {
        pages.push(memo.join(format!("review-memo.{lang}.html")));
    }
    // The record of processing activities is read by a DPO and by the authority.
    let record = dir.path().join("record");
    cli(&[
        "record",
        project.to_str().unwrap(),
        "--out",
        record.to_str().unwrap(),
    ]);
    for lang in ["sv", "en"] {
        pages.push(record.join(format!("record.{lang}.html")));
    }

    let out = Command::new("node")
        .current_dir(repo().join("ui"))
        .arg("a11y/axe-pages.mjs")
        .args(&pages)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "axe found WCAG 2.2 A/AA violations in the HTML outputs (or could not run):\n{stdout}\n{stderr}"
    );
    // Each file at both window sizes was checked, none skipped.
    let expected = format!("{} passed, 0 failed", pages.len() * 2);
    assert!(
        stdout.lines().any(|l| l == expected),
        "expected {expected:?}:\n{stdout}\n{stderr}"
    );
}
