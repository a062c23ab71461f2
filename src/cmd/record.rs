//! `policywright record FILE --out DIR [--lang sv|en]`: the record of processing activities
//! (Art. 30) as a spreadsheet, an HTML page and a tagged PDF, in each language asked for.

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
    super::write_documents(
        &args.file,
        &args.out,
        ctx,
        policywright::export::write_record,
    )
}
