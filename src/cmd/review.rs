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
    super::write_documents(&args.file, &args.out, ctx, policywright::export::write_memo)
}
