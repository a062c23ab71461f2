//! How long a re-render takes: the live preview re-renders on every keystroke.

use criterion::{criterion_group, criterion_main, Criterion};
use policywright::document::render;
use policywright::Lang;
use std::hint::black_box;

fn render_default_example(c: &mut Criterion) {
    let project = policywright::default_project();
    c.bench_function("markdown+html, sv+en, default example", |b| {
        b.iter(|| {
            for lang in [Lang::SV, Lang::EN] {
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

/// A keystroke in the clause editor, as the app's `preview` command answers it: both preview
/// fragments of the project with the edited override (both languages overridden, so both go
/// through the sandbox) and every check, on the largest example. The budget is 50 ms.
fn clause_keystroke_largest_example(c: &mut Criterion) {
    use policywright::document::clauses;
    let example = policywright::examples::examples()
        .into_iter()
        .max_by_key(|e| policywright::file::project_to_toml(&e.project).len())
        .unwrap();
    let renderer = render::renderer().unwrap();
    let mut project = example.project.clone();
    for lang in [Lang::SV, Lang::EN] {
        let (default, _) = renderer.default_template("retention", lang).unwrap();
        let text = default.replace("# ", "# Edited ");
        clauses::set_override(renderer, &mut project, "retention", lang, &text, lang).unwrap();
    }
    c.bench_function(
        &format!("clause keystroke: checks + sv+en fragments, {}", example.id),
        |b| {
            b.iter(|| {
                project.clauses.overrides[0].text.push('x');
                let mut failures = Vec::new();
                for lang in [Lang::SV, Lang::EN] {
                    let r = renderer.render(black_box(&project), lang).unwrap();
                    black_box(render::html_fragment_from_markdown(lang, &r.markdown));
                    failures.extend(r.failures);
                }
                black_box(clauses::check_all_rendered(renderer, &project, &failures))
            })
        },
    );
}

criterion_group!(
    benches,
    render_default_example,
    clause_keystroke_largest_example
);
criterion_main!(benches);
