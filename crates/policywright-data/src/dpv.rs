//! The W3C Data Privacy Vocabulary (DPV 2.3, https://w3id.org/dpv) concepts for the
//! catalogues' ids. Each was read in DPV's own source (w3c/dpv, 2.3/: dpv/modules/*.ttl,
//! pd/modules/extended.ttl, legal/eu/gdpr/modules/*.ttl) on 2026-12-07. An id without a
//! concept of the same meaning in DPV has none here: a near match would say something else.

const DPV: &str = "https://w3id.org/dpv#";
const PD: &str = "https://w3id.org/dpv/pd#";
const GDPR: &str = "https://w3id.org/dpv/legal/eu/gdpr#";

fn iri(namespace: &str, name: &str) -> String {
    format!("{namespace}{name}")
}

/// A purpose of the catalogue (dpv/modules/purposes.ttl).
pub fn purpose(id: &str) -> Option<String> {
    let name = match id {
        "order-fulfilment" => "CustomerOrderManagement",
        "customer-service" => "CustomerCare",
        "customer-account" => "AccountManagement",
        "payments" => "PaymentManagement",
        "newsletter" => "DirectMarketing",
        "marketing" => "Marketing",
        "website-analytics" => "ServiceUsageAnalytics",
        "website-operation" => "TechnicalServiceProvision",
        "recruitment" => "RecruitmentManagement",
        "employment" => "HumanResourceManagement",
        "supplier-management" => "VendorManagement",
        "membership" => "MemberPartnerManagement",
        "security" => "EnforceSecurity",
        _ => return None,
    };
    Some(iri(DPV, name))
}

/// A kind of people (dpv/modules/entities_datasubject.ttl).
pub fn people(id: &str) -> Option<String> {
    let name = match id {
        "customers" => "Customer",
        "website-visitors" => "Visitor",
        "newsletter-subscribers" => "Subscriber",
        "job-applicants" => "JobApplicant",
        "employees" => "Employee",
        "members" => "Member",
        "patients" => "Patient",
        "pupils" => "Student",
        "app-users" => "User",
        "guardians" => "GuardianOfDataSubject",
        _ => return None,
    };
    Some(iri(DPV, name))
}

/// A category of personal data (pd/modules/extended.ttl).
pub fn data(id: &str) -> Option<String> {
    let name = match id {
        "name" => "Name",
        "contact" => "Contact",
        "address" => "PhysicalAddress",
        "personal-identity-number" => "OfficialID",
        "date-of-birth" => "BirthDate",
        "payment" => "PaymentCard",
        "purchase-history" => "Purchase",
        "correspondence" => "Communication",
        "technical" => "DeviceBased",
        "usage" => "ServiceConsumptionBehaviour",
        "location" => "Location",
        "professional-profile" => "Professional",
        "employment" => "EmploymentHistory",
        "bank-account" => "BankAccount",
        "images" => "Picture",
        "health" => "Health",
        "patient-records" => "HealthRecord",
        "ethnic-origin" => "EthnicOrigin",
        "political-opinions" => "PoliticalOpinion",
        "religious-beliefs" => "ReligiousBelief",
        "trade-union" => "TradeUnionMembership",
        "genetic" => "Genetic",
        "biometric" => "Biometric",
        "sex-life" => "Sexual",
        _ => return None,
    };
    Some(iri(PD, name))
}

/// A recipient's role (dpv/modules/entities_legalrole.ttl, entities_authority.ttl). An
/// independent controller receiving data is a third party to the organisation.
pub fn role(id: &str) -> Option<String> {
    let name = match id {
        "processor" => "DataProcessor",
        "controller" => "ThirdParty",
        "joint-controller" => "JointDataControllers",
        "authority" => "Authority",
        _ => return None,
    };
    Some(iri(DPV, name))
}

/// A point of Art. 6(1), Art. 9(2), Art. 46(2) or Art. 49(1) as the GDPR extension names it:
/// `provision("6-1", "a")` is `…gdpr#A6-1-a`.
pub fn provision(article: &str, point: &str) -> String {
    iri(GDPR, &format!("A{article}-{point}"))
}

/// A transfer safeguard (legal/eu/gdpr/modules/legal_basis_data_transfer.ttl). The EU–US Data
/// Privacy Framework is an adequacy decision of Art. 45(3); binding corporate rules are an
/// Art. 46(2)(b) safeguard.
pub fn safeguard(id: &str, derogation_point: &str) -> Option<String> {
    Some(match id {
        "adequacy" | "data-privacy-framework" => iri(GDPR, "A45-3"),
        "standard-contractual-clauses" => provision("46-2", "c"),
        "binding-corporate-rules" => provision("46-2", "b"),
        "derogation" if !derogation_point.is_empty() => provision("49-1", derogation_point),
        _ => return None,
    })
}

/// A data subject's right, by its article ("15", "7-3"; legal/eu/gdpr/modules/rights.ttl).
pub fn right(article: &str) -> String {
    iri(GDPR, &format!("A{article}"))
}
