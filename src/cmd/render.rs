//! `policywright render [FILE]`: the policy's files in every published language.

use super::{print_diagnostics, read, Ctx};
use policywright::analysis::Analysis;
use policywright::export::{self, Format};
use policywright::project::diagnostics;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    file: Option<PathBuf>,
    /// The folder to write to (created if missing).
    #[arg(long, default_value = "policy-out")]
    out: PathBuf,
    /// Comma-separated formats: md, html, fragment, pdf.
    #[arg(long, value_delimiter = ',', default_value = "md,html,fragment,pdf")]
    format: Vec<Format>,
    /// Put the policy's version in the file names: policy-2.1.sv.pdf.
    #[arg(long)]
    versioned: bool,
    /// Write over files of another version of the policy without asking.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<ExitCode, String> {
    let (name, text) = match &args.file {
        Some(p) => (p.display().to_string(), read(p)?),
        None => (
            "default example".to_owned(),
            policywright::DEFAULT_EXAMPLE.to_owned(),
        ),
    };
    let analysis = Analysis::of_text(&ctx.templates, text);
    let project = match analysis.project() {
        Ok(project) => project,
        Err(diags) => {
            print_diagnostics(&name, diags, ctx.lang);
            return Ok(ExitCode::from(1));
        }
    };
    print_diagnostics(&name, analysis.answers(), ctx.lang);
    if diagnostics::has_errors(analysis.answers()) {
        return Ok(ExitCode::from(1));
    }
    let others = export::other_versions(project, &args.out, &args.format, args.versioned);
    if !others.is_empty() && !args.force {
        for (path, version) in &others {
            let file = path.display().to_string();
            let words = [("file", file.as_str()), ("version", version.as_str())];
            eprintln!("{}", ctx.message("export-other-version", &words));
        }
        return Err(ctx.message("export-refused-other-version", &[]));
    }
    let written = export::export_analysis(
        &analysis,
        &args.out,
        &args.format,
        args.versioned,
        &mut |p| {
            for w in &p.warnings {
                eprintln!("{}: warning: {w}", p.path.display());
            }
        },
    )
    .map_err(|e| e.to_string())?;
    for p in written {
        println!("wrote {}", p.display());
    }
    Ok(ExitCode::SUCCESS)
}
