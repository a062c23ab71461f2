//! One analysis of a project, as the CLI's `check` and `render` run it: a cold `check` of the
//! default example (parse, answers, both documents rendered once, clause checks, lint), and
//! the same plus every output format for a large project (205 activities, 100 recipients,
//! 300 cookies: two PDFs of about 80 pages), where the cost must stay linear and small.

use criterion::{criterion_group, criterion_main, Criterion};
use policywright::analysis::{Analysis, Templates};
use policywright::document::render::Renderer;
use policywright::export::{self, Format};
use policywright::Lang;
use policywright::{Project, DEFAULT_EXAMPLE};
use std::hint::black_box;
use std::sync::Arc;

/// Everything `policywright check` computes for a project file's text.
fn check(templates: &Templates, text: &str) -> usize {
    let analysis = Analysis::of_text(templates, text.to_owned());
    let mut n = analysis.answers().len();
    n += analysis.clause_checks().map(<[_]>::len).unwrap_or(0);
    n + analysis.lint().map_or(0, |l| l.findings.len())
}

/// The default example grown to the given size by repeating its own answers, each copy named
/// apart so that it reads as a real list.
fn large_project(activities: usize, recipients: usize, cookies: usize) -> Project {
    let mut p = policywright::default_project();
    let (a, r, c) = (
        p.activities.clone(),
        p.recipients.clone(),
        p.cookies.items.clone(),
    );
    p.activities = (0..activities).map(|i| a[i % a.len()].clone()).collect();
    p.recipients = (0..recipients)
        .map(|i| {
            let mut x = r[i % r.len()].clone();
            x.name
                .set(Lang::SV, &format!("{} {i}", x.name.get(Lang::SV)));
            x.name
                .set(Lang::EN, &format!("{} {i}", x.name.get(Lang::EN)));
            x
        })
        .collect();
    p.cookies.items = (0..cookies)
        .map(|i| {
            let mut x = c[i % c.len()].clone();
            x.name = format!("{}_{i}", x.name);
            x
        })
        .collect();
    p
}

fn cold_check(c: &mut Criterion) {
    // Cold as the CLI runs it: the templates parsed anew, as in a new process.
    let name = "cold check, default example (templates, parse, answers, render, lint)";
    c.bench_function(name, |b| {
        b.iter(|| {
            let renderer = Renderer::embedded().unwrap();
            let templates = Templates::from_renderer(Arc::new(renderer));
            black_box(check(&templates, black_box(DEFAULT_EXAMPLE)))
        })
    });
    let templates = Templates::new(None);
    c.bench_function("warm check, default example", |b| {
        b.iter(|| black_box(check(&templates, black_box(DEFAULT_EXAMPLE))))
    });
}

fn large(c: &mut Criterion) {
    let project = large_project(205, 100, 300);
    let text = policywright::file::project_to_toml(&project);
    let templates = Templates::new(None);
    let mut group = c.benchmark_group("205 activities, 100 recipients, 300 cookies");
    group.sample_size(10);
    group.bench_function("check", |b| b.iter(|| black_box(check(&templates, &text))));
    group.bench_function("every format, both languages", |b| {
        b.iter(|| {
            let analysis = Analysis::of_project(&templates, project.clone());
            let p = analysis.project().unwrap();
            for (lang, doc) in analysis.documents().unwrap() {
                for format in Format::all() {
                    black_box(export::output(p, *lang, format, &doc.markdown).unwrap());
                }
            }
        })
    });
    group.finish();
}

criterion_group!(benches, cold_check, large);
criterion_main!(benches);
