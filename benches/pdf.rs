//! Rendering the Swedish and English fixture policies to PDF (target: both together in
//! 30 ms or less, median, on a 2-core machine), and the Swedish one with a 1 MB answer
//! without a space in it (target: well under the 2 s every format must take together).

use criterion::{criterion_group, criterion_main, Criterion};
use policywright::pdf::{render_pdf, PdfLabels, PdfMeta};
use std::hint::black_box;

const SV: &str = include_str!("../tests/fixtures/pdf/policy-sv.md");
const EN: &str = include_str!("../tests/fixtures/pdf/policy-en.md");

fn meta(lang: &'static str) -> PdfMeta<'static> {
    let sv = lang == "sv";
    PdfMeta {
        lang,
        tag: if sv { "sv-SE" } else { "en-GB" },
        hyphenation: if sv { "sv" } else { "en-gb" },
        title: if sv {
            "Integritetspolicy"
        } else {
            "Privacy policy"
        },
        organisation: "Nordlys Handel AB",
        subject: if sv {
            "Integritetspolicy"
        } else {
            "Privacy policy"
        },
        version: "2.0",
        effective_date: "2026-01-15",
        labels: PdfLabels {
            contents: if sv { "Innehåll" } else { "Contents" }.into(),
            version_line: "Version 2.0".into(),
            page_of: if sv {
                Box::new(|p, n| format!("Sida {p} av {n}"))
            } else {
                Box::new(|p, n| format!("Page {p} of {n}"))
            },
        },
    }
}

/// CPU time of this process (user + system) in seconds, from /proc: on a shared 2-core
/// machine wall-clock medians also count time spent waiting for other builds.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn bench(c: &mut Criterion) {
    let (sv, en) = (meta("sv"), meta("en"));
    // The first render parses the fonts and dictionaries once per process; a real CLI run
    // pays that too, so it is reported separately.
    let t = std::time::Instant::now();
    let first = render_pdf(SV, &sv).expect("sv renders");
    eprintln!(
        "first sv render (cold caches): {:?}, {} bytes",
        t.elapsed(),
        first.bytes.len()
    );
    if let Some(start) = cpu_seconds() {
        let n = 100;
        for _ in 0..n {
            black_box(render_pdf(SV, &sv).expect("sv renders"));
            black_box(render_pdf(EN, &en).expect("en renders"));
        }
        if let Some(end) = cpu_seconds() {
            eprintln!(
                "CPU time per sv+en render: {:.1} ms",
                (end - start) * 1000.0 / n as f64
            );
        }
    }
    c.bench_function("pdf sv+en", |b| {
        b.iter(|| {
            let a = render_pdf(black_box(SV), &sv).expect("sv renders");
            let b2 = render_pdf(black_box(EN), &en).expect("en renders");
            (a.bytes.len(), b2.bytes.len())
        })
    });
    c.bench_function("pdf sv", |b| {
        b.iter(|| render_pdf(black_box(SV), &sv).expect("sv renders"))
    });
}

/// The Swedish fixture with a 1 MB answer that has no space in it, as a paragraph (the
/// hardening issue's worst case: the old line breaker was cubic in such a word).
fn bench_long_word(c: &mut Criterion) {
    let sv = meta("sv");
    let word = "personuppgiftsansvarig".repeat(1_000_000 / 22 + 1)[..1_000_000].to_string();
    let md = format!("{SV}\n{word}\n");
    c.bench_function("pdf sv, 1 MB unbroken word", |b| {
        b.iter(|| render_pdf(black_box(&md), &sv).expect("renders"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_group! {
    name = long_word;
    config = Criterion::default().sample_size(10);
    targets = bench_long_word
}
criterion_main!(benches, long_word);
