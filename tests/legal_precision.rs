//! What the policies say in law (issue 12): children, automated decisions, direct marketing,
//! response times, the requirement to provide data, Art. 49 transfers, cookies, over-promises
//! and several sources per activity. Each test reads the rendered Markdown of a fixture project
//! (tests/fixtures/legal) in both languages, as a lawyer reviewing the policy would.

use policywright::project::{DecisionGround, Derogation, LegalBasis, Project, Requirement};
use policywright::{Lang, Severity};

mod common;
use common::{both, codes, example, has, md};

fn load(name: &str) -> Project {
    common::load(common::LEGAL, name)
}

/// The text of the section whose heading contains `heading`, up to the next `## ` heading.
fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .lines()
        .scan(0, |pos, l| {
            let at = *pos;
            *pos += l.len() + 1;
            Some((at, l))
        })
        .find(|(_, l)| l.starts_with("## ") && l.contains(heading))
        .map(|(at, _)| at)
        .unwrap_or_else(|| panic!("no section {heading:?} in\n{md}"));
    let rest = &md[start + 3..];
    let end = rest.find("\n## ").map_or(md.len(), |i| start + 3 + i);
    &md[start..end]
}

/// Sentences of a paragraph or list item (split at ". " and the end).
fn sentences(text: &str) -> Vec<&str> {
    text.split(". ")
        .flat_map(|s| s.split(".** "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn words(sentence: &str) -> usize {
    sentence.split_whitespace().count()
}

fn all_valid(p: &Project) {
    let errors = codes(p, Severity::Error);
    assert!(errors.is_empty(), "{errors:?}");
}

// ---- 1. Children ----

#[test]
fn the_13_year_rule_only_for_an_online_service_offered_to_children() {
    let app = load("children-app.toml");
    all_valid(&app);
    let (sv, en) = both(&app);
    let (sv, en) = (section(&sv, "Barn"), section(&en, "Children"));
    assert!(
        sv.contains("har fyllt 13 år") && sv.contains("tjänst på internet"),
        "{sv}"
    );
    assert!(
        sv.contains("artikel 8") && sv.contains("2 kap. 4 §"),
        "{sv}"
    );
    assert!(
        en.contains("turned 13") && en.contains("online service"),
        "{en}"
    );
    // Other consent is not bound to the age of 13: the child's maturity decides.
    assert!(
        sv.contains("ingen fast åldersgräns") && sv.contains("mognad"),
        "{sv}"
    );
    assert!(
        en.contains("no fixed age limit") && en.contains("maturity"),
        "{en}"
    );

    // A clinic for children offers no online service: no age of 13 at all. (Its file is from
    // version 3, which never asked: tests/lawyer_review.rs reads it unanswered.)
    let mut clinic = load("clinic.toml");
    clinic.children.online_service = Some(false);
    let (sv, en) = both(&clinic);
    let (sv, en) = (section(&sv, "Barn"), section(&en, "Children"));
    assert!(!sv.contains("13") && !en.contains("13"), "{sv}\n{en}");
    assert!(sv.contains("Barnets ålder och mognad avgör"), "{sv}");
    assert!(en.contains("The child's age and maturity decide"), "{en}");
}

#[test]
fn a_child_does_not_enter_a_membership_contract_alone() {
    let p = example("association.toml");
    let (sv, en) = both(&p);
    let (sv, en) = (section(&sv, "Barn"), section(&en, "Children"));
    assert!(
        sv.contains("Ett barn under 18 år kan i regel inte ingå avtal på egen hand")
            && sv.contains("9 kap. 1 § föräldrabalken")
            && sv.contains("vårdnadshavarens godkännande"),
        "{sv}"
    );
    assert!(
        en.contains("A child under 18 generally cannot enter into a contract alone")
            && en.contains("approval of the child's parent or guardian"),
        "{en}"
    );
    assert!(!sv.contains("13 år") && !en.contains("13"), "{sv}\n{en}");
}

// ---- 2. Automated decisions and profiling ----

#[test]
fn automated_decisions_name_their_art_22_ground_and_profiling_is_named() {
    let lender = load("lender.toml");
    all_valid(&lender);
    let (sv, en) = both(&lender);
    let sv = section(&sv, "Automatiserade beslut");
    let en = section(&en, "Automated decisions");
    assert!(sv.contains("Automatiserade beslut och profilering"), "{sv}");
    assert!(
        sv.contains("nödvändiga för att ingå eller fullgöra ett avtal med dig (artikel 22.2 a"),
        "{sv}"
    );
    assert!(sv.contains("profilering"), "{sv}");
    assert!(
        en.contains("necessary to enter into or perform a contract with you (Article 22(2)(a)"),
        "{en}"
    );
    assert!(
        en.contains("profiling") && en.contains("one of our staff"),
        "{en}"
    );
    assert!(!en.contains("a person at our end"));

    // A decision without a ground of Art. 22(2) is an error.
    let mut no_ground = lender.clone();
    no_ground.automated_decisions.ground = None;
    assert!(has(
        &no_ground,
        Severity::Error,
        "decision-ground-missing",
        "automated_decisions.ground"
    ));
    // Authorised by law: the law's safeguards, not a promise of a human review.
    let mut by_law = lender.clone();
    by_law.automated_decisions.ground = Some(DecisionGround::Law);
    let sv = md(&by_law, Lang::SV);
    assert!(
        sv.contains("En lag tillåter besluten (artikel 22.2 b"),
        "{sv}"
    );
}

#[test]
fn profiling_without_decisions_is_called_profiling_without_claiming_significant_effects() {
    let app = load("children-app.toml");
    let (sv, en) = both(&app);
    let sv = section(&sv, "Profilering");
    let en = section(&en, "Profiling");
    assert!(sv.contains("Vi använder profilering"), "{sv}");
    assert!(sv.contains("leder inte till beslut"), "{sv}");
    assert!(!sv.contains("Vi fattar vissa beslut"), "{sv}");
    assert!(en.contains("We use profiling") && en.contains("does not lead to decisions"));
    assert!(!en.contains("We make some decisions"), "{en}");
}

// ---- 3. Direct marketing ----

#[test]
fn any_activity_marked_direct_marketing_gets_the_absolute_right_to_object() {
    let mut app = load("children-app.toml");
    let (sv, en) = both(&app);
    let (sv_rights, en_rights) = (
        section(&sv, "Dina rättigheter"),
        section(&en, "Your rights"),
    );
    assert!(
        sv_rights.contains(
            "alltid rätt att invända mot att vi använder dina uppgifter för direktmarknadsföring"
        ),
        "{sv_rights}"
    );
    assert!(
        en_rights.contains(
            "always have the right to object to our use of your data for direct marketing"
        ),
        "{en_rights}"
    );
    // The only legitimate-interests activity is direct marketing: no balancing test anywhere.
    assert!(!sv.contains("tvingande berättigade skäl"), "{sv}");
    assert!(!en.contains("compelling legitimate grounds"), "{en}");
    assert!(sv.contains("**Direktmarknadsföring:**") && en.contains("**Direct marketing:**"));

    // Not marked: no right to object to direct marketing is claimed for it.
    app.activities[1].direct_marketing = false;
    let (sv, en) = both(&app);
    assert!(!sv.contains("direktmarknadsföring") && !en.contains("direct marketing"));
    assert!(sv.contains("tvingande berättigade skäl"));
}

// ---- 4. Response time ----

#[test]
fn answers_come_within_one_month_or_a_shorter_promise() {
    let p = example("webshop.toml");
    let (sv, en) = both(&p);
    assert!(
        sv.contains("senast inom en månad från det att vi fick din begäran"),
        "{sv}"
    );
    assert!(
        en.contains("within one month of receiving your request"),
        "{en}"
    );
    assert!(!sv.contains("30 dagar") && !en.contains("30 days"));
    assert!(sv.contains("särskilt komplicerad") && en.contains("two further months"));

    let app = load("children-app.toml");
    let (sv, en) = both(&app);
    assert!(sv.contains("senast inom tio dagar") && sv.contains("Lagen ger oss en månad"));
    assert!(en.contains("within ten days") && en.contains("The law gives us one month"));

    let mut slow = p.clone();
    slow.rights.response_days = Some(30);
    assert!(has(
        &slow,
        Severity::Error,
        "response-too-slow",
        "rights.response_days"
    ));
    slow.rights.response_days = Some(28);
    assert!(!has(
        &slow,
        Severity::Error,
        "response-too-slow",
        "rights.response_days"
    ));
}

// ---- 5. Must the person provide the data (Art. 13(2)(e)) ----

#[test]
fn a_statutory_requirement_binds_us_and_an_unanswered_one_is_asked() {
    let lender = load("lender.toml");
    let (sv, en) = both(&lender);
    assert!(sv.contains("Lagen kräver att vi har uppgifterna."), "{sv}");
    assert!(en.contains("The law requires us to have the data."), "{en}");
    // The law binds us, not the reader: no "Yes" that tells them they must (issue 22 review).
    assert!(!sv.contains("Ja, eftersom") && !en.contains("Yes, because"));

    let mut unanswered = lender.clone();
    unanswered.activities[1].requirement = None;
    assert_eq!(
        unanswered.activities[1].legal_basis,
        Some(LegalBasis::LegalObligation)
    );
    assert!(has(
        &unanswered,
        Severity::Error,
        "requirement-missing",
        "activities[1].requirement"
    ));
    let (sv, en) = both(&unanswered);
    let (sv, en) = (
        section(&sv, "Vilka uppgifter"),
        section(&en, "What data we use"),
    );
    assert!(!sv.contains("Nej, du är inte skyldig"), "{sv}");
    assert!(!en.contains("No, you are not obliged"), "{en}");
    // Chosen as voluntary, it says so.
    unanswered.activities[1].requirement = Some(Requirement::None);
    unanswered.activities[1].consequence = Default::default();
    assert!(md(&unanswered, Lang::EN).contains("No, you are not obliged to give it."));
}

// ---- 6. Transfers under Art. 49 ----

#[test]
fn a_derogation_is_named_and_the_introduction_holds_for_it() {
    let lender = load("lender.toml");
    let (sv, en) = both(&lender);
    let (sv, en) = (section(&sv, "Överföring"), section(&en, "Transfers"));
    assert!(
        sv.contains("artikel 49.1 b") && sv.contains("fullgöra vårt avtal med dig"),
        "{sv}"
    );
    assert!(
        en.contains("Article 49(1)(b)") && en.contains("perform our contract with you"),
        "{en}"
    );
    // The introduction does not claim a recognised safeguard for every transfer.
    assert!(!sv.contains("när det finns ett skydd som dataskyddsförordningen godkänner"));
    assert!(!en.contains("only where there is protection that the GDPR recognises"));
    assert!(sv.contains("på en grund som dataskyddsförordningen anger"));

    let mut other = lender.clone();
    other.recipients[0].derogation = Some(Derogation::ExplicitConsent);
    let (sv, en) = both(&other);
    assert!(
        sv.contains("artikel 49.1 a") && sv.contains("uttryckligen samtyckt"),
        "{sv}"
    );
    assert!(
        en.contains("Article 49(1)(a)") && en.contains("told you of its risks"),
        "{en}"
    );
    other.recipients[0].derogation = None;
    assert!(has(
        &other,
        Severity::Error,
        "derogation-missing",
        "recipients[0].derogation"
    ));
}

// ---- 7. Cookies ----

#[test]
fn the_cookie_exemption_is_worded_as_the_law_and_tracking_needs_a_cookie() {
    let app = load("children-app.toml");
    let (sv, en) = both(&app);
    assert!(
        sv.contains(
            "nödvändiga för att överföra ett meddelande via ett elektroniskt kommunikationsnät"
        ),
        "{sv}"
    );
    assert!(sv.contains("som du uttryckligen har begärt"));
    assert!(!sv.contains("för att skicka ett meddelande") && !sv.contains("kakor som behövs"));
    assert!(
        en.contains("strictly necessary to transmit a communication over an electronic communications network"),
        "{en}"
    );

    let clinic = load("clinic.toml");
    assert!(has(
        &clinic,
        Severity::Warning,
        "tracking-without-cookies",
        "activities[1].data[0]"
    ));
    assert!(!codes(&app, Severity::Warning)
        .iter()
        .any(|(c, _)| c == "tracking-without-cookies"));
}

// ---- 8. Over-promises ----

#[test]
fn security_retention_and_portability_promise_no_more_than_the_law() {
    let clinic = load("clinic.toml");
    all_valid(&clinic);
    let (sv, en) = both(&clinic);
    assert!(
        sv.contains("Syftet är att de inte ska gå förlorade eller ändras"),
        "{sv}"
    );
    assert!(!sv.contains("så att de inte går förlorade"));
    assert!(en.contains("Their aim is to protect the data"), "{en}");
    assert!(!en.contains("so that it is not lost"));
    // "At least ten years" comes with the rule that ends it.
    assert!(
        sv.contains("Vi sparar uppgifterna i minst tio år. Därefter går vi igenom journalen"),
        "{sv}"
    );
    assert!(
        en.contains("We keep the data for at least ten years. After that we review the record"),
        "{en}"
    );
    let mut no_end = clinic.clone();
    no_end.activities[0].retention.text = Default::default();
    assert!(has(
        &no_end,
        Severity::Error,
        "retention-end-missing",
        "activities[0].retention.text"
    ));

    let p = example("webshop.toml");
    let (sv, en) = both(&p);
    assert!(
        sv.contains("När vi behandlar uppgifterna automatiserat")
            || sv.contains("behandlar uppgifterna automatiserat"),
        "{sv}"
    );
    assert!(
        en.contains("by automated means on the basis of your consent or a contract"),
        "{en}"
    );
}

// ---- 9. Several sources ----

#[test]
fn each_source_has_its_own_public_flag_and_the_requirement_still_shows() {
    let app = load("children-app.toml");
    let (sv, en) = both(&app);
    let sv_src = section(&sv, "Var vi får uppgifterna ifrån");
    let en_src = section(&en, "Where we get your data");
    assert!(
        sv_src.contains("| Skolornas offentliga kontaktlistor. | Ja |"),
        "{sv_src}"
    );
    assert!(
        sv_src.contains("| En adresslista som vi har köpt av ett adressföretag. | Nej |"),
        "{sv_src}"
    );
    assert!(
        en_src.contains("| The schools' public contact lists. | Yes |"),
        "{en_src}"
    );
    assert!(en_src.contains("| An address list we have bought from a list broker. | No |"));
    assert!(sv_src.contains("får vi också en del av uppgifterna direkt från dig"));
    // Part of the data comes from the person: the requirement line is there too.
    let sv_purpose = &sv[sv.find("Tipsa vårdnadshavare om nya kurser {#").unwrap()..];
    let sv_purpose = &sv_purpose[..sv_purpose.find("\n### ").unwrap_or(sv_purpose.len())];
    assert!(
        sv_purpose.contains("Måste du lämna uppgifterna?"),
        "{sv_purpose}"
    );
    let en_purpose = &en[en
        .find("Telling parents and guardians about new courses {#")
        .unwrap()..];
    assert!(en_purpose.contains("Do you have to give us the data?"));

    // Only from others: no requirement line.
    let mut others = app.clone();
    others.activities[1].from_person = false;
    let sv = md(&others, Lang::SV);
    let sv_purpose = &sv[sv.find("Tipsa vårdnadshavare om nya kurser {#").unwrap()..];
    let sv_purpose = &sv_purpose[..sv_purpose.find("\n#").unwrap()];
    assert!(
        !sv_purpose.contains("Måste du lämna uppgifterna?"),
        "{sv_purpose}"
    );
}

// ---- Language ----

#[test]
fn swedish_reads_as_the_issue_asks() {
    for name in ["webshop.toml", "consultancy.toml", "association.toml"] {
        let sv = md(&example(name), Lang::SV);
        assert!(
            sv.contains("hur du utövar dem") && sv.contains("Vill du utöva"),
            "{name}"
        );
        assert!(!sv.contains("Vill du använda någon av dina rättigheter"));
        assert!(
            sv.contains("(dataskyddslagen)"),
            "{name}: the short name introduced"
        );
        assert!(sv.contains("som gäller från och med den "), "{name}");
        assert!(sv.contains("särskilt komplicerad"), "{name}");
        // Numbers one to twelve in words in the running text (tables keep figures).
        let prose: Vec<&str> = sv.lines().filter(|l| !l.starts_with('|')).collect();
        let prose = prose.join("\n");
        for n in 2..=12 {
            for unit in ["år", "månader", "dagar"] {
                assert!(
                    !prose.contains(&format!(" {n} {unit}")),
                    "{name}: {n} {unit}"
                );
            }
        }
    }
    let sv = md(&example("association.toml"), Lang::SV);
    assert!(sv.contains("identifierar dig entydigt") && sv.contains("för egna ändamål"));
    assert!(sv.contains("En mottagare som är självständigt personuppgiftsansvarig"));
    assert!(md(&example("consultancy.toml"), Lang::SV).contains("i två år efter"));
}

#[test]
fn english_reads_as_the_issue_asks() {
    for name in ["webshop.toml", "consultancy.toml", "association.toml"] {
        let en = md(&example(name), Lang::EN);
        assert!(!en.contains("e-mail") && !en.contains("E-mail"), "{name}");
        assert!(!en.contains("performance of a contract"), "{name}");
        assert!(
            !en.contains("supervisory authority in Sweden, the Swedish"),
            "{name}"
        );
        // The long sentences are split.
        for heading in ["Right to data portability", "Right to object"] {
            if let Some(at) = en.find(heading) {
                let item = &en[at..at + en[at..].find('\n').unwrap()];
                for s in sentences(item) {
                    assert!(words(s) <= 25, "{name}: {} words: {s}", words(s));
                }
            }
        }
    }
    let en = md(&load("lender.toml"), Lang::EN);
    let ad = section(&en, "Automated decisions");
    for s in sentences(ad.lines().find(|l| l.starts_with("We make")).unwrap()) {
        assert!(words(s) <= 25, "{} words: {s}", words(s));
    }
    let consultancy = md(&example("consultancy.toml"), Lang::EN);
    assert!(!consultancy.contains("client"), "one term for customers");
}

#[test]
fn health_or_social_care_and_special_categories_are_named_alike() {
    let clinic = load("clinic.toml");
    let (sv, en) = both(&clinic);
    assert!(
        sv.contains("hälso- och sjukvård eller social omsorg (artikel 9.2 h"),
        "{sv}"
    );
    assert!(
        en.contains("health or social care (Article 9(2)(h)"),
        "{en}"
    );
    assert!(sv.contains("## 4. Känsliga personuppgifter"), "{sv}");
    assert!(
        en.contains("## 4. Special categories of personal data"),
        "{en}"
    );
    assert!(!en.contains("Sensitive data"));
}
