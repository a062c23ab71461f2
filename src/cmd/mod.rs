//! The CLI's commands, one module each (as mdBook's `cmd/`): each declares its arguments and
//! runs through one [`Analysis`] of the project; nothing here chains the stages itself.

pub mod check;
pub mod clause;
pub mod coverage;
pub mod diff;
pub mod history;
pub mod new;
pub mod publish;
pub mod record;
pub mod render;
pub mod review;
pub mod services;

use policywright::analysis::{Analysis, Templates};
use policywright::{file, Diagnostic, Lang};
use std::path::Path;
use std::process::ExitCode;

/// What every command is given besides its own arguments.
pub struct Ctx {
    /// The language of messages (English when not asked).
    pub lang: Lang,
    /// `--lang` as given: for `diff` and `review` also the document's language.
    pub asked_lang: Option<Lang>,
    /// `--templates DIR` or the built-in templates, parsed only when a command renders.
    pub templates: Templates,
}

impl Ctx {
    /// A message in the language of messages.
    pub fn message(&self, id: &str, args: &[(&str, &str)]) -> String {
        message(self.lang, id, args)
    }

    /// A project file read for a command: its analysis, or its structural problems printed
    /// to standard error and the command failed with "cannot read the project" (exit 2).
    pub fn load(&self, path: &Path) -> Result<Analysis<'_>, String> {
        self.open(path)?.map_err(|_| {
            self.message(
                "project-unreadable",
                &[("file", &path.display().to_string())],
            )
        })
    }

    /// Like [`Ctx::load`], but a project that cannot be read ends the command with exit 1
    /// and no more words (the clause commands).
    pub fn open(&self, path: &Path) -> Result<Result<Analysis<'_>, ExitCode>, String> {
        let analysis = self.analyse(path)?;
        if let Err(diags) = analysis.project() {
            print_diagnostics(&path.display().to_string(), diags, self.lang);
            return Ok(Err(ExitCode::from(1)));
        }
        Ok(Ok(analysis))
    }

    /// The analysis of a project file, which may still hold structural problems to list; a
    /// file that is no project at all (a folder, a picture, another program's TOML) ends the
    /// command with "… is not a Policywright project", not with its parser's complaints.
    pub fn analyse(&self, path: &Path) -> Result<Analysis<'_>, String> {
        let text = self.read_project(path)?;
        let analysis = Analysis::of_text(&self.templates, text.clone());
        match analysis.project() {
            Err(diags) if !file::is_meant_as_project(&text, diags) => Err(self.not_a_project(path)),
            _ => Ok(analysis),
        }
    }

    /// A project file's text; a folder or a file that is not text is no project.
    fn read_project(&self, path: &Path) -> Result<String, String> {
        file::read_project_text(path).map_err(|e| match e {
            file::LoadError::NotAProject { .. } => self.not_a_project(path),
            other => other.to_string(),
        })
    }

    fn not_a_project(&self, path: &Path) -> String {
        self.message("not-a-project", &[("file", &path.display().to_string())])
    }
}

pub fn message(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    policywright::i18n::message(lang, id, args).unwrap_or_else(|_| id.to_owned())
}

pub fn read(path: &Path) -> Result<String, String> {
    file::read_text(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

pub fn print_diagnostics(name: &str, diags: &[Diagnostic], lang: Lang) {
    for d in diags {
        eprintln!("{}", d.display(name, lang));
    }
}

/// Writes a document about the project (the memo, the record) with `write`, in the language
/// `--lang` names or else every published one, and lists the files written.
pub fn write_documents(
    file: &Path,
    out: &Path,
    ctx: &Ctx,
    write: policywright::export::WriteDocuments,
) -> Result<ExitCode, String> {
    let analysis = ctx.load(file)?;
    let project = analysis.project().expect("loaded");
    let langs = match ctx.asked_lang {
        Some(l) => vec![l],
        None => project.languages(),
    };
    match write(&analysis, out, &langs) {
        Ok(written) => {
            for p in written {
                println!("wrote {}", p.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        // A project with errors (the record's case): each error at its line, as `check` says it.
        Err(policywright::export::ExportError::Invalid(diags)) => {
            print_diagnostics(&file.display().to_string(), &diags, ctx.lang);
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e.to_string()),
    }
}
