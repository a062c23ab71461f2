//! `policywright render [FILE]`: the policy's files in every published language.

use super::{print_diagnostics, Ctx};
use policywright::analysis::Analysis;
use policywright::export::{self, Format};
use policywright::project::{diagnostics, Project};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    file: Option<PathBuf>,
    /// The folder to write to (created if missing).
    #[arg(long, default_value = "policy-out")]
    out: PathBuf,
    /// Comma-separated formats: md, html, fragment, pdf (one file per language) and json (the
    /// policy as data: one file, policy.json, with every language).
    #[arg(long, value_delimiter = ',', default_value = "md,html,fragment,pdf")]
    format: Vec<Format>,
    /// Put the policy's version in the file names: policy-2.1.sv.pdf.
    #[arg(long)]
    versioned: bool,
    /// Write over files of another version of the policy without asking.
    #[arg(long)]
    force: bool,
    /// Write a published version exactly as it was recorded in the history, instead of the
    /// draft (see `policywright history`).
    #[arg(long, value_name = "VERSION")]
    published: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<ExitCode, String> {
    let (name, analysis) = match &args.file {
        Some(p) => (p.display().to_string(), ctx.analyse(p)?),
        None => (
            "default example".to_owned(),
            Analysis::of_text(&ctx.templates, policywright::DEFAULT_EXAMPLE.to_owned()),
        ),
    };
    let project = match analysis.project() {
        Ok(project) => project,
        Err(diags) => {
            print_diagnostics(&name, diags, ctx.lang);
            return Ok(ExitCode::from(1));
        }
    };
    if let Some(version) = &args.published {
        return published(&args, project, version, ctx);
    }
    print_diagnostics(&name, analysis.answers(), ctx.lang);
    if diagnostics::has_errors(analysis.answers()) {
        return Ok(ExitCode::from(1));
    }
    let label = export::export_label(&analysis).map_err(|e| e.to_string())?;
    if label == policywright::review::publish::DRAFT {
        let version = project.policy.version.trim();
        eprintln!(
            "{}",
            ctx.message("export-draft-marked", &[("version", version)])
        );
    }
    guard_other_versions(&args, project, &label, ctx)?;
    wrote(export::export_analysis(
        &analysis,
        &args.out,
        &args.format,
        args.versioned,
        &mut print_warnings,
    ))
}

/// `--published VERSION`: the recorded text of a published version, whatever the draft says.
fn published(args: &Args, project: &Project, version: &str, ctx: &Ctx) -> Result<ExitCode, String> {
    if !project
        .history
        .iter()
        .any(|h| h.version.trim() == version.trim())
    {
        return Err(ctx.message("version-unknown", &[("version", version.trim())]));
    }
    guard_other_versions(args, project, version, ctx)?;
    wrote(export::export_published(
        project,
        version,
        &args.out,
        &args.format,
        args.versioned,
        &mut print_warnings,
    ))
}

/// Lists the files an export wrote, or fails with its error.
fn wrote(written: Result<Vec<PathBuf>, export::ExportError>) -> Result<ExitCode, String> {
    for p in written.map_err(|e| e.to_string())? {
        println!("wrote {}", p.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Refuses (unless `--force`) to write over files of another version than `label`.
fn guard_other_versions(
    args: &Args,
    project: &Project,
    label: &str,
    ctx: &Ctx,
) -> Result<(), String> {
    let others = export::other_versions(project, &args.out, &args.format, args.versioned, label);
    if others.is_empty() || args.force {
        return Ok(());
    }
    for (path, version) in &others {
        let file = path.display().to_string();
        let words = [("file", file.as_str()), ("version", version.as_str())];
        eprintln!("{}", ctx.message("export-other-version", &words));
    }
    Err(ctx.message("export-refused-other-version", &[]))
}

fn print_warnings(p: export::Progress) {
    for w in &p.warnings {
        eprintln!("{}: warning: {w}", p.path.display());
    }
}
