//! Checks of a parsed project: what is missing, malformed or legally inconsistent. Every rule
//! yields a `Diagnostic` with the field path; all are collected, none stops the others.

use crate::date::parse_date;
use crate::lang::Lang;
use crate::project::catalog;
use crate::project::diagnostics::Diagnostic;
use crate::project::legal;
use crate::project::{Entry, LegalBasis, Project, Requirement, Safeguard, Text};

/// All errors and warnings for a project, in field order after any over the size limits.
pub fn check(project: &Project) -> Vec<Diagnostic> {
    let mut v = Validator {
        langs: project.languages(),
        out: crate::limits::check_project(project),
    };
    v.organisation(project);
    v.policy(project);
    v.activities(project);
    v.recipients(project);
    v.cookies(project);
    v.other(project);
    v.out.extend(crate::document::clauses::validate(project));
    v.out
}

struct Validator {
    langs: Vec<Lang>,
    out: Vec<Diagnostic>,
}

impl Validator {
    fn error(&mut self, code: &'static str, path: impl Into<String>) -> &mut Diagnostic {
        self.out.push(Diagnostic::error(code, path));
        self.out.last_mut().expect("just pushed")
    }

    fn warning(&mut self, code: &'static str, path: impl Into<String>) -> &mut Diagnostic {
        self.out.push(Diagnostic::warning(code, path));
        self.out.last_mut().expect("just pushed")
    }

    fn required(&mut self, value: &str, path: &str) -> bool {
        if value.trim().is_empty() {
            self.error("required", path);
            false
        } else {
            true
        }
    }

    /// A text every published language needs. Entirely empty: one `required`; written in some
    /// languages only: `translation-missing` for each missing one.
    fn text(&mut self, text: &Text, path: &str, code_if_empty: &'static str) {
        if text.is_blank() {
            self.error(code_if_empty, path);
            return;
        }
        self.translations(text, path);
    }

    /// An optional text: if written at all, written in every published language.
    fn translations(&mut self, text: &Text, path: &str) {
        if text.is_blank() {
            return;
        }
        for lang in self.langs.clone() {
            if text.get(lang).trim().is_empty() {
                self.error("translation-missing", format!("{path}.{}", lang.code()))
                    .args
                    .push(("lang", lang.code().to_owned()));
            }
        }
    }

    fn email(&mut self, value: &str, path: &str) {
        if !value.is_empty() && !is_email(value) {
            self.error("email-invalid", path)
                .args
                .push(("value", value.to_owned()));
        }
    }

    fn url(&mut self, value: &str, path: &str) {
        if !value.is_empty() && !is_url(value) {
            self.error("url-invalid", path)
                .args
                .push(("value", value.to_owned()));
        }
    }

    fn date(&mut self, value: &str, path: &str) {
        if value.trim().is_empty() {
            self.error("required", path);
        } else if parse_date(value).is_none() {
            // "2026-02-30" is written right but names no day of the calendar.
            let code = if is_date_shaped(value) {
                "date-nonexistent"
            } else {
                "date-invalid"
            };
            self.error(code, path)
                .args
                .push(("value", value.to_owned()));
        }
    }

    fn choice(&mut self, ok: bool, kind: &'static str, value: &str, path: &str) {
        if !ok {
            let d = self.error("unknown-choice", path);
            d.args.push(("value", value.to_owned()));
            d.args.push(("expected", kind.to_owned()));
        }
    }

    /// A list answer: each catalogue id must be known; each entry in own words needs text in
    /// every published language.
    fn entries(
        &mut self,
        entries: &[Entry],
        path: &str,
        kind: &'static str,
        known: impl Fn(&str) -> bool,
    ) {
        for (i, e) in entries.iter().enumerate() {
            let item = format!("{path}[{i}]");
            match e {
                Entry::Catalog(id) => self.choice(known(id), kind, id, &item),
                Entry::Own(own) => self.text(&own.text(), &item, "required"),
            }
        }
    }

    fn country(&mut self, value: &str, path: &str) {
        if value.trim().is_empty() {
            self.error("required", path);
        } else if !legal::facts().is_known_country(value) {
            self.error("country-unknown", path)
                .args
                .push(("value", value.to_owned()));
        }
    }

    fn organisation(&mut self, p: &Project) {
        let o = &p.organisation;
        self.required(&o.legal_name, "organisation.legal_name");
        if o.org_number.trim().is_empty() {
            // A warning, not an error: small Swedish associations may have no number, and
            // Art. 13(1)(a) asks for identity and contact details, which the name and address give.
            if o.address.country == "SE" {
                self.warning("org-number-missing", "organisation.org_number");
            }
        } else if let Err(code) = check_org_number(&o.org_number) {
            self.error(code, "organisation.org_number")
                .args
                .push(("value", o.org_number.clone()));
        }
        self.required(&o.address.street, "organisation.address.street");
        if self.required(&o.address.postal_code, "organisation.address.postal_code")
            && o.address.country == "SE"
            && !is_swedish_postcode(&o.address.postal_code)
        {
            self.error("postal-code-invalid", "organisation.address.postal_code")
                .args
                .push(("value", o.address.postal_code.clone()));
        }
        self.required(&o.address.city, "organisation.address.city");
        self.country(&o.address.country, "organisation.address.country");
        if self.required(&o.email, "organisation.email") {
            self.email(&o.email, "organisation.email");
        }
        self.url(&o.website, "organisation.website");
        if let Some(dpo) = &o.dpo {
            if self.required(&dpo.email, "organisation.dpo.email") {
                self.email(&dpo.email, "organisation.dpo.email");
            }
        }
        let outside_eu = !o.address.country.is_empty()
            && !legal::facts().is_eea(&o.address.country)
            && legal::facts().is_known_country(&o.address.country);
        match &o.eu_representative {
            Some(r) => {
                self.required(&r.name, "organisation.eu_representative.name");
                if self.required(&r.email, "organisation.eu_representative.email") {
                    self.email(&r.email, "organisation.eu_representative.email");
                }
                self.required(
                    &r.address.city,
                    "organisation.eu_representative.address.city",
                );
            }
            None if outside_eu => {
                self.warning("representative-missing", "organisation.eu_representative");
            }
            None => {}
        }
    }

    fn policy(&mut self, p: &Project) {
        let pol = &p.policy;
        self.required(&pol.version, "policy.version");
        self.date(&pol.effective_date, "policy.effective_date");
        if pol.languages.is_empty() {
            self.error("languages-empty", "policy.languages");
        } else if !pol.languages.contains(&pol.prevailing_language) {
            self.warning("prevailing-not-published", "policy.prevailing_language");
        }
        self.entries(
            &pol.change_channels,
            "policy.change_channels",
            catalog::kind::CHANGE_CHANNEL,
            |id| catalog::CHANGE_CHANNELS.contains(&id),
        );
        if pol.change_channels.is_empty() {
            self.error("required", "policy.change_channels");
        }
        self.translations(&pol.change_summary, "policy.change_summary");
        self.history(p);
    }

    /// The recorded versions: each numbered once and dated; the silenced lint ids known and
    /// each given a reason.
    fn history(&mut self, p: &Project) {
        for (i, h) in p.history.iter().enumerate() {
            let path = format!("history[{i}]");
            if self.required(&h.version, &format!("{path}.version"))
                && p.history[..i]
                    .iter()
                    .any(|e| e.version.trim() == h.version.trim())
            {
                self.error("history-version-repeated", format!("{path}.version"))
                    .args
                    .push(("version", h.version.clone()));
            }
            self.date(&h.date, &format!("{path}.date"));
        }
        for (i, s) in p.silenced.iter().enumerate() {
            let path = format!("silenced[{i}]");
            if !crate::review::lint::IDS.contains(&s.lint.as_str()) {
                let d = self.error("lint-unknown", format!("{path}.lint"));
                d.args.push(("value", s.lint.clone()));
                d.args
                    .push(("expected", crate::review::lint::IDS.join(", ")));
            }
            self.required(&s.reason, &format!("{path}.reason"));
        }
    }

    fn activities(&mut self, p: &Project) {
        if p.activities.is_empty() {
            self.error("activities-empty", "activities");
        }
        for (i, a) in p.activities.iter().enumerate() {
            let path = format!("activities[{i}]");
            if a.purpose.is_empty() {
                self.text(
                    &a.description,
                    &format!("{path}.description"),
                    "purpose-missing",
                );
            } else {
                self.choice(
                    catalog::is_purpose(&a.purpose),
                    catalog::kind::PURPOSE,
                    &a.purpose,
                    &format!("{path}.purpose"),
                );
                self.translations(&a.description, &format!("{path}.description"));
            }
            if a.people.is_empty() {
                self.error("required", format!("{path}.people"));
            }
            self.entries(
                &a.people,
                &format!("{path}.people"),
                catalog::kind::PEOPLE,
                catalog::is_people,
            );
            if a.data.is_empty() {
                self.error("required", format!("{path}.data"));
            }
            self.entries(
                &a.data,
                &format!("{path}.data"),
                catalog::kind::DATA,
                |id| catalog::data_category(id).is_some(),
            );
            let special = a.data.iter().any(catalog::is_special_data);
            if a.legal_basis.is_none() {
                self.error("required", format!("{path}.legal_basis"));
            }
            if a.legal_basis == Some(LegalBasis::LegitimateInterests) {
                self.text(
                    &a.legitimate_interest,
                    &format!("{path}.legitimate_interest"),
                    "legitimate-interest-missing",
                );
            } else {
                self.translations(
                    &a.legitimate_interest,
                    &format!("{path}.legitimate_interest"),
                );
            }
            if special {
                if a.special_condition.is_empty() {
                    self.error(
                        "special-condition-missing",
                        format!("{path}.special_condition"),
                    );
                } else {
                    self.choice(
                        catalog::special_condition_point(&a.special_condition).is_some(),
                        catalog::kind::SPECIAL,
                        &a.special_condition,
                        &format!("{path}.special_condition"),
                    );
                }
            } else if !a.special_condition.is_empty() {
                self.warning(
                    "special-condition-unused",
                    format!("{path}.special_condition"),
                );
            }
            if a.data.iter().any(|d| d.is(catalog::IDENTITY_NUMBER)) {
                self.text(
                    &a.identity_number_reason,
                    &format!("{path}.identity_number_reason"),
                    "identity-number-reason-missing",
                );
            }
            let from_person = a.sources.is_empty() || a.from_person;
            match a.requirement {
                Some(Requirement::None) => {}
                Some(_) => self.text(
                    &a.consequence,
                    &format!("{path}.consequence"),
                    "consequence-missing",
                ),
                // Under a legal obligation "voluntary" is rarely true: never assume it (Art. 13(2)(e)).
                None if from_person && a.legal_basis == Some(LegalBasis::LegalObligation) => {
                    self.error("requirement-missing", format!("{path}.requirement"));
                }
                None if from_person => {
                    self.warning("requirement-unanswered", format!("{path}.requirement"));
                }
                None => {}
            }
            for (j, src) in a.sources.iter().enumerate() {
                self.text(
                    &src.description,
                    &format!("{path}.sources[{j}].description"),
                    "required",
                );
            }
            // A cookie policy of the site's own lists them there.
            if p.cookies.items.is_empty() && p.cookies.policy_url.trim().is_empty() {
                let tracking_purpose =
                    matches!(a.purpose.as_str(), "website-analytics" | "marketing");
                for (j, d) in a.data.iter().enumerate() {
                    if d.is("usage") || (d.is("technical") && tracking_purpose) {
                        self.warning("tracking-without-cookies", format!("{path}.data[{j}]"));
                    }
                }
            }
            let r = &a.retention;
            let rpath = format!("{path}.retention");
            match catalog::retention_preset(&r.preset) {
                None if r.preset.is_empty() => {
                    self.error("required", format!("{rpath}.preset"));
                }
                None => self.choice(
                    false,
                    catalog::kind::RETENTION,
                    &r.preset,
                    &format!("{rpath}.preset"),
                ),
                Some(preset) => {
                    if preset.takes_months && r.months.unwrap_or(0) == 0 {
                        self.error("retention-months-missing", format!("{rpath}.months"));
                    }
                    if preset.id == "custom" {
                        self.text(&r.text, &format!("{rpath}.text"), "retention-text-missing");
                        if [&r.text.sv, &r.text.en].iter().any(|t| is_open_ended(t)) {
                            self.warning("retention-open-ended", format!("{rpath}.text"));
                        }
                    } else if preset.id == "at-least" {
                        self.text(&r.text, &format!("{rpath}.text"), "retention-end-missing");
                    } else {
                        self.translations(&r.text, &format!("{rpath}.text"));
                    }
                    if preset.id == "until-withdrawn"
                        && a.legal_basis.is_some_and(|b| b != LegalBasis::Consent)
                    {
                        self.warning(
                            "retention-withdrawn-without-consent",
                            format!("{rpath}.preset"),
                        );
                    }
                }
            }
        }
    }

    fn recipients(&mut self, p: &Project) {
        let facts = legal::facts();
        for (i, r) in p.recipients.iter().enumerate() {
            let path = format!("recipients[{i}]");
            self.text(&r.name, &format!("{path}.name"), "required");
            self.text(&r.purpose, &format!("{path}.purpose"), "required");
            self.country(&r.country, &format!("{path}.country"));
            if r.country.is_empty() || !facts.is_known_country(&r.country) {
                continue;
            }
            let spath = format!("{path}.safeguard");
            let outside = !facts.is_eea(&r.country);
            match r.safeguard {
                None if outside => {
                    self.error("transfer-safeguard-missing", spath)
                        .args
                        .push(("country", r.country.clone()));
                }
                None => {}
                Some(_) if !outside => {
                    self.warning("safeguard-not-needed", spath)
                        .args
                        .push(("country", r.country.clone()));
                }
                Some(Safeguard::Adequacy) => match facts.adequacy(&r.country) {
                    None => {
                        self.error("adequacy-missing", spath)
                            .args
                            .push(("country", r.country.clone()));
                    }
                    Some(a) if a.scope == Some(legal::AdequacyScope::Dpf) => {
                        self.error("adequacy-needs-dpf", spath);
                    }
                    Some(_) => {}
                },
                Some(Safeguard::DataPrivacyFramework) if r.country != "US" => {
                    self.error("dpf-not-us", spath)
                        .args
                        .push(("country", r.country.clone()));
                }
                Some(Safeguard::StandardContractualClauses | Safeguard::BindingCorporateRules) => {
                    self.text(
                        &r.safeguard_copy,
                        &format!("{path}.safeguard_copy"),
                        "safeguard-copy-missing",
                    );
                }
                Some(Safeguard::Derogation) if r.derogation.is_none() => {
                    self.error("derogation-missing", format!("{path}.derogation"));
                }
                Some(_) => {}
            }
            // Like other follow-up answers, a fallback kept while another safeguard is chosen is
            // ignored (the app keeps hidden answers so that switching back restores them).
            let fpath = format!("{path}.dpf_fallback");
            match r.dpf_fallback {
                _ if r.safeguard != Some(Safeguard::DataPrivacyFramework) || !outside => {}
                None => {}
                Some(Safeguard::StandardContractualClauses | Safeguard::BindingCorporateRules) => {
                    self.text(
                        &r.safeguard_copy,
                        &format!("{path}.safeguard_copy"),
                        "safeguard-copy-missing",
                    );
                }
                Some(_) => {
                    self.error("dpf-fallback-invalid", fpath);
                }
            }
        }
    }

    fn cookies(&mut self, p: &Project) {
        let c = &p.cookies;
        for (i, k) in c.items.iter().enumerate() {
            let path = format!("cookies.items[{i}]");
            self.required(&k.name, &format!("{path}.name"));
            self.required(&k.provider, &format!("{path}.provider"));
            self.text(&k.purpose, &format!("{path}.purpose"), "required");
            let lifetime_path = format!("{path}.lifetime");
            match read_lifetime(&k.lifetime) {
                Err(e) => {
                    let code = match e {
                        LifetimeError::Unreadable => "lifetime-invalid",
                        LifetimeError::RangeReversed => "lifetime-range-reversed",
                    };
                    self.error(code, lifetime_path)
                        .args
                        .push(("value", k.lifetime.clone()));
                }
                // A cookie or browser storage is information stored on the device.
                Ok(Lifetime::None) if k.technology.always_stores() => {
                    self.error("lifetime-none-stored", lifetime_path)
                        .args
                        .push(("technology", k.technology.id().to_owned()));
                }
                Ok(_) => {}
            }
        }
        self.url(&c.policy_url, "cookies.policy_url");
        let needs_consent = c
            .items
            .iter()
            .any(|k| k.category != crate::project::CookieCategory::Necessary);
        if needs_consent {
            self.text(&c.consent, "cookies.consent", "cookie-consent-missing");
            self.text(
                &c.withdrawal,
                "cookies.withdrawal",
                "cookie-withdrawal-missing",
            );
        } else {
            self.translations(&c.consent, "cookies.consent");
            self.translations(&c.withdrawal, "cookies.withdrawal");
        }
    }

    fn other(&mut self, p: &Project) {
        if p.children.addressed {
            self.text(
                &p.children.guardian_consent,
                "children.guardian_consent",
                "guardian-consent-missing",
            );
        }
        let ad = &p.automated_decisions;
        if ad.used {
            // Art. 22(1) forbids such decisions unless a ground of Art. 22(2) applies.
            if ad.ground.is_none() {
                self.error("decision-ground-missing", "automated_decisions.ground");
            }
            self.text(&ad.logic, "automated_decisions.logic", "required");
            self.text(
                &ad.consequences,
                "automated_decisions.consequences",
                "required",
            );
        }
        if ad.profiling {
            self.text(
                &ad.profiling_description,
                "automated_decisions.profiling_description",
                "required",
            );
        }
        self.entries(
            &p.security.measures,
            "security.measures",
            catalog::kind::SECURITY,
            |id| catalog::SECURITY.contains(&id),
        );
        if p.security.measures.is_empty() && p.security.description.is_blank() {
            self.error("required", "security.measures");
        }
        self.translations(&p.security.description, "security.description");
        let r = &p.rights;
        self.email(&r.email, "rights.email");
        self.url(&r.form_url, "rights.form_url");
        match r.response_days {
            Some(0) => {
                self.error("required", "rights.response_days");
            }
            // One month (Art. 12(3)) is 28 days from a day in February: more can exceed it.
            Some(days) if days > MAX_PROMISED_DAYS => {
                self.error("response-too-slow", "rights.response_days")
                    .args
                    .push(("days", days.to_string()));
            }
            _ => {}
        }
        self.translations(&r.identity_check, "rights.identity_check");
        if let Some(a) = &p.authority {
            self.text(&a.name, "authority.name", "required");
            self.required(&a.address, "authority.address");
            self.url(&a.website, "authority.website");
            self.email(&a.email, "authority.email");
        }
    }
}

/// Every free text of a project with its path, for the lint (`review::lint`).
pub(crate) fn collect_texts<'p>(p: &'p Project, out: &mut Vec<(String, &'p str)>) {
    let mut own = |path: String, entries: &'p [Entry]| {
        for (i, e) in entries.iter().enumerate() {
            if let Entry::Own(o) = e {
                for (code, value) in [("sv", &o.sv), ("en", &o.en)] {
                    if !value.is_empty() {
                        out.push((format!("{path}[{i}].{code}"), value.as_str()));
                    }
                }
            }
        }
    };
    for (i, a) in p.activities.iter().enumerate() {
        own(format!("activities[{i}].people"), &a.people);
        own(format!("activities[{i}].data"), &a.data);
    }
    own("security.measures".into(), &p.security.measures);
    own("policy.change_channels".into(), &p.policy.change_channels);
    let mut text = |path: String, t: &'p Text| {
        for lang in Lang::ALL {
            if !t.get(lang).is_empty() {
                out.push((format!("{path}.{}", lang.code()), t.get(lang)));
            }
        }
    };
    for (i, a) in p.activities.iter().enumerate() {
        let path = format!("activities[{i}]");
        text(format!("{path}.description"), &a.description);
        text(
            format!("{path}.legitimate_interest"),
            &a.legitimate_interest,
        );
        text(format!("{path}.consequence"), &a.consequence);
        text(format!("{path}.retention.text"), &a.retention.text);
        for (j, s) in a.sources.iter().enumerate() {
            text(format!("{path}.sources[{j}].description"), &s.description);
        }
    }
    for (i, r) in p.recipients.iter().enumerate() {
        text(format!("recipients[{i}].purpose"), &r.purpose);
        text(format!("recipients[{i}].safeguard_copy"), &r.safeguard_copy);
    }
    for (i, c) in p.cookies.items.iter().enumerate() {
        text(format!("cookies.items[{i}].purpose"), &c.purpose);
    }
    text("cookies.consent".into(), &p.cookies.consent);
    text("cookies.withdrawal".into(), &p.cookies.withdrawal);
    text("security.description".into(), &p.security.description);
    text("rights.identity_check".into(), &p.rights.identity_check);
    text("policy.change_summary".into(), &p.policy.change_summary);
    for (i, h) in p.history.iter().enumerate() {
        text(format!("history[{i}].summary"), &h.summary);
    }
    if let Some(a) = &p.authority {
        text("authority.name".into(), &a.name);
    }
    let ad = &p.automated_decisions;
    text("automated_decisions.logic".into(), &ad.logic);
    text("automated_decisions.consequences".into(), &ad.consequences);
    text(
        "automated_decisions.profiling_description".into(),
        &ad.profiling_description,
    );
    text(
        "children.guardian_consent".into(),
        &p.children.guardian_consent,
    );
}

/// The longest promise of an answer, in days, that never exceeds one month (Art. 12(3)).
pub const MAX_PROMISED_DAYS: u32 = 28;

/// A retention period given only as a minimum ("at least ten years", "minst tio år") has no end:
/// it needs the rule that ends it (the `at-least` preset asks for it).
fn is_open_ended(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("at least ")
        || t.split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "minst")
}

/// Checks a Swedish organisation number: NNNNNN-NNNN (the dash optional) with a Luhn check digit.
pub fn check_org_number(value: &str) -> Result<(), &'static str> {
    let v = value.trim();
    let digits: Vec<u32> = v.chars().filter_map(|c| c.to_digit(10)).collect();
    let well_formed = v.chars().all(|c| c.is_ascii_digit() || c == '-')
        && digits.len() == 10
        && (v.len() == 10 || (v.len() == 11 && v.as_bytes()[6] == b'-'));
    if !well_formed {
        return Err("org-number-format");
    }
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let x = if i % 2 == 0 { d * 2 } else { d };
            if x > 9 {
                x - 9
            } else {
                x
            }
        })
        .sum();
    if sum.is_multiple_of(10) {
        Ok(())
    } else {
        Err("org-number-checksum")
    }
}

/// A pragmatic check: one @, a dot in the domain, no spaces or markup characters.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    let bad = |c: char| c.is_whitespace() || "<>()[]\\,;:\"@`|{}".contains(c);
    !local.is_empty()
        && !local.chars().any(bad)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.chars().any(bad)
}

/// http(s) URLs with a host and no characters that would need escaping in a link.
pub fn is_url(value: &str) -> bool {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    match rest {
        Some(r) => {
            let host = r.split('/').next().unwrap_or("");
            host.contains('.')
                && !r
                    .chars()
                    .any(|c| c.is_whitespace() || "<>\"`{}|\\^()[]".contains(c))
        }
        None => false,
    }
}

/// A Swedish postcode: five digits, optionally written "NNN NN".
pub fn is_swedish_postcode(value: &str) -> bool {
    let v = value.trim();
    let b = v.as_bytes();
    match b.len() {
        5 => b.iter().all(u8::is_ascii_digit),
        6 => b[3] == b' ' && b[..3].iter().chain(&b[4..]).all(u8::is_ascii_digit),
        _ => false,
    }
}

/// Written as NNNN-NN-NN, whether or not such a day exists.
fn is_date_shaped(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// A unit of a cookie lifetime, as written in the project file (English, singular or plural).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TimeUnit {
    Seconds,
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

impl TimeUnit {
    pub const ALL: [TimeUnit; 7] = [
        TimeUnit::Seconds,
        TimeUnit::Minutes,
        TimeUnit::Hours,
        TimeUnit::Days,
        TimeUnit::Weeks,
        TimeUnit::Months,
        TimeUnit::Years,
    ];

    /// The plural as written in the file: "seconds", …, "years".
    pub fn id(self) -> &'static str {
        match self {
            TimeUnit::Seconds => "seconds",
            TimeUnit::Minutes => "minutes",
            TimeUnit::Hours => "hours",
            TimeUnit::Days => "days",
            TimeUnit::Weeks => "weeks",
            TimeUnit::Months => "months",
            TimeUnit::Years => "years",
        }
    }

    fn parse(word: &str) -> Option<TimeUnit> {
        let w = word.to_ascii_lowercase();
        let plural = if w.ends_with('s') { w } else { format!("{w}s") };
        TimeUnit::ALL.into_iter().find(|u| u.id() == plural)
    }

    /// Its length in seconds on average (a month is a twelfth of a Gregorian year): only to
    /// tell which end of a range is the longer.
    fn seconds(self) -> u64 {
        match self {
            TimeUnit::Seconds => 1,
            TimeUnit::Minutes => 60,
            TimeUnit::Hours => 3_600,
            TimeUnit::Days => 86_400,
            TimeUnit::Weeks => 604_800,
            TimeUnit::Months => 2_629_746,
            TimeUnit::Years => 31_556_952,
        }
    }
}

/// A length of time: a positive number of a unit ("30 seconds", "13 months").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub count: u32,
    pub unit: TimeUnit,
}

impl Span {
    fn seconds(self) -> u64 {
        u64::from(self.count) * self.unit.seconds()
    }
}

/// How long a cookie or similar technology keeps its information on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// "session": until the browser (the tab, the app) is closed.
    Session,
    /// "none": nothing is stored (a pixel, fingerprinting, an SDK that only reads).
    None,
    /// "until deleted": no end of its own (local storage, an app's data).
    UntilDeleted,
    /// "13 months": exactly so long.
    For(Span),
    /// "up to 2 years": at most so long (the site or the visitor may end it sooner).
    UpTo(Span),
    /// "30 seconds to 1 year": somewhere in between, the shorter first.
    Range(Span, Span),
}

/// Why a lifetime cannot be used: not in any accepted form, or a range with its longer end
/// first ("1 year to 30 seconds").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LifetimeError {
    Unreadable,
    RangeReversed,
}

/// Reads a lifetime as written in the project file: "session", "none", "until deleted",
/// "<n> <unit>", "up to
/// <n> <unit>" or "<n> <unit> to <m> <unit>", with the units second, minute, hour, day, week,
/// month and year (singular or plural, any case). Every lifetime of versions 1–3 ("session",
/// "<n> day(s)|month(s)|year(s)") reads as it always did.
pub fn read_lifetime(value: &str) -> Result<Lifetime, LifetimeError> {
    let words: Vec<&str> = value.split_whitespace().collect();
    let span = |n: &str, unit: &str| -> Option<Span> {
        // Digits only, as versions 1–3 read them (an explicit "+" too): not "1_000" or "1.5".
        let n = n.strip_prefix('+').unwrap_or(n);
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let count: u32 = n.parse().ok().filter(|&n| n > 0)?;
        Some(Span {
            count,
            unit: TimeUnit::parse(unit)?,
        })
    };
    let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let read = match lower.as_slice() {
        ["session"] => Some(Lifetime::Session),
        ["none"] => Some(Lifetime::None),
        ["until", "deleted"] => Some(Lifetime::UntilDeleted),
        [n, unit] => span(n, unit).map(Lifetime::For),
        ["up", "to", n, unit] => span(n, unit).map(Lifetime::UpTo),
        [n, unit, "to", m, unit2] => match (span(n, unit), span(m, unit2)) {
            (Some(from), Some(to)) => {
                if from.seconds() >= to.seconds() {
                    return Err(LifetimeError::RangeReversed);
                }
                Some(Lifetime::Range(from, to))
            }
            _ => None,
        },
        _ => None,
    };
    read.ok_or(LifetimeError::Unreadable)
}

/// A lifetime that can be used, or `None` (see `read_lifetime` for why not).
pub fn parse_lifetime(value: &str) -> Option<Lifetime> {
    read_lifetime(value).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_numbers() {
        assert_eq!(check_org_number("556036-0793"), Ok(()));
        assert_eq!(check_org_number("5560360793"), Ok(()));
        assert_eq!(check_org_number("556036-0794"), Err("org-number-checksum"));
        assert_eq!(check_org_number("55603-60793"), Err("org-number-format"));
        assert_eq!(check_org_number("abc"), Err("org-number-format"));
    }

    #[test]
    fn emails_urls_dates_lifetimes() {
        assert!(is_email("info@example.se"));
        assert!(!is_email("info@example"));
        assert!(!is_email("in fo@example.se"));
        assert!(is_url("https://www.example.se/integritet"));
        assert!(!is_url("www.example.se"));
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_date("2023-02-29"), None);
        assert!(is_date_shaped("2026-02-30") && !is_date_shaped("30/2/2026"));
        assert!(is_swedish_postcode("11134") && is_swedish_postcode("111 34"));
        assert!(!is_swedish_postcode("11134X") && !is_swedish_postcode("1113"));
        let span = |count, unit| Span { count, unit };
        assert_eq!(
            parse_lifetime("13 months"),
            Some(Lifetime::For(span(13, TimeUnit::Months)))
        );
        assert_eq!(
            parse_lifetime("1 day"),
            Some(Lifetime::For(span(1, TimeUnit::Days)))
        );
        assert_eq!(parse_lifetime("session"), Some(Lifetime::Session));
        assert_eq!(parse_lifetime("forever"), None);
    }

    #[test]
    fn lifetimes_under_a_day_up_to_and_ranges() {
        let span = |count, unit| Span { count, unit };
        assert_eq!(
            read_lifetime("1 minute"),
            Ok(Lifetime::For(span(1, TimeUnit::Minutes)))
        );
        assert_eq!(
            read_lifetime("30 Minutes"),
            Ok(Lifetime::For(span(30, TimeUnit::Minutes)))
        );
        assert_eq!(
            read_lifetime(" 24  hours "),
            Ok(Lifetime::For(span(24, TimeUnit::Hours)))
        );
        assert_eq!(
            read_lifetime("up to 2 years"),
            Ok(Lifetime::UpTo(span(2, TimeUnit::Years)))
        );
        assert_eq!(
            read_lifetime("30 seconds to 1 year"),
            Ok(Lifetime::Range(
                span(30, TimeUnit::Seconds),
                span(1, TimeUnit::Years)
            ))
        );
        assert_eq!(read_lifetime("none"), Ok(Lifetime::None));
        assert_eq!(read_lifetime("Until deleted"), Ok(Lifetime::UntilDeleted));
        assert_eq!(
            read_lifetime("1 year to 30 seconds"),
            Err(LifetimeError::RangeReversed)
        );
        assert_eq!(
            read_lifetime("1 month to 30 days"),
            Err(LifetimeError::RangeReversed)
        );
        assert_eq!(
            read_lifetime("4 weeks to 1 month"),
            Ok(Lifetime::Range(
                span(4, TimeUnit::Weeks),
                span(1, TimeUnit::Months)
            ))
        );
        for bad in [
            "",
            "0 days",
            "-1 days",
            "+-1 days",
            "1.5 hours",
            "2 fortnights",
            "up to",
            "up to session",
            "30 seconds to",
            "30 seconds - 1 year",
            "13 månader",
            "99999999999 years",
        ] {
            assert_eq!(read_lifetime(bad), Err(LifetimeError::Unreadable), "{bad}");
        }
    }
}
