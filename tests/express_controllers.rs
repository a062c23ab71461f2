//! Issue 13, part D: controllers outside Sweden, and the checker that finds out-of-date
//! citations however they are written and wherever they are typed.

mod common;
use common::both;
use policywright::document::render::{self, renderer};
use policywright::review::lint;
use policywright::{Lang, Project};

fn lint_of(p: &Project) -> lint::Lint {
    lint::lint_project(renderer().unwrap(), p).unwrap()
}

/// The (id, field path, cited reference) of each out-of-date citation found in the answers.
fn citations(l: &lint::Lint) -> Vec<(&'static str, String, String)> {
    l.findings
        .iter()
        .filter(|f| matches!(f.id, "repealed-reference" | "outdated-name"))
        .filter_map(|f| match &f.place {
            lint::Place::Field { path } => Some((
                f.id,
                path.clone(),
                f.args
                    .iter()
                    .find(|(k, _)| *k == "reference")
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default(),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn old_citations_are_found_in_swedish_spellings_and_with_spaces() {
    let mut p = policywright::default_project();
    *p.security.description.get_mut(Lang::SV) =
        "Vi använder standardavtalsklausuler enligt beslut 2004/915/EG och 2010/ 87/EU.".into();
    *p.security.description.get_mut(Lang::EN) =
        "We rely on the EU–US Privacy-Shield and on Commission Decision (EU) 2016 / 1250.".into();
    let found = citations(&lint_of(&p));
    for (path, reference) in [
        ("security.description.sv", "2004/915/EC"),
        ("security.description.sv", "2010/87/EU"),
        ("security.description.en", "Privacy Shield"),
        ("security.description.en", "2016/1250"),
    ] {
        assert!(
            found
                .iter()
                .any(|(id, p, r)| *id == "repealed-reference" && p == path && r == reference),
            "{reference} at {path} not found: {found:?}"
        );
    }
    // A different act with the same digits inside is not a citation of the old one.
    let mut q = policywright::default_project();
    q.security
        .description
        .set(Lang::EN, "Invoices 12010/870 and 2010/871 are kept.");
    assert!(citations(&lint_of(&q)).is_empty(), "{:?}", lint_of(&q));
}

#[test]
fn every_free_text_answer_is_read_in_both_languages() {
    let mut p = policywright::default_project();
    let recipient = p
        .recipients
        .first_mut()
        .expect("the starter has a recipient");
    recipient
        .name
        .set(Lang::EN, "US hosting under the Privacy Shield");
    let activity = &mut p.activities[0];
    *activity.identity_number_reason.get_mut(Lang::SV) =
        "Datainspektionen har godkänt att vi använder personnummer.".into();
    activity
        .retention
        .text
        .set(Lang::EN, "Under the Safe Harbor principles.");
    p.organisation.legal_name = "Exempel AB".into();
    let found = citations(&lint_of(&p));
    for (id, path, reference) in [
        (
            "repealed-reference",
            "recipients[0].name.en",
            "Privacy Shield",
        ),
        (
            "outdated-name",
            "activities[0].identity_number_reason.sv",
            "Datainspektionen",
        ),
        (
            "repealed-reference",
            "activities[0].retention.text.en",
            "Safe Harbor",
        ),
    ] {
        assert!(
            found
                .iter()
                .any(|(i, p, r)| *i == id && p == path && r == reference),
            "{reference} at {path} not found: {found:?}"
        );
    }
    // The messages say what applies instead, in each language.
    let l = lint_of(&p);
    let dataskydd = l.findings.iter().find(|f| f.id == "outdated-name").unwrap();
    assert!(dataskydd
        .message(Lang::SV)
        .contains("Integritetsskyddsmyndigheten"));
    assert!(dataskydd.message(Lang::EN).contains("since 1 January 2021"));
}

#[test]
fn the_swedish_name_of_privacy_shield_is_found_too() {
    let mut p = policywright::default_project();
    *p.security.description.get_mut(Lang::SV) =
        "Överföringen sker enligt skölden för skydd av privatlivet i EU och Förenta staterna."
            .into();
    let found = citations(&lint_of(&p));
    assert!(
        found
            .iter()
            .any(|(id, path, _)| *id == "repealed-reference" && path == "security.description.sv"),
        "{found:?}"
    );
    // The rendered text of the starter cites none of them.
    for lang in Lang::all() {
        let md = render::markdown(&policywright::default_project(), lang).unwrap();
        assert!(!md.contains("2010/87") && !md.contains("Privacy Shield"));
    }
}

fn fixture(name: &str) -> Project {
    common::load(common::ORGANISATIONS, name)
}

/// The (code, path) of each diagnostic of the answers.
fn diagnostics(p: &Project) -> Vec<(String, String)> {
    policywright::project::validate::check(p)
        .into_iter()
        .map(|d| (d.code.to_owned(), d.path.clone()))
        .collect()
}

/// The text of one section (from its heading to the next); a test fails without it.
fn section(md: &str, id: &str) -> String {
    let s = common::section(md, id);
    assert!(!s.is_empty(), "no section {id}");
    s
}

#[test]
fn every_controller_fixture_checks_clean() {
    for name in [
        "controller-uk-leadgen.toml",
        "controller-denmark-shop.toml",
        "controller-germany-agency.toml",
    ] {
        let p = fixture(name);
        assert!(diagnostics(&p).is_empty(), "{name}: {:?}", diagnostics(&p));
        let l = lint_of(&p);
        assert!(l.findings.is_empty(), "{name}: {:?}", l.findings);
    }
}

#[test]
fn a_uk_controller_names_uk_law_the_gdpr_through_article_3_and_its_representatives_authority() {
    let p = fixture("controller-uk-leadgen.toml");
    let (sv, en) = both(&p);
    for md in [&sv, &en] {
        assert!(!md.contains("2018:218") && !md.contains("IMY"), "{md}");
        assert!(md.contains("UK GDPR") && md.contains("Data Protection Act 2018"));
        assert!(md.contains("Data Protection Commission (DPC)"));
        assert!(md.contains("Information Commissioner's Office (ICO)"));
    }
    assert!(section(&en, "intro").contains(
        "We are established outside the EU and the EEA, in the United Kingdom, where the UK GDPR \
         and the Data Protection Act 2018 apply"
    ));
    assert!(section(&en, "intro")
        .contains("also applies to our use of their data (Article 3(2)(a) GDPR)"));
    assert!(section(&sv, "intro").contains(
        "Vi är etablerade utanför EU och EES, i Storbritannien, där UK GDPR och Data Protection \
         Act 2018 gäller"
    ));
    // One name for the GDPR in a Swedish text, and the Art. 3(2) sentence split (issue 22).
    // Only the ground of Art. 3(2) the project gives (issue 22 review).
    assert!(section(&sv, "intro").contains("(artikel 3.2 a i dataskyddsförordningen)"));
    assert!(section(&sv, "intro")
        .contains("Vi erbjuder också varor eller tjänster till personer i EU eller EES. "));
    assert!(!section(&en, "intro").contains("monitor"));
    assert!(!section(&sv, "intro").contains("följer hur de beter sig"));
    // The ICO first, for all its processing; then Art. 77 for people in the EU, where the
    // representative's authority is an example, not the reason (issue 22).
    let complaint_en = section(&en, "complaint");
    assert!(complaint_en
        .contains("You have the right to complain to the Information Commissioner's Office (ICO)"));
    assert!(complaint_en.contains(
        "If you live or work in the EU or EEA, or the alleged infringement took place there, you \
         can also complain to a supervisory authority in that country. One of them is the Data \
         Protection Commission (DPC)"
    ));
    assert!(!complaint_en.contains("We name this authority because"));
    let complaint_sv = section(&sv, "complaint");
    assert!(complaint_sv.contains("En av dem är Data Protection Commission (DPC)"));
    assert!(!complaint_sv.contains("eftersom vår företrädare"));
    assert!(complaint_sv
        .contains("Du har rätt att lämna klagomål till Information Commissioner's Office (ICO)"));
}

#[test]
fn a_danish_controller_names_danish_law_its_authority_and_age() {
    let p = fixture("controller-denmark-shop.toml");
    let (sv, en) = both(&p);
    for md in [&sv, &en] {
        assert!(
            !md.contains("2018:218") && !md.contains("IMY") && !md.contains("PTS"),
            "{md}"
        );
        assert!(
            !md.contains("2022:482"),
            "the Swedish cookie rule is not cited"
        );
        assert!(md.contains("Datatilsynet") && md.contains("Carl Jacobsens Vej 35"));
        assert!(
            md.contains("cookiebekendtgørelsen") && !md.contains("2002/58/"),
            "the Danish cookie order, not the general ePrivacy rule"
        );
    }
    assert!(section(&en, "intro").contains(
        "the Danish Data Protection Act (databeskyttelsesloven, Act No. 502 of 23 May 2018)"
    ));
    assert!(section(&sv, "intro").contains("den danska dataskyddslagen (databeskyttelsesloven"));
    assert!(section(&en, "children").contains(
        "a child who has turned 15 can consent on their own to the service using their personal \
         data. This follows from Article 8 GDPR and the Danish Data Protection Act."
    ));
    assert!(section(&sv, "children").contains("ett barn som har fyllt 15 år"));
    assert!(section(&sv, "complaint")
        .contains("där den påstådda överträdelsen har skett. I Danmark är det Datatilsynet"));
    // The Swedish rule on minors' contracts is not cited for a Danish shop.
    assert!(!sv.contains("föräldrabalken") && !en.contains("Children and Parents Code"));
}

#[test]
fn a_controller_in_an_unlisted_country_names_its_rules_generally_and_its_own_authority() {
    let p = fixture("controller-germany-agency.toml");
    let (sv, en) = both(&p);
    // Germany is listed for its act, but not for an authority: each Land has its own.
    assert!(section(&en, "intro")
        .contains("the German Federal Data Protection Act (Bundesdatenschutzgesetz, BDSG)"));
    let mut austria = p.clone();
    austria.organisation.address.country = "AT".into();
    let (sv_at, en_at) = both(&austria);
    assert!(section(&en_at, "intro")
        .contains("and the national rules that supplement it where we are established (Austria)."));
    assert!(section(&sv_at, "intro").contains(
        "och de nationella regler som kompletterar den där vi är etablerade (Österrike)."
    ));
    assert!(section(&en, "complaint").contains("the Berlin Commissioner for Data Protection"));
    assert!(section(&sv, "complaint").contains("Berlins dataskyddsombud"));
    // Without an authority named, the project must name one: policywright does not know it.
    let mut unnamed = p.clone();
    unnamed.authority = None;
    let d = diagnostics(&unnamed);
    assert!(
        d.contains(&("authority-needed".to_owned(), "authority".to_owned())),
        "{d:?}"
    );
    // Swedish rules are not applied to it: bookkeeping is an error, identity numbers a warning,
    // and the Swedish statute is not cited.
    let mut swedish_rules = p.clone();
    swedish_rules.activities[0].retention.preset = "bookkeeping".into();
    swedish_rules.activities[0].retention.months = None;
    swedish_rules.activities[0]
        .data
        .push(policywright::project::Entry::from(
            "personal-identity-number",
        ));
    swedish_rules.activities[0].identity_number_reason =
        policywright::project::Text::new("För att identifiera dig.", "To identify you.");
    let d = diagnostics(&swedish_rules);
    assert!(d.contains(&(
        "retention-bookkeeping-swedish".to_owned(),
        "activities[0].retention.preset".to_owned()
    )));
    assert!(d.contains(&(
        "identity-number-rule-swedish".to_owned(),
        "activities[0].data[3]".to_owned()
    )));
    let (sv, en) = both(&swedish_rules);
    assert!(!sv.contains("3 kap. 10 §") && !en.contains("Chapter 3, Section 10"));
}

#[test]
fn outside_the_eea_the_authority_follows_the_representative_or_the_users_choice() {
    let mut p = fixture("controller-uk-leadgen.toml");
    p.organisation.address = policywright::project::Address {
        street: "500 Market Street".into(),
        postal_code: "94105".into(),
        city: "San Francisco".into(),
        country: "US".into(),
    };
    let rep = p.organisation.eu_representative.as_mut().unwrap();
    rep.address.country = "SE".into();
    rep.address.city = "Stockholm".into();
    rep.address.postal_code = "111 22".into();
    rep.address.street = "Kungsgatan 1".into();
    assert!(diagnostics(&p).is_empty(), "{:?}", diagnostics(&p));
    let (sv, en) = both(&p);
    assert!(section(&en, "intro")
        .contains("We are established outside the EU and the EEA (United States)."));
    assert!(section(&en, "complaint").contains("Integritetsskyddsmyndigheten"));
    // An example after the right of Art. 77, not a reason (issue 22).
    assert!(section(&en, "complaint").contains("One of them is the Swedish Authority"));
    assert!(!section(&sv, "complaint").contains("finns i Sverige"));
    // No home authority is known for the US: no line for it.
    assert!(!section(&en, "complaint").contains("where we are established"));

    // The user chooses a known authority by its country.
    let mut chosen = p.clone();
    chosen.authority = Some(policywright::project::Authority {
        country: "FI".into(),
        ..Default::default()
    });
    assert!(
        diagnostics(&chosen).is_empty(),
        "{:?}",
        diagnostics(&chosen)
    );
    let (sv, en) = both(&chosen);
    assert!(
        section(&en, "complaint").contains("the Office of the Data Protection Ombudsman (Finland)")
    );
    assert!(section(&sv, "complaint").contains("Dataombudsmannens byrå"));
    assert!(!section(&sv, "complaint").contains("byrå i Finland"));
    assert!(!section(&en, "complaint").contains("because our representative"));

    // A country whose authority policywright does not know, or a country and details: errors.
    let mut unknown = chosen.clone();
    unknown.authority.as_mut().unwrap().country = "DE".into();
    assert!(diagnostics(&unknown).contains(&(
        "authority-unknown".to_owned(),
        "authority.country".to_owned()
    )));
    let mut both_given = chosen.clone();
    both_given.authority.as_mut().unwrap().address = "Somewhere 1".into();
    assert!(diagnostics(&both_given).contains(&(
        "authority-country-and-details".to_owned(),
        "authority.country".to_owned()
    )));

    // Without a representative nobody is named by default, and the text still gives the right
    // to complain (Art. 77) without naming an authority.
    let mut alone = p.clone();
    alone.organisation.eu_representative = None;
    let (_, en) = both(&alone);
    let complaint = section(&en, "complaint");
    assert!(complaint.contains(
        "to a data protection supervisory authority in the EU or EEA country where you live or \
         work or where the alleged infringement took place."
    ));
    assert!(!complaint.contains("One of them"), "{complaint}");
}

#[test]
fn a_swedish_controller_still_names_swedish_law_and_imy() {
    let p = policywright::default_project();
    let (sv, en) = both(&p);
    assert!(section(&sv, "intro").contains(
        "lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning (dataskyddslagen)."
    ));
    assert!(section(&en, "intro").contains("the Swedish Data Protection Act (2018:218)."));
    assert!(section(&sv, "complaint").contains(
        "Du har rätt att lämna klagomål till en tillsynsmyndighet för dataskydd, särskilt i det \
         land inom EU eller EES där du bor eller arbetar eller där den påstådda överträdelsen har \
         skett. I Sverige är det Integritetsskyddsmyndigheten (IMY)"
    ));
    assert!(section(&en, "complaint").contains("Integritetsskyddsmyndigheten, IMY"));
}
