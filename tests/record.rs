//! The record of processing activities (`policywright record`): its spreadsheet read back holds
//! a row per activity with the policy's facts, its internal answers never reach the policy,
//! it says plainly whether Art. 30(5) exempts the organisation, and the processor's part
//! (Art. 30(2)) is a sheet of its own when the project has one.

mod common;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use policywright::analysis::{Analysis, Templates};
use policywright::data::policy_data;
use policywright::export::{self, Format};
use policywright::record::{self, Record};
use policywright::{Lang, Project};
use std::io::Cursor;
use std::process::Command;

/// The rows of a sheet as text.
fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let range = book
        .worksheet_range(name)
        .unwrap_or_else(|e| panic!("sheet {name}: {e}"));
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

fn sheet_names(bytes: &[u8]) -> Vec<String> {
    let book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    book.sheet_names()
}

#[test]
fn the_spreadsheet_has_a_row_per_activity_with_the_policys_facts() {
    for (name, project) in common::examples_and_organisations() {
        let data = policy_data(&project).unwrap();
        for lang in project.languages() {
            let code = lang.code();
            let made = Record::of(&project, lang).unwrap();
            let bytes = record::xlsx(&project, &made).unwrap();
            let title = |id: &str| made.label(id).unwrap();
            let rows = sheet(&bytes, &title("record-sheet-activities"));
            assert_eq!(rows.len(), project.activities.len() + 1, "{name} ({code})");
            let header = &rows[0];
            let col = |id: &str| {
                let label = title(id);
                header
                    .iter()
                    .position(|h| *h == label)
                    .unwrap_or_else(|| panic!("{name}: no column {label}"))
            };
            let (people, data_col, basis) = (
                col("record-people"),
                col("record-data"),
                col("record-basis"),
            );
            for (row, purpose) in rows[1..].iter().zip(&data.purposes) {
                assert_eq!(row[0], purpose.title[code], "{name} ({code})");
                for b in &purpose.legal_bases {
                    assert!(
                        row[basis].contains(&b.name[code]),
                        "{name} ({code}): {} in {}",
                        b.name[code],
                        row[basis]
                    );
                }
                for p in &purpose.people {
                    assert!(
                        row[people].contains(&p.name[code]),
                        "{name} ({code}): {}",
                        p.name[code]
                    );
                }
                for d in &purpose.data {
                    assert!(
                        row[data_col].contains(&d.term.name[code]),
                        "{name} ({code}): {}",
                        d.term.name[code]
                    );
                }
            }
            let recipients = sheet(&bytes, &title("record-sheet-recipients"));
            assert_eq!(
                recipients.len(),
                project.recipients.len() + 1,
                "{name} ({code})"
            );
            let organisation = sheet(&bytes, &title("record-sheet-organisation"));
            assert!(
                organisation
                    .iter()
                    .any(|r| r[1] == project.organisation.legal_name.trim()),
                "{name}"
            );
        }
    }
}

/// The salon with its internal answers filled in, as the step "For your record" asks them.
fn salon_with_record() -> Project {
    let mut p = common::load(common::ORGANISATIONS, "hair-salon.toml");
    p.record.employees = Some(3);
    p.record.keeper = "Ägaren Maja Lind".to_owned();
    p.record.reviewed = "2026-11-30".to_owned();
    p.record.measures = "Kundkorten ligger i ett låst skåp i salongens personalrum".to_owned();
    let a = &mut p.activities[0].record;
    a.owner = "Receptionen i salongen".to_owned();
    a.systems = "Bokningssystemet och pärmen med kundkort".to_owned();
    a.dpia = Some(policywright::project::Dpia::NotNeeded);
    a.consent_where = "Underskrivna blanketter i kundpärmen".to_owned();
    let processor = p
        .recipients
        .iter_mut()
        .find(|r| r.kind == policywright::project::RecipientKind::Processor)
        .expect("the salon has a processor");
    processor.contract = "Biträdesavtal godkänt i tjänstens villkor 2025-02-10".to_owned();
    p.record
        .processor_for
        .push(policywright::project::ProcessorFor {
            controller: "Frisörkedjan Lockarna AB".to_owned(),
            contact: "dataskydd@lockarna.example".to_owned(),
            processing: "Bokningar för kedjans kunder i Umeå".to_owned(),
            ..Default::default()
        });
    p
}

const INTERNAL: [&str; 7] = [
    "Ägaren Maja Lind",
    "låst skåp i salongens personalrum",
    "Receptionen i salongen",
    "pärmen med kundkort",
    "Underskrivna blanketter i kundpärmen",
    "Biträdesavtal godkänt",
    "Frisörkedjan Lockarna AB",
];

#[test]
fn internal_answers_are_in_the_record_and_never_in_the_policy() {
    let project = salon_with_record();
    assert!(policywright::check(&project).iter().all(|d| !d.is_error()));
    let dir = tempfile::tempdir().unwrap();
    let formats: Vec<Format> = Format::all().collect();
    let written = export::export(&project, dir.path(), &formats, &mut |_| {}).unwrap();
    for file in &written {
        if file.extension().is_some_and(|e| e == "pdf") {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(file).unwrap()).into_owned();
        for words in INTERNAL {
            assert!(
                !text.contains(words),
                "{} holds the internal answer «{words}»",
                file.display()
            );
        }
    }
    for lang in [Lang::SV, Lang::EN] {
        let made = Record::of(&project, lang).unwrap();
        let md = record::markdown(&project, &made).unwrap();
        for words in INTERNAL {
            assert!(md.contains(words), "the {lang} record lacks «{words}»");
        }
        let bytes = record::xlsx(&project, &made).unwrap();
        let names = sheet_names(&bytes);
        assert_eq!(names.len(), 4, "{names:?}");
        let processor = sheet(&bytes, &made.label("record-sheet-processor").unwrap());
        assert_eq!(processor[1][0], "Frisörkedjan Lockarna AB");
    }
}

#[test]
fn the_record_says_plainly_whether_it_is_required() {
    let mut project = salon_with_record();
    let md = |p: &Project, lang| record::markdown(p, &Record::of(p, lang).unwrap()).unwrap();
    assert!(md(&project, Lang::SV).contains("Ja. Ni har färre än 250 anställda, men undantaget i artikel 30.5 gäller bara om behandlingen sker tillfälligt."));
    project.record.occasional = true;
    // The salon notes allergies: health data, so no exemption.
    let en = md(&project, Lang::EN);
    assert!(
        en.contains("you process special categories of personal data"),
        "{en}"
    );
    project.record.employees = None;
    assert!(md(&project, Lang::EN).contains("Give the number of employees"));
}

#[test]
fn the_cli_writes_the_spreadsheet_page_and_pdf_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("salon.toml");
    std::fs::write(
        &file,
        policywright::project::project_to_toml(&salon_with_record()),
    )
    .unwrap();
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_policywright"))
            .arg("record")
            .arg(&file)
            .arg("--out")
            .arg(dir.path().join("out"))
            .args(extra)
            .output()
            .unwrap()
    };
    let out = run(&[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for lang in ["sv", "en"] {
        for ext in ["xlsx", "html", "pdf"] {
            assert!(
                dir.path()
                    .join(format!("out/record.{lang}.{ext}"))
                    .is_file(),
                "{lang}.{ext}"
            );
        }
    }
    let page = std::fs::read_to_string(dir.path().join("out/record.en.html")).unwrap();
    assert!(
        page.contains("<html lang=\"en-GB\">") && page.contains("Record of processing activities")
    );
    std::fs::remove_dir_all(dir.path().join("out")).unwrap();
    let out = run(&["--lang", "sv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written: Vec<_> = std::fs::read_dir(dir.path().join("out")).unwrap().collect();
    assert_eq!(written.len(), 3);
    // A project with errors has no record (its facts would not be the policy's): each error is
    // named with its line, and nothing is written.
    let text = policywright::project::project_to_toml(&salon_with_record());
    let broken = text.replacen("email = \"", "email = \"not an address ", 1);
    std::fs::write(&file, &broken).unwrap();
    std::fs::remove_dir_all(dir.path().join("out")).unwrap();
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(1));
    let line = broken
        .lines()
        .position(|l| l.contains("not an address"))
        .unwrap()
        + 1;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("salon.toml:{line}:")), "{stderr}");
    assert!(!dir.path().join("out").exists());
    let templates = Templates::new(None);
    let analysis = Analysis::of_project(&templates, salon_with_record());
    assert!(export::write_record(&analysis, &dir.path().join("again"), &[Lang::EN]).is_ok());
}
