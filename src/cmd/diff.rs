//! `policywright diff FILE --from V --to W --out PAGE`: the change notice, HTML or Markdown.

use super::Ctx;
use policywright::file;
use policywright::review::{diff, publish};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    file: PathBuf,
    /// The older version.
    #[arg(long)]
    from: String,
    /// The newer version, or "draft" for the current answers.
    #[arg(long)]
    to: String,
    /// The page to write: .html or .md.
    #[arg(long)]
    out: PathBuf,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<ExitCode, String> {
    let analysis = ctx.load(&args.file)?;
    let project = analysis.project().expect("loaded");
    let doc_lang = ctx.asked_lang.unwrap_or(project.policy.prevailing_language);
    let renderer = ctx.templates.renderer().map_err(|e| e.to_string())?;
    let text = |v: &str| {
        publish::version_text(renderer, project, v, doc_lang).map_err(|e| e.message(ctx.lang))
    };
    let (old, new) = (text(&args.from)?, text(&args.to)?);
    let cmp = diff::compare(
        &old,
        &new,
        doc_lang,
        &publish::version_label(&args.from, doc_lang),
        &publish::version_label(&args.to, doc_lang),
    );
    let org = project.organisation.legal_name.trim();
    let page = match args.out.extension().and_then(|e| e.to_str()) {
        Some("md") => diff::to_markdown(&cmp, org),
        _ => diff::to_html(&cmp, org),
    }
    .map_err(|e| e.to_string())?;
    file::write_atomic(&args.out, page.as_bytes()).map_err(|e| e.to_string())?;
    println!("wrote {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
