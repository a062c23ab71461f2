//! Publishing, comparing, the lint and the review memo on the largest example (association.toml): each
//! must take well under 100 ms for the CLI to feel instant (docs/ARCHITECTURE.md, Speed).

use criterion::{criterion_group, criterion_main, Criterion};
use policywright::document::render::renderer;
use policywright::review::{diff, lint, publish};
use policywright::{parse_project, Lang};
use std::hint::black_box;

const LARGEST: &str = include_str!("../examples/association.toml");

fn bench(c: &mut Criterion) {
    let project = parse_project(LARGEST).unwrap();
    let r = renderer().unwrap();
    c.bench_function("publish (both languages)", |b| {
        b.iter(|| {
            publish::publish(
                r,
                black_box(&project),
                &publish::Publication {
                    version: None,
                    date: None,
                    summary: None,
                },
            )
            .unwrap()
        })
    });

    // Two published versions that differ in an answer and a section.
    let v1 = publish::publish(
        r,
        &project,
        &publish::Publication {
            version: None,
            date: None,
            summary: None,
        },
    )
    .unwrap();
    let mut next = v1.clone();
    next.rights.response_days = Some(21);
    next.automated_decisions.used = false;
    next.cookies.items.pop();
    let v2 = publish::publish(
        r,
        &next,
        &publish::Publication {
            version: Some("1.2"),
            date: Some("2027-01-01"),
            summary: None,
        },
    )
    .unwrap();
    let old = v2.history[v2.history.len() - 2]
        .markdown
        .get(Lang::SV)
        .to_owned();
    let new = v2.history[v2.history.len() - 1]
        .markdown
        .get(Lang::SV)
        .to_owned();
    c.bench_function("diff two versions to HTML (sv)", |b| {
        b.iter(|| {
            let cmp = diff::compare(black_box(&old), black_box(&new), Lang::SV, "1.1", "1.2");
            diff::to_html(&cmp, "Fjällugglan").unwrap()
        })
    });

    // The lint runs with every preview: the answers' texts and both rendered documents.
    c.bench_function("lint (answers and both documents)", |b| {
        b.iter(|| lint::lint_project(r, black_box(&project)).unwrap())
    });

    let dir = tempfile::tempdir().unwrap();
    c.bench_function("review memo, HTML + PDF, both languages", |b| {
        b.iter(|| {
            let templates = policywright::analysis::Templates::new(None);
            let analysis = policywright::analysis::Analysis::of_project(
                &templates,
                black_box(&project).clone(),
            );
            policywright::export::write_memo(&analysis, dir.path(), &[Lang::SV, Lang::EN]).unwrap()
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
