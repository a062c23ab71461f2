//! Errors and warnings about a project, each tied to a field path and, when the project came
//! from a file, to a line and column. Messages are Fluent messages `diag-<code>`, so the CLI and
//! the app show them in either language.

use crate::i18n;
use crate::lang::Lang;
use serde::Serialize;
use std::fmt;

/// Every diagnostic code, each with a message `diag-<code>` in both locales (tested).
pub const CODES: &[&str] = &[
    "file-too-large",
    "project-too-large",
    "text-too-long",
    "toml-syntax",
    "unknown-field",
    "missing-field",
    "unknown-choice",
    "wrong-type",
    "schema-version",
    "required",
    "translation-missing",
    "email-invalid",
    "url-invalid",
    "date-invalid",
    "date-nonexistent",
    "country-unknown",
    "org-number-format",
    "org-number-checksum",
    "fi-business-id-format",
    "fi-business-id-checksum",
    "dk-cvr-format",
    "dk-cvr-checksum",
    "no-orgnr-format",
    "no-orgnr-checksum",
    "uk-company-number-format",
    "org-number-missing",
    "postal-code-invalid",
    "representative-missing",
    "authority-unknown",
    "authority-country-and-details",
    "authority-needed",
    "identity-number-rule-swedish",
    "retention-bookkeeping-swedish",
    "languages-empty",
    "prevailing-not-published",
    "history-version-repeated",
    "lint-unknown",
    "activities-empty",
    "purpose-missing",
    "purpose-title-long",
    "name-long",
    "legitimate-interest-missing",
    "legal-basis-ignored",
    "basis-people-unknown",
    "basis-people-uncovered",
    "profiling-logic-missing",
    "special-condition-missing",
    "special-data-unmarked",
    "org-number-personal",
    "service-unknown",
    "service-cookie-unknown",
    "service-changed",
    "special-condition-unused",
    "identity-number-reason-missing",
    "consequence-missing",
    "requirement-missing",
    "requirement-unanswered",
    "tracking-without-cookies",
    "cookie-data-needs-consent",
    "pixel-with-health-data",
    "balancing-test-missing",
    "consent-collector-without-consent",
    "online-service-unanswered",
    "law-missing",
    "decision-law-missing",
    "law-outside-eu",
    "restriction-swedish",
    "uk-safeguard-missing",
    "uk-safeguard-not-needed",
    "uk-extension-not-us",
    "retention-end-missing",
    "retention-open-ended",
    "derogation-missing",
    "decision-ground-missing",
    "retention-months-missing",
    "retention-text-missing",
    "retention-withdrawn-without-consent",
    "transfer-safeguard-missing",
    "safeguard-not-needed",
    "adequacy-missing",
    "adequacy-needs-dpf",
    "dpf-not-us",
    "safeguard-copy-missing",
    "dpf-fallback-invalid",
    "countries-vary-safeguard",
    "recipient-country-repeated",
    "joint-essence-missing",
    "recipient-activity-unknown",
    "recipient-activity-ambiguous",
    "activity-id-repeated",
    "lifetime-invalid",
    "lifetime-range-reversed",
    "lifetime-none-stored",
    "cookie-consent-missing",
    "cookie-withdrawal-missing",
    "guardian-consent-missing",
    "gdpr-reach-unanswered",
    "children-consent-unused",
    "age-limit-invalid",
    "younger-found-missing",
    "age-limit-excludes-children",
    "age-limit-above-consent-age",
    "response-too-slow",
    "clause-syntax",
    "clause-tag-unclosed",
    "clause-unclosed",
    "clause-end-mismatch",
    "clause-end-extra",
    "clause-unknown-variable",
    "clause-unknown-macro",
    "clause-unknown-filter",
    "clause-unknown-test",
    "clause-forbidden-function",
    "clause-forbidden-tag",
    "clause-forbidden-import",
    "clause-set-chain",
    "clause-set-in-loop",
    "clause-nested-loop",
    "clause-too-long",
    "clause-too-nested",
    "clause-expression-too-large",
    "clause-output-too-large",
    "clause-too-slow",
    "clause-heading-missing",
    "clause-render",
    "clause-language-missing",
    "clause-stale",
    "wording-unknown",
    "wording-invalid",
    "wording-stale",
    "clause-unknown",
    "clause-duplicate",
    "clause-id-taken",
    "coverage-item-unknown",
    "coverage-item-uncovered",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Location {
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable id; the message is `diag-<code>` in locales/*/diagnostics.ftl.
    pub code: &'static str,
    /// Field path, e.g. `activities[1].legitimate_interest.en`; empty for the whole file.
    pub path: String,
    /// Named values for the message.
    pub args: Vec<(&'static str, String)>,
    pub location: Option<Location>,
}

/// A diagnostic as the app and JSON output show it: message already in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub severity: Severity,
    pub code: String,
    pub path: String,
    pub message: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

impl Diagnostic {
    pub fn error(code: &'static str, path: impl Into<String>) -> Self {
        debug_assert!(
            CODES.contains(&code),
            "diagnostic code `{code}` not in CODES"
        );
        Diagnostic {
            severity: Severity::Error,
            code,
            path: path.into(),
            args: Vec::new(),
            location: None,
        }
    }

    pub fn warning(code: &'static str, path: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, path)
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message in one language. A message missing from the locales would be a bug caught
    /// by a test; the code itself is shown rather than nothing.
    pub fn message(&self, lang: Lang) -> String {
        // A `country` argument is a code; the message shows the country's name.
        let names: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(k, v)| match *k {
                "country" => (*k, i18n::name(lang, crate::catalog::kind::COUNTRY, v)),
                _ => (*k, v.clone()),
            })
            .collect();
        let args: Vec<(&str, &str)> = names.iter().map(|(k, v)| (*k, v.as_str())).collect();
        i18n::message(lang, &format!("diag-{}", self.code), &args).unwrap_or_else(|_| {
            let detail: Vec<String> = self.args.iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("{} {}", self.code, detail.join(" "))
        })
    }

    pub fn report(&self, lang: Lang) -> Report {
        Report {
            severity: self.severity,
            code: self.code.to_owned(),
            path: self.path.clone(),
            message: self.message(lang),
            line: self.location.map(|l| l.line),
            column: self.location.map(|l| l.column),
        }
    }

    /// `FILE:LINE:COLUMN: error: message (field path)` as compilers print it.
    pub fn display(&self, file: &str, lang: Lang) -> String {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let place = match self.location {
            Some(l) => format!("{file}:{}:{}", l.line, l.column),
            None => file.to_owned(),
        };
        let field = if self.path.is_empty() {
            String::new()
        } else {
            format!(" [{}]", self.path)
        };
        format!("{place}: {severity}: {}{field}", self.message(lang))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display("project", Lang::EN))
    }
}

/// True when any diagnostic is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(Diagnostic::is_error)
}
