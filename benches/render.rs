//! How long a re-render takes: the live preview re-renders on every keystroke.

use criterion::{criterion_group, criterion_main, Criterion};
use policywright::document::render;
use policywright::Lang;
use std::hint::black_box;

fn render_default_example(c: &mut Criterion) {
    let project = policywright::default_project();
    c.bench_function("markdown+html, sv+en, default example", |b| {
        b.iter(|| {
            for lang in [Lang::Sv, Lang::En] {
                let md = render::markdown(black_box(&project), lang).unwrap();
                let html = render::html_page_from_markdown(&project, lang, &md).unwrap();
                black_box(html);
            }
        })
    });
    c.bench_function("check (validation)", |b| {
        b.iter(|| black_box(policywright::check(black_box(&project))))
    });
    let text = policywright::DEFAULT_EXAMPLE;
    c.bench_function("parse project file", |b| {
        b.iter(|| black_box(policywright::read_project(black_box(text)).unwrap()))
    });
}

criterion_group!(benches, render_default_example);
criterion_main!(benches);
