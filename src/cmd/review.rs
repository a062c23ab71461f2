//! `policywright review FILE --out DIR`: the review memo, HTML and PDF.

use super::Ctx;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    file: PathBuf,
    /// The folder to write to (created if missing).
    #[arg(long)]
    out: PathBuf,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<ExitCode, String> {
    let analysis = ctx.load(&args.file)?;
    let project = analysis.project().expect("loaded");
    let langs = match ctx.asked_lang {
        Some(l) => vec![l],
        None => project.languages(),
    };
    let written = policywright::export::write_memo(&analysis, &args.out, &langs)
        .map_err(|e| e.to_string())?;
    for p in written {
        println!("wrote {}", p.display());
    }
    Ok(ExitCode::SUCCESS)
}
