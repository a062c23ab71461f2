//! Checks of a parsed project: what is missing, malformed or legally inconsistent. Every rule
//! yields a `Diagnostic` with the field path; all are collected, none stops the others.

use crate::catalog;
use crate::date::parse_date;
use crate::diagnostics::Diagnostic;
use crate::lang::Lang;
use crate::legal;
use crate::{
    Activity, Entry, LegalBasis, Location, Project, RecipientKind, Requirement, Safeguard, Text,
    COUNTRIES_VARY,
};

/// All errors and warnings about the answers, in field order after any over the size limits.
/// The checks of the project's own clause texts are the document stage's
/// (`policywright::check` runs both).
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
    v.services(project);
    v.other(project);
    v.record(project);
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
        let length = o.legal_name.trim().chars().count();
        if length > MAX_NAME_CHARS {
            let d = self.warning("name-long", "organisation.legal_name");
            d.args.push(("length", length.to_string()));
            d.args.push(("max", MAX_NAME_CHARS.to_string()));
        }
        if o.sole_trader {
            // The number is the owner's personal identity number: neither asked nor printed.
        } else if o.org_number.trim().is_empty() {
            // A warning, not an error: small Swedish associations may have no number, and
            // Art. 13(1)(a) asks for identity and contact details, which the name and address give.
            if o.address.country == "SE" {
                self.warning("org-number-missing", "organisation.org_number");
            }
        } else if o.address.country == "SE" && is_personal_identity_number(&o.org_number) {
            // An enskild firma's number is its owner's personal identity number: published in
            // the policy, it would tell everyone the owner's date of birth and more.
            self.warning("org-number-personal", "organisation.org_number");
        } else if let Err(code) = check_business_id(&o.address.country, &o.org_number) {
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
        if outside_eu && o.gdpr_reach.is_none() {
            self.warning("gdpr-reach-unanswered", "organisation.gdpr_reach");
        }
    }

    /// The record's internal answers: a review date that is a date, and each organisation it
    /// processes data for named.
    fn record(&mut self, p: &Project) {
        let r = &p.record;
        if !r.reviewed.trim().is_empty() {
            self.date(&r.reviewed, "record.reviewed");
        }
        for (i, c) in r.processor_for.iter().enumerate() {
            self.required(
                &c.controller,
                &format!("record.processor_for[{i}].controller"),
            );
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
        self.url(&pol.url, "policy.url");
        self.translations(&pol.change_summary, "policy.change_summary");
        self.translations(&pol.processor_data, "policy.processor_data");
        self.history(p);
    }

    /// The recorded versions: each numbered once and dated; the silenced lint ids known and
    /// each given a reason.
    /// Services named that the catalogue does not have, cookies it does not document for a
    /// service, and what changed in the catalogue for the services used since the last
    /// published version.
    fn services(&mut self, p: &Project) {
        // The catalogue is read only when a service is named.
        let known = |id: &str| crate::services::catalogue().get(id);
        // Each service used, with the place of its first mention.
        let mut used: Vec<(&str, String)> = Vec::new();
        let named = p
            .recipients
            .iter()
            .map(|r| (&r.service, "recipients", None));
        let cookies = p
            .cookies
            .items
            .iter()
            .map(|c| (&c.service, "cookies.items", Some(&c.name)));
        let mut index = std::collections::HashMap::new();
        for (id, list, cookie) in named.chain(cookies) {
            let i = index.entry(list).or_insert(0usize);
            let path = format!("{list}[{}]", *i);
            *i += 1;
            if id.is_empty() {
                continue;
            }
            let Some(service) = known(id) else {
                let d = self.error("service-unknown", format!("{path}.service"));
                d.args.push(("value", id.clone()));
                continue;
            };
            if !used.iter().any(|(u, _)| *u == service.id) {
                used.push((&service.id, format!("{path}.service")));
            }
            if let Some(name) = cookie.filter(|n| service.cookie_facts(n).is_none()) {
                let names: Vec<&str> = service.cookies.iter().map(|c| c.name.as_str()).collect();
                let d = self.warning("service-cookie-unknown", format!("{path}.name"));
                d.args.push(("service", service.name.clone()));
                d.args.push(("value", name.clone()));
                let expected = if names.is_empty() {
                    "none".to_owned()
                } else {
                    names.join(", ")
                };
                d.args.push(("expected", expected));
            }
        }
        self.service_changes(p, &used);
    }

    /// The catalogue's recorded changes, after the last published version, to services used.
    fn service_changes(&mut self, p: &Project, used: &[(&str, String)]) {
        let Some(last) = p.history.iter().map(|h| h.date.as_str()).max() else {
            return;
        };
        let catalogue = crate::services::catalogue();
        for (id, path) in used {
            for (service, change) in catalogue.changes_since(id, last) {
                let d = self.warning("service-changed", path.clone());
                d.args.push(("service", service.name.clone()));
                d.args.push(("date", change.date.clone()));
                d.args.push(("published", last.to_owned()));
                // Each language's message reads its own text: `{ $what-sv }`, `{ $what-en }`.
                for (lang, what) in change.what.iter() {
                    d.args.push((lang.arg("what"), what.to_owned()));
                }
            }
        }
    }

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
            if !crate::LINT_IDS.contains(&s.lint.as_str()) {
                let d = self.error("lint-unknown", format!("{path}.lint"));
                d.args.push(("value", s.lint.clone()));
                d.args.push(("expected", crate::LINT_IDS.join(", ")));
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
            self.purpose_title(a, &path);
            self.people_and_data(a, &path);
            self.activity_basis(a, &path);
            let by_law =
                a.rests_on(LegalBasis::LegalObligation) || a.rests_on(LegalBasis::PublicTask);
            self.laws(p, &a.laws, &format!("{path}.laws"), by_law, "law-missing");
            self.restrictions(p, a, &path);
            self.activity_profiling(a, &path);
            self.special_condition(a, &path);
            self.identity_number(p, a, &path);
            self.requirement(a, &path);
            self.tracking_without_cookies(p, a, &path);
            self.cookie_data_without_consent(p, a, &path);
            self.balancing_test(a, &path);
            self.consent_collected_by(a, &path);
            self.retention(p, a, &path);
        }
    }

    /// Whose data and which: both required, each a known choice or own words.
    fn people_and_data(&mut self, a: &Activity, path: &str) {
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
        self.special_data_unmarked(a, path);
    }

    /// Own-words data whose words point at a special category (Art. 9(1)) but is not marked
    /// special: the policy would then give it no Art. 9(2) condition. Asked, not decided.
    fn special_data_unmarked(&mut self, a: &Activity, path: &str) {
        for (i, e) in a.data.iter().enumerate() {
            let Entry::Own(own) = e else { continue };
            if own.special {
                continue;
            }
            // Each language's message quotes that language's words where they point too.
            let sv = crate::sensitive::special_hint(&own.sv);
            let en = crate::sensitive::special_hint(&own.en);
            let Some((category, _)) = sv.clone().or_else(|| en.clone()) else {
                continue;
            };
            let word = |h: &Option<(&str, String)>, other: &Option<(&str, String)>| {
                h.as_ref()
                    .or(other.as_ref())
                    .map(|(_, w)| w.clone())
                    .unwrap_or_default()
            };
            let d = self.warning("special-data-unmarked", format!("{path}.data[{i}]"));
            d.args.push(("word-sv", word(&sv, &en)));
            d.args.push(("word-en", word(&en, &sv)));
            d.args.push(("category", category.to_owned()));
        }
    }

    /// The legal basis: one, or several each for its people; the interest for legitimate
    /// interests.
    fn activity_basis(&mut self, a: &Activity, path: &str) {
        if a.bases.is_empty() {
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
        } else {
            self.bases(a, path);
        }
    }

    /// Profiling needs its logic described.
    fn activity_profiling(&mut self, a: &Activity, path: &str) {
        if a.profiling {
            self.text(
                &a.profiling_logic,
                &format!("{path}.profiling_logic"),
                "profiling-logic-missing",
            );
        } else {
            self.translations(&a.profiling_logic, &format!("{path}.profiling_logic"));
        }
    }

    /// Special categories of data need an Art. 9(2) condition; a condition without them is
    /// a warning.
    fn special_condition(&mut self, a: &Activity, path: &str) {
        let special = a.data.iter().any(catalog::is_special_data);
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
    }

    /// Personal identity numbers need their reason; the rule cited is Swedish.
    fn identity_number(&mut self, p: &Project, a: &Activity, path: &str) {
        if let Some(j) = a.data.iter().position(|d| d.is(catalog::IDENTITY_NUMBER)) {
            self.text(
                &a.identity_number_reason,
                &format!("{path}.identity_number_reason"),
                "identity-number-reason-missing",
            );
            let country = &p.organisation.address.country;
            if country != "SE" && legal::facts().is_known_country(country) {
                self.warning("identity-number-rule-swedish", format!("{path}.data[{j}]"))
                    .args
                    .push(("country", country.clone()));
            }
        }
    }

    /// Whether the person must provide the data (Art. 13(2)(e)), and what follows if not.
    fn requirement(&mut self, a: &Activity, path: &str) {
        let from_person = a.sources.is_empty() || a.from_person;
        match a.requirement {
            Some(Requirement::None | Requirement::Reused) => {}
            Some(_) => self.text(
                &a.consequence,
                &format!("{path}.consequence"),
                "consequence-missing",
            ),
            // Under a legal obligation "voluntary" is rarely true: never assume it (Art. 13(2)(e)).
            None if from_person && a.rests_on(LegalBasis::LegalObligation) => {
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
    }

    /// Usage data collected on a website implies cookies or similar technologies.
    fn tracking_without_cookies(&mut self, p: &Project, a: &Activity, path: &str) {
        // A cookie policy of the site's own lists them there.
        if p.cookies.items.is_empty() && p.cookies.policy_url.trim().is_empty() {
            let tracking_purpose = matches!(a.purpose.as_str(), "website-analytics" | "marketing");
            for (j, d) in a.data.iter().enumerate() {
                if d.is("usage") || (d.is("technical") && tracking_purpose) {
                    self.warning("tracking-without-cookies", format!("{path}.data[{j}]"));
                }
            }
        }
    }

    /// Data read from a device through a cookie that needs consent may not be used further on
    /// legitimate interests: the consent of the cookie rule comes first (EDPB Guidelines
    /// 8/2020 on targeting; 2/2023 on Art. 5(3) ePrivacy). The project does not link cookies to
    /// purposes, so a tracking purpose or usage data beside such cookies is enough to ask.
    fn cookie_data_without_consent(&mut self, p: &Project, a: &Activity, path: &str) {
        let consent_cookies = p
            .cookies
            .items
            .iter()
            .any(|c| c.category != crate::CookieCategory::Necessary);
        let bases = a.legal_bases();
        let tracking = matches!(a.purpose.as_str(), "website-analytics" | "marketing")
            || a.data.iter().any(|d| d.is("usage"));
        if consent_cookies
            && tracking
            && bases.contains(&LegalBasis::LegitimateInterests)
            && !bases.contains(&LegalBasis::Consent)
        {
            let at = if a.bases.is_empty() {
                format!("{path}.legal_basis")
            } else {
                format!("{path}.bases")
            };
            self.warning("cookie-data-needs-consent", at);
        }
    }

    /// The laws an answer rests on (Art. 6(3), 22(2)(b)): each known or in own words; where the
    /// answer needs one (`needed`), its absence is a warning, and so is naming only laws that
    /// are not a member state's for an organisation outside the EEA, since only Union or
    /// member-state law counts under the GDPR.
    fn laws(
        &mut self,
        p: &Project,
        laws: &[Entry],
        path: &str,
        needed: bool,
        missing: &'static str,
    ) {
        self.entries(laws, path, catalog::kind::LAW, |id| {
            legal::facts().statute(id).is_some()
        });
        if !needed {
            return;
        }
        let home = &p.organisation.address.country;
        if laws.is_empty() {
            self.warning(missing, path);
        } else if !legal::facts().is_eea(home)
            && !laws.iter().any(|l| matches!(l, Entry::Catalog(_)))
        {
            self.warning("law-outside-eu", path)
                .args
                .push(("country", home.clone()));
        }
    }

    /// Restrictions on rights are Swedish law: each must be known, and cited only for a
    /// Swedish organisation (elsewhere the policy leaves them out, and says so here).
    fn restrictions(&mut self, p: &Project, a: &Activity, path: &str) {
        for (i, r) in a.restrictions.iter().enumerate() {
            let here = format!("{path}.restrictions[{i}]");
            let known = catalog::restriction_statute(r).is_some();
            self.choice(known, catalog::kind::RESTRICTION, r, &here);
            if known && p.organisation.address.country != "SE" {
                self.warning("restriction-swedish", here);
            }
        }
    }

    /// Legitimate interests without a recorded balancing test: the policy then does not claim
    /// one, and the user is asked to make it (Art. 6(1)(f), accountability of Art. 5(2)).
    fn balancing_test(&mut self, a: &Activity, path: &str) {
        if a.legal_bases().contains(&LegalBasis::LegitimateInterests) && !a.balancing_test {
            self.warning("balancing-test-missing", format!("{path}.balancing_test"));
        }
    }

    /// A partner that collects consent for a purpose that does not rest on consent: the policy
    /// would not say it, so the user is told why.
    fn consent_collected_by(&mut self, a: &Activity, path: &str) {
        let here = format!("{path}.consent_collected_by");
        self.translations(&a.consent_collected_by, &here);
        if !a.consent_collected_by.is_blank() && !a.rests_on(LegalBasis::Consent) {
            self.warning("consent-collector-without-consent", here);
        }
    }

    /// How long the data is kept: a preset with what it needs.
    fn retention(&mut self, p: &Project, a: &Activity, path: &str) {
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
                let country = &p.organisation.address.country;
                let facts = legal::facts();
                if preset.id == "bookkeeping"
                    && facts.is_known_country(country)
                    && facts
                        .jurisdiction(country)
                        .is_none_or(|j| j.bookkeeping.is_none())
                {
                    self.error("retention-bookkeeping-swedish", format!("{rpath}.preset"))
                        .args
                        .push(("country", country.clone()));
                }
                if preset.takes_months && r.months.unwrap_or(0) == 0 {
                    self.error("retention-months-missing", format!("{rpath}.months"));
                }
                if preset.id == "custom" {
                    self.text(&r.text, &format!("{rpath}.text"), "retention-text-missing");
                    if r.text.iter().any(|(_, t)| is_open_ended(t)) {
                        self.warning("retention-open-ended", format!("{rpath}.text"));
                    }
                } else if preset.id == "at-least" {
                    self.text(&r.text, &format!("{rpath}.text"), "retention-end-missing");
                } else {
                    self.translations(&r.text, &format!("{rpath}.text"));
                }
                if preset.id == "until-withdrawn"
                    && a.legal_bases().iter().any(|&b| b != LegalBasis::Consent)
                {
                    self.warning(
                        "retention-withdrawn-without-consent",
                        format!("{rpath}.preset"),
                    );
                }
            }
        }
    }

    /// The purpose's heading: a catalogue purpose, a title, or (as in versions 1-3) the
    /// description of a purpose in own words; a heading long enough to be a paragraph is
    /// pointed out, with the explanation as the place for the rest.
    fn purpose_title(&mut self, a: &Activity, path: &str) {
        if a.purpose.is_empty() {
            if a.title.is_blank() {
                self.text(
                    &a.description,
                    &format!("{path}.description"),
                    "purpose-missing",
                );
            } else {
                self.translations(&a.description, &format!("{path}.description"));
            }
        } else {
            self.choice(
                catalog::is_purpose(&a.purpose),
                catalog::kind::PURPOSE,
                &a.purpose,
                &format!("{path}.purpose"),
            );
            self.translations(&a.description, &format!("{path}.description"));
        }
        self.translations(&a.title, &format!("{path}.title"));
        let (heading, at) = if !a.title.is_blank() {
            (&a.title, "title")
        } else if a.purpose.is_empty() {
            (&a.description, "description")
        } else {
            return;
        };
        for lang in Lang::all() {
            let length = heading.get(lang).trim().chars().count();
            if length > MAX_TITLE_CHARS {
                let d = self.warning("purpose-title-long", format!("{path}.{at}.{}", lang.code()));
                d.args.push(("length", length.to_string()));
                d.args.push(("max", MAX_TITLE_CHARS.to_string()));
            }
        }
    }

    /// Several legal bases: each chosen, each for some of the activity's own people, every
    /// one of them covered, and the interest given for legitimate interests.
    fn bases(&mut self, a: &Activity, path: &str) {
        if a.legal_basis.is_some() {
            self.warning("legal-basis-ignored", format!("{path}.legal_basis"));
        }
        for (j, part) in a.bases.iter().enumerate() {
            let ppath = format!("{path}.bases[{j}]");
            if part.basis.is_none() {
                self.error("required", format!("{ppath}.basis"));
            }
            if part.people.is_empty() && part.situation.is_blank() {
                self.error("required", format!("{ppath}.people"));
            }
            self.translations(&part.situation, &format!("{ppath}.situation"));
            for (k, who) in part.people.iter().enumerate() {
                if !a.people.iter().any(|p| same_entry(p, who)) {
                    self.error("basis-people-unknown", format!("{ppath}.people[{k}]"));
                }
            }
            if part.basis == Some(LegalBasis::LegitimateInterests) {
                self.text(
                    &part.legitimate_interest,
                    &format!("{ppath}.legitimate_interest"),
                    "legitimate-interest-missing",
                );
            } else {
                self.translations(
                    &part.legitimate_interest,
                    &format!("{ppath}.legitimate_interest"),
                );
            }
        }
        // A part by situation alone covers everyone.
        let for_everyone = a
            .bases
            .iter()
            .any(|part| part.people.is_empty() && !part.situation.is_blank());
        for (k, who) in a.people.iter().enumerate() {
            let covered = for_everyone
                || a.bases
                    .iter()
                    .any(|part| part.people.iter().any(|p| same_entry(p, who)));
            if !covered {
                self.error("basis-people-uncovered", format!("{path}.people[{k}]"));
            }
        }
    }

    fn recipients(&mut self, p: &Project) {
        // Recipients link to activities by id: an explicit id names one activity only.
        for (i, a) in p.activities.iter().enumerate() {
            let id = a.id.trim();
            if !id.is_empty() && p.activities[..i].iter().any(|b| b.id.trim() == id) {
                self.error("activity-id-repeated", format!("activities[{i}].id"))
                    .args
                    .push(("value", id.to_owned()));
            }
        }
        let ids: Vec<&str> = p
            .activities
            .iter()
            .map(|a| a.link_id())
            .filter(|id| !id.is_empty())
            .collect();
        let mut listed: Vec<&str> = Vec::with_capacity(ids.len());
        for id in &ids {
            if !listed.contains(id) {
                listed.push(id);
            }
        }
        for (i, r) in p.recipients.iter().enumerate() {
            let path = format!("recipients[{i}]");
            self.text(&r.name, &format!("{path}.name"), "required");
            self.text(&r.purpose, &format!("{path}.purpose"), "required");
            let locations = r.locations();
            for (j, (sub, place)) in locations.iter().enumerate() {
                let here = if sub.is_empty() {
                    path.clone()
                } else {
                    format!("{path}.{sub}")
                };
                if locations[..j]
                    .iter()
                    .any(|(_, l)| l.country == place.country)
                    && !place.country.is_empty()
                {
                    self.error("recipient-country-repeated", format!("{here}.country"))
                        .args
                        .push(("country", place.country.clone()));
                    continue;
                }
                self.location(place, &here);
                if p.organisation.address.country == "GB" {
                    self.uk_location(place, &here);
                }
            }
            if r.kind == RecipientKind::JointController {
                self.text(
                    &r.joint_essence,
                    &format!("{path}.joint_essence"),
                    "joint-essence-missing",
                );
                self.translations(&r.joint_contact, &format!("{path}.joint_contact"));
            }
            // A disclosure may be voluntary: the law is named where one requires it.
            self.laws(p, &r.laws, &format!("{path}.laws"), false, "law-missing");
            for (j, link) in r.activities.iter().enumerate() {
                let lpath = format!("{path}.activities[{j}]");
                match ids.iter().filter(|id| **id == link.trim()).count() {
                    1 => {}
                    0 => {
                        let d = self.error("recipient-activity-unknown", lpath);
                        d.args.push(("value", link.clone()));
                        d.args.push(("expected", listed.join(", ")));
                    }
                    _ => {
                        self.error("recipient-activity-ambiguous", lpath)
                            .args
                            .push(("value", link.clone()));
                    }
                }
            }
        }
    }

    /// One country of a recipient and the safeguard of its transfer; `path` is the recipient's
    /// path or that of one of its `other_countries`.
    fn location(&mut self, r: &Location, path: &str) {
        let facts = legal::facts();
        let varies = r.country == COUNTRIES_VARY;
        if !varies {
            self.country(&r.country, &format!("{path}.country"));
            if r.country.is_empty() || !facts.is_known_country(&r.country) {
                return;
            }
        }
        let spath = format!("{path}.safeguard");
        // Countries that vary may lie outside the EEA: a transfer, whatever else they are.
        let outside = varies || !facts.is_eea(&r.country);
        let derogation_ok = r
            .varies_how
            .is_some_and(crate::VariesHow::allows_derogation);
        match r.safeguard {
            None if varies => {
                self.error("countries-vary-safeguard", spath);
            }
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
            // An adequacy decision or the DPF covers named countries only, and an Art. 49
            // derogation a specific, occasional transfer the person can be told about: the
            // country the person chooses, or wherever the law requires a disclosure.
            Some(Safeguard::Adequacy | Safeguard::DataPrivacyFramework | Safeguard::Derogation)
                if varies && !(r.safeguard == Some(Safeguard::Derogation) && derogation_ok) =>
            {
                self.error("countries-vary-safeguard", spath);
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
        if r.safeguard == Some(Safeguard::DataPrivacyFramework) && outside && !varies {
            self.dpf_fallback(r, path);
        }
    }

    /// The safeguard that takes over from the Data Privacy Framework. Like other follow-up
    /// answers, a fallback kept while another safeguard is chosen is ignored (the app keeps
    /// hidden answers so that switching back restores them).
    fn dpf_fallback(&mut self, r: &Location, path: &str) {
        let fpath = format!("{path}.dpf_fallback");
        match r.dpf_fallback {
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

    /// For an organisation established in the UK, a transfer out of the UK needs a safeguard
    /// under the UK GDPR unless UK adequacy regulations cover the country (the EU's tools
    /// alone do not do under UK law).
    fn uk_location(&mut self, r: &Location, path: &str) {
        let facts = legal::facts();
        let upath = format!("{path}.uk_safeguard");
        let known = r.country == COUNTRIES_VARY || facts.is_known_country(&r.country);
        if !known {
            return;
        }
        let covered = r.country == "GB" || facts.uk_adequacy(&r.country).is_some();
        match r.uk_safeguard {
            None if !covered => {
                self.warning("uk-safeguard-missing", upath)
                    .args
                    .push(("country", r.country.clone()));
            }
            None => {}
            Some(_) if covered => {
                self.warning("uk-safeguard-not-needed", upath)
                    .args
                    .push(("country", r.country.clone()));
            }
            Some(crate::UkSafeguard::UkExtension) if r.country != "US" => {
                self.error("uk-extension-not-us", upath);
            }
            Some(crate::UkSafeguard::Derogation) if r.derogation.is_none() => {
                self.error("derogation-missing", format!("{path}.derogation"));
            }
            Some(_) => {}
        }
    }

    /// An advertiser's pixel on the website of an organisation that uses data concerning
    /// health: what a visitor views or buys can reveal their health to the advertiser (IMY's
    /// fines of Apoteket and Apohem, 2024).
    fn pixels_with_health_data(&mut self, p: &Project) {
        let health = p.activities.iter().flat_map(|a| &a.data).any(|d| match d {
            Entry::Catalog(id) => id == "health" || id == "patient-records",
            Entry::Own(own) => [&own.sv, &own.en]
                .iter()
                .any(|t| crate::sensitive::special_hint(t).is_some_and(|(c, _)| c == "health")),
        });
        if !health {
            return;
        }
        for (i, k) in p.cookies.items.iter().enumerate() {
            if crate::sensitive::is_ad_pixel(&k.name, &k.provider) {
                self.warning("pixel-with-health-data", format!("cookies.items[{i}]"))
                    .args
                    .push(("provider", k.provider.clone()));
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
        self.pixels_with_health_data(p);
        self.url(&c.policy_url, "cookies.policy_url");
        let needs_consent = c
            .items
            .iter()
            .any(|k| k.category != crate::CookieCategory::Necessary);
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

    /// An age limit ("not for people under 18") and what happens to data about someone
    /// younger; it must not contradict a service aimed at children.
    fn age_limit(&mut self, p: &Project) {
        let c = &p.children;
        // The age of a child's own consent that the policy states (Art. 8), where it is known.
        let country = &p.organisation.address.country;
        let consent_age = legal::facts()
            .jurisdiction(country)
            .and_then(|j| j.child_consent_age);
        let Some(age) = c.minimum_age else {
            self.translations(&c.younger_found, "children.younger_found");
            return;
        };
        if !(1..=MAX_AGE_LIMIT).contains(&age) {
            self.error("age-limit-invalid", "children.minimum_age")
                .args
                .push(("age", age.to_string()));
            return;
        }
        self.text(
            &c.younger_found,
            "children.younger_found",
            "younger-found-missing",
        );
        if c.addressed && age >= ADULT_AGE {
            self.error("age-limit-excludes-children", "children.minimum_age")
                .args
                .push(("age", age.to_string()));
        } else if let Some(consent) =
            consent_age.filter(|&a| c.addressed && c.online_service == Some(true) && age > a)
        {
            let d = self.warning("age-limit-above-consent-age", "children.minimum_age");
            d.args.push(("age", age.to_string()));
            d.args.push(("consent", consent.to_string()));
        }
    }

    /// How a child's consent is given matters only where some purpose asks for consent: Art. 8
    /// applies to consent alone, and a guardian's consent to care or a trip is no consent under
    /// the GDPR. Elsewhere the policy says nothing of it, and the user is told why.
    fn children_consent(&mut self, p: &Project) {
        let c = &p.children;
        if !c.addressed {
            return;
        }
        if p.activities.iter().any(Activity::asks_consent) {
            self.text(
                &c.guardian_consent,
                "children.guardian_consent",
                "guardian-consent-missing",
            );
            return;
        }
        self.translations(&c.guardian_consent, "children.guardian_consent");
        if c.online_service == Some(true) {
            self.warning("children-consent-unused", "children.online_service");
        }
        if !c.guardian_consent.is_blank() {
            self.warning("children-consent-unused", "children.guardian_consent");
        }
    }

    fn other(&mut self, p: &Project) {
        // A file from before version 4 never asked; a guess either way states the wrong rule.
        if p.children.addressed && p.children.online_service.is_none() {
            self.warning("online-service-unanswered", "children.online_service");
        }
        self.children_consent(p);
        self.age_limit(p);
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
        let by_law = ad.used && ad.ground == Some(crate::DecisionGround::Law);
        self.laws(
            p,
            &ad.laws,
            "automated_decisions.laws",
            by_law,
            "decision-law-missing",
        );
        // Profiling stated per purpose describes itself there; the general description is
        // then an addition, not required.
        if ad.profiling && !p.activities.iter().any(|a| a.profiling) {
            self.text(
                &ad.profiling_description,
                "automated_decisions.profiling_description",
                "required",
            );
        } else {
            self.translations(
                &ad.profiling_description,
                "automated_decisions.profiling_description",
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
        self.authority(p);
    }

    /// The authority named for complaints: one the project names (by a known country, or by
    /// its details), or the default, which must exist where the law decides it.
    fn authority(&mut self, p: &Project) {
        let facts = legal::facts();
        let known = || {
            facts
                .jurisdictions
                .iter()
                .filter(|j| j.authority.is_some())
                .map(|j| j.country.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match &p.authority {
            Some(a) if !a.country.is_empty() => {
                if facts.authority_of(&a.country).is_none() {
                    let d = self.error("authority-unknown", "authority.country");
                    d.args.push(("value", a.country.clone()));
                    d.args.push(("known", known()));
                }
                let details = !a.name.is_blank()
                    || [&a.address, &a.website, &a.email, &a.phone]
                        .iter()
                        .any(|v| !v.trim().is_empty());
                if details {
                    self.error("authority-country-and-details", "authority.country");
                }
            }
            Some(a) => {
                self.text(&a.name, "authority.name", "required");
                self.required(&a.address, "authority.address");
                self.url(&a.website, "authority.website");
                self.email(&a.email, "authority.email");
            }
            None => {
                let o = &p.organisation;
                let home = o.address.country.as_str();
                // Where the default authority is decided by a country policywright does not
                // know, the project must name it.
                let decided_by = if facts.is_eea(home) {
                    Some(home)
                } else {
                    o.eu_representative
                        .as_ref()
                        .map(|r| r.address.country.as_str())
                        .filter(|c| facts.is_eea(c))
                };
                if let Some(country) = decided_by.filter(|c| facts.authority_of(c).is_none()) {
                    let d = self.error("authority-needed", "authority");
                    d.args.push(("country", country.to_owned()));
                    d.args.push(("known", known()));
                }
            }
        }
    }
}

/// The longest heading of a purpose, in characters, that reads as a heading; a longer one is
/// pointed out (`purpose-title-long`), with the explanation as the place for the rest.
pub const MAX_TITLE_CHARS: usize = 80;

/// The longest organisation name that reads as a name (the longest Swedish company names are
/// about 100 characters): a longer one is most likely pasted text, and is pointed out
/// (`name-long`).
pub const MAX_NAME_CHARS: usize = 120;

/// The age of majority in Sweden (föräldrabalken 9 kap. 1 §): an age limit this high leaves no
/// children among the users.
pub const ADULT_AGE: u32 = 18;

/// The highest age limit taken as meant (a larger number is a typing error).
pub const MAX_AGE_LIMIT: u32 = 99;

/// The same entry of a list answer: the same catalogue id, or own words with the same text.
pub fn same_entry(a: &Entry, b: &Entry) -> bool {
    match (a, b) {
        (Entry::Catalog(x), Entry::Catalog(y)) => x == y,
        (Entry::Own(x), Entry::Own(y)) => x.sv.trim() == y.sv.trim() && x.en.trim() == y.en.trim(),
        _ => false,
    }
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
/// The organisation's registration number by its own country's rule: the Swedish
/// organisationsnummer, the Finnish Y-tunnus, the Danish CVR number, the Norwegian
/// organisasjonsnummer and the UK company number; any other country's number is taken as
/// written. The error is a diagnostic code.
pub fn check_business_id(country: &str, value: &str) -> Result<(), &'static str> {
    let v = value.trim();
    let digits = |s: &str| -> Vec<u32> { s.chars().filter_map(|c| c.to_digit(10)).collect() };
    match country {
        "SE" => check_org_number(v),
        // NNNNNNN-C: weights 7 9 10 5 8 4 2, check = 11 - sum mod 11 (0 for 0; 1 is never
        // issued).
        "FI" => {
            let d = digits(v);
            let shaped = v.len() == 9 && v.as_bytes()[7] == b'-' && d.len() == 8;
            if !shaped {
                return Err("fi-business-id-format");
            }
            let sum: u32 = d[..7]
                .iter()
                .zip([7, 9, 10, 5, 8, 4, 2])
                .map(|(a, w)| a * w)
                .sum();
            let check = match sum % 11 {
                0 => Some(0),
                1 => None,
                r => Some(11 - r),
            };
            (check == Some(d[7]))
                .then_some(())
                .ok_or("fi-business-id-checksum")
        }
        // Eight digits, not starting with 0, weights 2 7 6 5 4 3 2 1 summing to a multiple of 11.
        "DK" => {
            let d = digits(v);
            if d.len() != 8 || v.len() != 8 || d[0] == 0 {
                return Err("dk-cvr-format");
            }
            let sum: u32 = d
                .iter()
                .zip([2, 7, 6, 5, 4, 3, 2, 1])
                .map(|(a, w)| a * w)
                .sum();
            sum.is_multiple_of(11)
                .then_some(())
                .ok_or("dk-cvr-checksum")
        }
        // Nine digits (spaces allowed as written: "923 609 016"), weights 3 2 7 6 5 4 3 2,
        // check = 11 - sum mod 11 (0 for 11; 10 is never issued).
        "NO" => {
            let d = digits(v);
            let shaped = v.chars().all(|c| c.is_ascii_digit() || c == ' ') && d.len() == 9;
            if !shaped {
                return Err("no-orgnr-format");
            }
            let sum: u32 = d[..8]
                .iter()
                .zip([3, 2, 7, 6, 5, 4, 3, 2])
                .map(|(a, w)| a * w)
                .sum();
            let check = match 11 - sum % 11 {
                11 => Some(0),
                10 => None,
                c => Some(c),
            };
            (check == Some(d[8]))
                .then_some(())
                .ok_or("no-orgnr-checksum")
        }
        // Eight characters: eight digits, or a prefix of letters (SC, NI, OC, …) and digits.
        // Companies House gives no check digit.
        "GB" => {
            let letters = v.chars().take_while(|c| c.is_ascii_uppercase()).count();
            let ok =
                v.len() == 8 && letters <= 2 && v.chars().skip(letters).all(|c| c.is_ascii_digit());
            ok.then_some(()).ok_or("uk-company-number-format")
        }
        _ => Ok(()),
    }
}

/// The Swedish organisationsnummer: ten digits (NNNNNN-NNNN), the last a Luhn check digit.
/// Whether a well-formed Swedish number is a personal identity number (its third and fourth
/// digits a month, 01–12) rather than an organisation number (whose third digit is at least
/// 2, Skatteverket's rule for organisationsnummer).
pub fn is_personal_identity_number(value: &str) -> bool {
    let digits: Vec<u32> = value.chars().filter_map(|c| c.to_digit(10)).collect();
    check_org_number(value).is_ok() && (1..=12).contains(&(digits[2] * 10 + digits[3]))
}

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
    fn business_ids_of_each_country() {
        assert_eq!(check_business_id("SE", "556036-0793"), Ok(()));
        assert_eq!(check_business_id("FI", "2845173-5"), Ok(()));
        assert_eq!(check_business_id("FI", "0112038-9"), Ok(()));
        assert_eq!(
            check_business_id("FI", "2845173-4"),
            Err("fi-business-id-checksum")
        );
        assert_eq!(
            check_business_id("FI", "28451735"),
            Err("fi-business-id-format")
        );
        assert_eq!(check_business_id("DK", "13585628"), Ok(()));
        assert_eq!(check_business_id("DK", "13585627"), Err("dk-cvr-checksum"));
        assert_eq!(check_business_id("DK", "1358562"), Err("dk-cvr-format"));
        assert_eq!(check_business_id("NO", "923609016"), Ok(()));
        assert_eq!(check_business_id("NO", "923 609 016"), Ok(()));
        assert_eq!(
            check_business_id("NO", "923609017"),
            Err("no-orgnr-checksum")
        );
        assert_eq!(check_business_id("NO", "92360901"), Err("no-orgnr-format"));
        assert_eq!(check_business_id("GB", "01234567"), Ok(()));
        assert_eq!(check_business_id("GB", "SC123456"), Ok(()));
        assert_eq!(
            check_business_id("GB", "SC12345"),
            Err("uk-company-number-format")
        );
        assert_eq!(
            check_business_id("GB", "2845173-5"),
            Err("uk-company-number-format")
        );
        assert_eq!(check_business_id("DE", "HRB 12345"), Ok(()));
    }

    #[test]
    fn a_personal_identity_number_is_told_from_an_organisation_number() {
        assert!(is_personal_identity_number("811218-9876"));
        assert!(!is_personal_identity_number("556036-0793"));
        assert!(
            !is_personal_identity_number("811218-9877"),
            "not Luhn-valid: no number at all"
        );
    }

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
