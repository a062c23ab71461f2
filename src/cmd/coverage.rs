//! `policywright coverage FILE`: each GDPR Art. 13/14 item and the clause covering it.

use super::Ctx;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    file: PathBuf,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<ExitCode, String> {
    let analysis = ctx.analyse(&args.file)?;
    if let Err(diags) = analysis.project() {
        for d in diags {
            println!("{}", d.display(&args.file.display().to_string(), ctx.lang));
        }
        return Ok(ExitCode::from(1));
    }
    let mut missing = 0;
    for c in &analysis.coverage().map_err(|e| e.to_string())? {
        let place: Vec<String> = c
            .clauses
            .iter()
            .map(|(l, clause)| format!("{l}: {}", clause.as_deref().unwrap_or("MISSING")))
            .collect();
        let state = if !c.applies {
            "does not apply".to_owned()
        } else {
            place.join(", ")
        };
        missing += usize::from(c.is_missing());
        println!("{:<22} Art. {:<20} {state}", c.item, c.articles);
    }
    Ok(if missing > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
