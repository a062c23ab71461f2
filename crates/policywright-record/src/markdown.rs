//! The record as Markdown in the document contract (title, date line, contents, numbered
//! parts), so the policy's HTML and tagged-PDF writers make its page and PDF. Each activity,
//! recipient and customer is a sub-part with a two-column table: it reads on an A4 page and
//! to a screen reader, where one wide table would not.

use crate::gather::{Field, Record, Section};
use crate::RecordError;
use policywright_document::markdown::escape;
use policywright_project::i18n::{self, I18nError};
use policywright_project::Project;
use std::fmt::Write;

/// The record of `p` in `lang`, as Markdown.
pub fn markdown(p: &Project, record: &Record) -> Result<String, RecordError> {
    let lang = record.lang;
    let org = p.organisation.legal_name.trim();
    let msg = |id: &str, args: &[(&str, &str)]| i18n::message(lang, id, args);
    let reviewed = p.record.reviewed.trim();
    let date_line = match i18n::long_date(lang, reviewed) {
        Some(date) => msg("record-date-line", &[("date", &date)])?,
        None => msg("record-date-line-unreviewed", &[])?,
    };
    let mut parts = vec![
        "controller",
        "required",
        "activities",
        "recipients",
        "measures",
    ];
    if !record.processor_for.is_empty() {
        parts.push("processor");
    }
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        "# {} {{#title}}\n\n{}\n\n## {} {{#contents}}\n\n",
        msg("record-title", &[("org", &escape(org))])?,
        escape(&date_line),
        msg("doc-contents", &[])?
    );
    let headings: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(i, id)| {
            Ok(format!(
                "{}. {}",
                i + 1,
                msg(&format!("record-part-{id}"), &[])?
            ))
        })
        .collect::<Result<_, I18nError>>()?;
    for (id, heading) in parts.iter().zip(&headings) {
        let _ = writeln!(out, "- [{heading}](#{id})");
    }
    let version = escape(p.policy.version.trim());
    let intro = msg(
        "record-intro",
        &[("org", &escape(org)), ("version", &version)],
    )?;
    let _ = write!(out, "\n{intro}\n\n");
    for (n, (id, heading)) in parts.iter().zip(&headings).enumerate() {
        let _ = write!(out, "## {heading} {{#{id}}}\n\n");
        match *id {
            "controller" => table(&mut out, record, &record.organisation)?,
            "required" => {
                let _ = write!(out, "{}\n\n", escape(&record.need.statement(lang)?));
            }
            "activities" => sections(&mut out, record, n + 1, id, &record.activities)?,
            "recipients" => sections(&mut out, record, n + 1, id, &recipient_sections(record)?)?,
            "measures" => {
                let _ = write!(out, "{}\n\n", escape(&msg("record-measures-lead", &[])?));
                for m in &record.measures {
                    let _ = writeln!(out, "- {}", escape(m));
                }
                out.push('\n');
            }
            _ => sections(&mut out, record, n + 1, id, &record.processor_for)?,
        }
    }
    Ok(out)
}

/// A two-column table: what each line is, and its content.
fn table(out: &mut String, record: &Record, fields: &[Field]) -> Result<(), I18nError> {
    let _ = write!(
        out,
        "| {} | {} |\n|---|---|\n",
        record.label("record-field")?,
        record.label("record-value")?
    );
    for f in fields {
        let _ = writeln!(out, "| {} | {} |", record.label(f.label)?, escape(&f.value));
    }
    out.push('\n');
    Ok(())
}

/// Numbered sub-parts (`### 3.1 Title {#activities-1}`), each with its table.
fn sections(
    out: &mut String,
    record: &Record,
    part: usize,
    id: &str,
    list: &[Section],
) -> Result<(), I18nError> {
    if list.is_empty() {
        let _ = write!(out, "{}\n\n", record.label("record-none")?);
    }
    for (i, s) in list.iter().enumerate() {
        let _ = write!(
            out,
            "### {part}.{} {} {{#{id}-{}}}\n\n",
            i + 1,
            escape(&s.title),
            i + 1
        );
        table(out, record, &s.fields)?;
    }
    Ok(())
}

fn recipient_sections(record: &Record) -> Result<Vec<Section>, I18nError> {
    let field = |label, value: &str| Field {
        label,
        value: value.to_owned(),
    };
    Ok(record
        .recipients
        .iter()
        .map(|r| {
            let mut fields = vec![
                field("record-role", &r.role),
                field("record-part-activities", &r.activities),
                field("record-countries", &r.countries),
                field("record-safeguard", &r.safeguards),
            ];
            if !r.contract.is_empty() {
                fields.push(field("record-contract", &r.contract));
            }
            Section {
                title: r.name.clone(),
                fields,
            }
        })
        .collect())
}
