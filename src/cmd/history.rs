//! `policywright history FILE`: the published versions. Reads the file and nothing else.

use super::Ctx;
use policywright::review::publish;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    file: PathBuf,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<ExitCode, String> {
    let analysis = ctx.load(&args.file)?;
    let project = analysis.project().expect("loaded");
    let versions = publish::history(project);
    if versions.is_empty() {
        println!("{}", ctx.message("history-empty", &[]));
    }
    for v in versions {
        let languages = if v.languages.is_empty() {
            ctx.message("history-not-recorded", &[])
        } else {
            v.languages
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let summary = v.summary.get(ctx.lang);
        println!(
            "{:<10} {:<10}  {languages:<8}  {summary}",
            v.version, v.date
        );
    }
    Ok(ExitCode::SUCCESS)
}
