//! `policywright check FILE`: every error, warning and lint finding, at its line.

use super::Ctx;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    file: PathBuf,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<ExitCode, String> {
    let analysis = ctx.analyse(&args.file)?;
    let name = args.file.display().to_string();
    let diags = match analysis.project() {
        Ok(_) => {
            let mut diags = analysis.answers().to_vec();
            diags.extend_from_slice(analysis.clause_checks().map_err(|e| e.to_string())?);
            diags
        }
        Err(structural) => structural.to_vec(),
    };
    for d in &diags {
        println!("{}", d.display(&name, ctx.lang));
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let mut warnings = diags.len() - errors;
    // The lint reads the rendered text too; a project that cannot render in full has its
    // problems listed above already.
    let rendered_in_full = analysis.failures().is_ok_and(|f| f.is_empty());
    if let Some(lint) = analysis.lint().filter(|_| rendered_in_full) {
        for f in &lint.findings {
            println!(
                "{name}: warning[{}]: {} ({})",
                f.id,
                f.message(ctx.lang),
                f.place_text(ctx.lang)
            );
        }
        for s in &lint.silenced {
            println!("{name}: silenced[{}]: {}", s.id, s.reason);
        }
        warnings += lint.findings.len();
    }
    println!("{name}: {errors} error(s), {warnings} warning(s)");
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
