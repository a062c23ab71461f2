//! `policywright new FILE`: a starter project (the default example).

use super::Ctx;
use policywright::file;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    file: PathBuf,
    /// Replace FILE if it exists.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args, _ctx: &Ctx) -> Result<ExitCode, String> {
    if args.file.exists() && !args.force {
        return Err(format!(
            "{} exists already; pass --force to replace it",
            args.file.display()
        ));
    }
    file::write_atomic(&args.file, policywright::DEFAULT_EXAMPLE.as_bytes())
        .map_err(|e| e.to_string())?;
    println!("wrote {}", args.file.display());
    Ok(ExitCode::SUCCESS)
}
