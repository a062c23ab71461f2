//! The website's cookie banner (`render --format consent`): a folder a web developer drops into
//! the site, with orestbida/cookieconsent (its files copied in, so nothing loads from another
//! server) configured from the policy's own cookie table, in every published language.
//!
//! The settings are the policy's data ([`crate::policy_data`]): the same cookies, providers,
//! purposes, categories and lifetimes in the same words. `revision` follows the published
//! versions' cookie sections, so visitors are asked again exactly when a version changed them.

use crate::{policy_data, Cookie, PolicyData};
use policywright_document::render::{capitalise, html_escape};
use policywright_document::sections::sections;
use policywright_project::catalog::kind;
use policywright_project::i18n::{self, I18nError};
use policywright_project::lang::Lang;
use policywright_project::Project;
use serde::Serialize;
use std::collections::BTreeMap;

/// The cookieconsent release copied into the folder (assets/cookieconsent/, the npm package
/// vanilla-cookieconsent pinned in ui/package-lock.json; a test keeps them the same).
pub const LIBRARY_VERSION: &str = "3.1.0";
const LIBRARY_JS: &[u8] = include_bytes!("../../../assets/cookieconsent/cookieconsent.umd.js");
const LIBRARY_CSS: &[u8] = include_bytes!("../../../assets/cookieconsent/cookieconsent.css");
const LIBRARY_LICENSE: &[u8] = include_bytes!("../../../assets/cookieconsent/LICENSE");
/// policywright's additions to the library's styles (assets/consent.css).
const OWN_CSS: &[u8] = include_bytes!("../../../assets/consent.css");

/// The folder's name in the export folder; head.html loads its files from `/consent/`.
pub const FOLDER: &str = "consent";

/// The cookie cookieconsent keeps the visitor's choice in, and for how long.
pub const CHOICE_COOKIE: &str = "cc_cookie";
pub const CHOICE_DAYS: u32 = 182;

/// The categories in the order the banner lists them; `necessary` is always on.
const CATEGORIES: [&str; 4] = ["necessary", "preferences", "statistics", "marketing"];

/// Marks around the settings in consent.js, so a tool (and the tests) can read them back.
pub const SETTINGS_START: &str = "/* policywright-settings */";
pub const SETTINGS_END: &str = "/* end-policywright-settings */";

/// The banner's files (paths inside the folder) and warnings about them.
pub struct Banner {
    pub files: Vec<(String, Vec<u8>)>,
    pub warnings: Vec<String>,
}

/// The banner folder for a project whose Markdown in each published language is `docs` (the
/// draft's, rendered for the export: its cookie section decides the revision).
pub fn consent_banner(p: &Project, docs: &[(Lang, &str)]) -> Result<Banner, I18nError> {
    let data = policy_data(p)?;
    let web: Vec<&Cookie> = data
        .cookies
        .iter()
        .filter(|c| c.technology.id.as_deref() != Some("sdk"))
        .collect();
    let google = web.iter().any(|c| is_google(c));
    let revision = revision(p, docs);
    let settings = settings(&data, &web, revision, google)?;
    let script = consent_js(&data, &settings);
    let mut warnings = Vec::new();
    if !web.iter().any(|c| c.name == CHOICE_COOKIE) {
        warnings.push(format!(
            "the banner keeps the visitor's choice in the cookie {CHOICE_COOKIE} ({CHOICE_DAYS} days, necessary): add it to the cookie table so that the policy lists it"
        ));
    }
    if data.url.is_none() {
        warnings.push(
            "policy.url is not set: the banner links to #cookies on the page it is shown on"
                .to_owned(),
        );
    }
    // The configuration first: the warnings are about it.
    let files = vec![
        ("consent.js".to_owned(), script.into_bytes()),
        ("head.html".to_owned(), head_html(google).into_bytes()),
        (
            "README.md".to_owned(),
            readme(&data, revision, google)?.into_bytes(),
        ),
        ("cookieconsent.umd.js".to_owned(), LIBRARY_JS.to_vec()),
        ("cookieconsent.css".to_owned(), LIBRARY_CSS.to_vec()),
        ("consent.css".to_owned(), OWN_CSS.to_vec()),
        ("LICENSE.cookieconsent".to_owned(), LIBRARY_LICENSE.to_vec()),
    ];
    Ok(Banner { files, warnings })
}

/// A cookie of Google's: Consent Mode v2 then applies (Analytics, Ads, Tag Manager).
fn is_google(c: &Cookie) -> bool {
    c.service
        .as_deref()
        .is_some_and(|s| s.starts_with("google-"))
        || c.provider.to_lowercase().contains("google")
}

/// 1, plus one for every published version (and the draft) whose cookie section differs from
/// the version before it.
pub fn revision(p: &Project, docs: &[(Lang, &str)]) -> u32 {
    let Some(&(lang, draft)) = docs.first() else {
        return 1;
    };
    let recorded = p
        .history
        .iter()
        .map(|h| h.markdown.get(lang))
        .filter(|md| !md.is_empty());
    let mut revision = 1;
    let mut last: Option<String> = None;
    for md in recorded.chain(std::iter::once(draft)) {
        let body = cookie_section(md);
        if last.as_ref().is_some_and(|l| *l != body) {
            revision += 1;
        }
        last = Some(body);
    }
    revision
}

fn cookie_section(markdown: &str) -> String {
    sections(markdown)
        .iter()
        .find(|s| s.id == "cookies")
        .map(|s| s.normalized_body())
        .unwrap_or_default()
}

/// A cookie's name as a pattern for clearing it: `_ga_<container-id>` stands for any text in
/// place of `<…>`.
pub fn name_pattern(name: &str) -> String {
    let mut out = String::from("^");
    let mut rest = name;
    while let Some(start) = rest.find('<') {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        out.push_str(&regex_escape(&rest[..start]));
        out.push_str(".+");
        rest = &rest[start + len + 1..];
    }
    out.push_str(&regex_escape(rest));
    out.push('$');
    out
}

fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\^$.|?*+()[]{}/".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn message(lang: Lang, id: &str, args: &[(&str, &str)]) -> Result<String, I18nError> {
    i18n::message(lang, id, args)
}

/// "statistik, inställningar och marknadsföring": names joined as a sentence lists them.
fn join(lang: Lang, names: &[String]) -> Result<String, I18nError> {
    Ok(match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!(
            "{} {} {last}",
            rest.join(", "),
            message(lang, "list-and", &[])?
        ),
    })
}

/// The settings consent.js turns into cookieconsent's configuration (field order is the
/// order cookieconsent shows a table's columns in).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Settings {
    revision: u32,
    google: bool,
    choice_cookie: &'static str,
    choice_days: u32,
    default_language: String,
    categories: BTreeMap<&'static str, Category>,
    translations: BTreeMap<String, Translation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Category {
    enabled: bool,
    read_only: bool,
    /// Cookie names to clear when the category is refused, as regular expressions.
    clear: Vec<Pattern>,
}

#[derive(Serialize)]
struct Pattern {
    pattern: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Translation {
    consent_modal: ConsentModal,
    preferences_modal: PreferencesModal,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ConsentModal {
    title: String,
    description: String,
    accept_all_btn: String,
    accept_necessary_btn: String,
    show_preferences_btn: String,
    footer: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PreferencesModal {
    title: String,
    accept_all_btn: String,
    accept_necessary_btn: String,
    save_preferences_btn: String,
    close_icon_label: String,
    service_counter_label: String,
    sections: Vec<Section>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Section {
    title: String,
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    linked_category: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cookie_table: Option<CookieTable>,
}

#[derive(Serialize)]
struct CookieTable {
    caption: String,
    headers: Row,
    body: Vec<Row>,
}

/// A row of a cookie table (and its headers), in the policy table's order of columns.
#[derive(Serialize)]
struct Row {
    name: String,
    provider: String,
    purpose: String,
    lifetime: String,
}

fn settings(
    data: &PolicyData,
    web: &[&Cookie],
    revision: u32,
    google: bool,
) -> Result<Settings, I18nError> {
    let used: Vec<&'static str> = CATEGORIES
        .into_iter()
        .filter(|&id| id == "necessary" || web.iter().any(|c| c.category.id.as_deref() == Some(id)))
        .collect();
    let categories = used
        .iter()
        .map(|&id| {
            let necessary = id == "necessary";
            let clear = web
                .iter()
                .filter(|c| !necessary && c.category.id.as_deref() == Some(id))
                .filter(|c| c.technology.id.as_deref() == Some("cookie"))
                .map(|c| Pattern {
                    pattern: name_pattern(&c.name),
                })
                .collect();
            let category = Category {
                enabled: necessary,
                read_only: necessary,
                clear,
            };
            (id, category)
        })
        .collect();
    let mut translations = BTreeMap::new();
    for code in &data.languages {
        let lang: Lang = code.parse().expect("a published language");
        translations.insert(code.clone(), translation(data, web, &used, lang)?);
    }
    Ok(Settings {
        revision,
        google,
        choice_cookie: CHOICE_COOKIE,
        choice_days: CHOICE_DAYS,
        default_language: data.prevailing_language.clone(),
        categories,
        translations,
    })
}

/// The link to the policy's cookie section.
fn policy_link(data: &PolicyData, lang: Lang) -> Result<String, I18nError> {
    let href = match &data.url {
        Some(url) => format!("{}#cookies", url.split('#').next().unwrap_or(url)),
        None => "#cookies".to_owned(),
    };
    Ok(format!(
        "<a href=\"{}\">{}</a>",
        html_escape(&href),
        html_escape(&message(lang, "consent-policy-link", &[])?)
    ))
}

/// The sentence of the consent modal: the categories that need consent, or none.
fn description(lang: Lang, used: &[&str]) -> Result<String, I18nError> {
    let optional: Vec<String> = used
        .iter()
        .filter(|&&id| id != "necessary")
        .map(|id| i18n::name(lang, kind::COOKIE_CATEGORY, id))
        .collect();
    let text = if optional.is_empty() {
        message(lang, "consent-description-necessary", &[])?
    } else {
        let list = join(lang, &optional)?;
        message(lang, "consent-description", &[("categories", &list)])?
    };
    Ok(html_escape(&text))
}

/// A category's section of the preferences modal, with its cookie table.
fn category_section(id: &'static str, web: &[&Cookie], lang: Lang) -> Result<Section, I18nError> {
    let m = |id: &str| message(lang, id, &[]).map(|t| html_escape(&t));
    let code = lang.code();
    let name = i18n::name(lang, kind::COOKIE_CATEGORY, id);
    let body = web
        .iter()
        .filter(|c| c.category.id.as_deref() == Some(id))
        .map(|c| Row {
            name: html_escape(&c.name),
            provider: html_escape(&c.provider),
            purpose: html_escape(&c.purpose[code]),
            lifetime: html_escape(&capitalise(&c.lifetime.text[code])),
        })
        .collect();
    let caption = message(lang, "consent-table-caption", &[("category", &name)])?;
    Ok(Section {
        title: html_escape(&capitalise(&name)),
        description: m(&format!("consent-category-{id}"))?,
        linked_category: Some(id),
        cookie_table: Some(CookieTable {
            caption: html_escape(&caption),
            headers: Row {
                name: m("consent-column-name")?,
                provider: m("consent-column-provider")?,
                purpose: m("consent-column-purpose")?,
                lifetime: m("consent-column-lifetime")?,
            },
            body,
        }),
    })
}

/// One language's texts: the consent modal, and the preferences modal with a section per
/// category holding its cookie table.
fn translation(
    data: &PolicyData,
    web: &[&Cookie],
    used: &[&'static str],
    lang: Lang,
) -> Result<Translation, I18nError> {
    let m = |id: &str| message(lang, id, &[]).map(|t| html_escape(&t));
    let link = policy_link(data, lang)?;
    let mut sections = vec![Section {
        title: m("consent-intro-title")?,
        description: m("consent-intro")?,
        linked_category: None,
        cookie_table: None,
    }];
    for &id in used {
        sections.push(category_section(id, web, lang)?);
    }
    sections.push(Section {
        title: m("consent-more-title")?,
        description: message(lang, "consent-more", &[("link", &link)])?,
        linked_category: None,
        cookie_table: None,
    });
    Ok(Translation {
        consent_modal: ConsentModal {
            title: m("consent-title")?,
            description: description(lang, used)?,
            accept_all_btn: m("consent-accept-all")?,
            accept_necessary_btn: m("consent-accept-necessary")?,
            show_preferences_btn: m("consent-show-preferences")?,
            footer: link,
        },
        preferences_modal: PreferencesModal {
            title: m("consent-preferences-title")?,
            accept_all_btn: m("consent-accept-all")?,
            accept_necessary_btn: m("consent-accept-necessary")?,
            save_preferences_btn: m("consent-save")?,
            close_icon_label: m("consent-close")?,
            service_counter_label: m("consent-service-counter")?,
            sections,
        },
    })
}

/// consent.js: the settings, and the few lines that hand them to cookieconsent.
fn consent_js(data: &PolicyData, settings: &Settings) -> String {
    let settings = serde_json::to_string_pretty(settings).expect("settings serialise to JSON");
    let version = data
        .version
        .as_deref()
        .or(data.changed_since.as_deref())
        .unwrap_or("");
    format!(
        "// Cookie banner for {org}, made by policywright from the privacy policy (version {version}).\n\
         // The settings say what the policy says: export the banner again when the policy changes.\n\
         (function () {{\n  \"use strict\";\n  var settings = {SETTINGS_START} {settings} {SETTINGS_END};\n{RUN_JS}}})();\n",
        org = data.controller.name.replace(['\n', '\r'], " "),
    )
}

/// Hands the settings to cookieconsent: cookie names to clear become regular expressions, and
/// Google Consent Mode follows the visitor's choice.
const RUN_JS: &str = r#"  var categories = {};
  Object.keys(settings.categories).forEach(function (id) {
    var c = settings.categories[id];
    categories[id] = { enabled: c.enabled, readOnly: c.readOnly };
    if (c.clear.length) {
      categories[id].autoClear = {
        cookies: c.clear.map(function (k) { return { name: new RegExp(k.pattern) }; })
      };
    }
  });
  function updateGoogleConsent() {
    if (!settings.google || typeof window.gtag !== "function") return;
    var state = function (id) { return CookieConsent.acceptedCategory(id) ? "granted" : "denied"; };
    window.gtag("consent", "update", {
      analytics_storage: state("statistics"),
      ad_storage: state("marketing"),
      ad_user_data: state("marketing"),
      ad_personalization: state("marketing")
    });
  }
  CookieConsent.run({
    revision: settings.revision,
    categories: categories,
    cookie: { name: settings.choiceCookie, expiresAfterDays: settings.choiceDays },
    guiOptions: {
      consentModal: { layout: "box", position: "bottom right", equalWeightButtons: true },
      preferencesModal: { layout: "box", equalWeightButtons: true }
    },
    language: {
      default: settings.defaultLanguage,
      autoDetect: "document",
      translations: settings.translations
    },
    onConsent: updateGoogleConsent,
    onChange: updateGoogleConsent
  });
"#;

/// What the site's `<head>` gets: the styles, Consent Mode's defaults (with Google's
/// services), the library and the settings.
fn head_html(google: bool) -> String {
    let mut out = String::from(
        "<!-- Cookie banner (policywright): paste into <head>, before any script that sets cookies. -->\n\
         <link rel=\"stylesheet\" href=\"/consent/cookieconsent.css\">\n\
         <link rel=\"stylesheet\" href=\"/consent/consent.css\">\n",
    );
    if google {
        out.push_str(
            "<script>\n  // Google Consent Mode v2: everything denied until the visitor chooses.\n  \
             window.dataLayer = window.dataLayer || [];\n  \
             function gtag() { dataLayer.push(arguments); }\n  \
             gtag(\"consent\", \"default\", {\n    ad_storage: \"denied\",\n    ad_user_data: \"denied\",\n    \
             ad_personalization: \"denied\",\n    analytics_storage: \"denied\"\n  });\n</script>\n",
        );
    }
    out.push_str(
        "<script defer src=\"/consent/cookieconsent.umd.js\"></script>\n\
         <script defer src=\"/consent/consent.js\"></script>\n",
    );
    out
}

/// README.md: how to put the banner on the site, in every published language.
fn readme(data: &PolicyData, revision: u32, google: bool) -> Result<String, I18nError> {
    let mut out = String::new();
    let version = data
        .version
        .as_deref()
        .or(data.changed_since.as_deref())
        .unwrap_or("");
    let categories: Vec<&str> = CATEGORIES[1..].to_vec();
    for code in &data.languages {
        let lang: Lang = code.parse().expect("a published language");
        let default = i18n::name(lang, kind::LANGUAGE, &data.prevailing_language);
        let m = |id: &str, args: &[(&str, &str)]| message(lang, id, args);
        let rev = revision.to_string();
        out.push_str(&format!(
            "# {}\n\n{}\n\n## {}\n\n",
            m("consent-readme-title", &[("org", &data.controller.name)])?,
            m(
                "consent-readme-intro",
                &[("version", version), ("library", LIBRARY_VERSION)]
            )?,
            m("consent-readme-steps", &[])?,
        ));
        let steps = [
            m("consent-readme-step-copy", &[])?,
            m("consent-readme-step-head", &[])?,
            m("consent-readme-step-lang", &[("default", &default)])?,
            m(
                "consent-readme-step-scripts",
                &[("categories", &categories.join(", "))],
            )?,
            m("consent-readme-step-link", &[])?,
        ];
        for (i, step) in steps.iter().enumerate() {
            out.push_str(&format!("{}. {step}\n", i + 1));
        }
        out.push('\n');
        if google {
            out.push_str(&m("consent-readme-google", &[])?);
            out.push_str("\n\n");
        }
        out.push_str(&m("consent-readme-revision", &[("revision", &rev)])?);
        out.push_str("\n\n");
        if data.url.is_none() {
            out.push_str(&m("consent-readme-no-url", &[])?);
            out.push_str("\n\n");
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    Ok(out)
}
