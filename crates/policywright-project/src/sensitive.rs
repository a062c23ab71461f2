//! Words that point at a special category of personal data (Art. 9(1)) in an organisation's own
//! words: "allergier mot hårfärg" is data concerning health, which an owner without legal
//! training rarely knows. A hint, not a verdict: `check` asks, and the user decides.

/// The special categories a word can point at, with word stems in Swedish and English. A stem
/// matches anywhere in a word (Swedish compounds: "hårfärgsallergi"), so it must not be common
/// inside unrelated words; `WHOLE_WORDS` holds the short ones that must stand alone.
const STEMS: &[(&str, &[&str])] = &[
    (
        "health",
        &[
            "allergi",
            "allergy",
            "allergic",
            "diagnos",
            "medicin",
            "läkemedel",
            "medication",
            "sjukdom",
            "sjukskriv",
            "illness",
            "disease",
            "hälsa",
            "hälso",
            "health",
            "graviditet",
            "gravid",
            "pregnan",
            "funktionsnedsättning",
            "funktionshinder",
            "disabilit",
            "astma",
            "asthma",
            "diabet",
            "epilep",
            "psykisk",
            "mental health",
            "blodgrupp",
            "blood type",
            "vaccin",
            "patientjournal",
            "medical",
        ],
    ),
    (
        "trade-union",
        &[
            "fackförening",
            "fackmedlem",
            "facklig",
            "trade union",
            "union member",
        ],
    ),
    ("religion", &["religi", "trosuppfattning", "livsåskådning"]),
    (
        "ethnicity",
        &["etnicitet", "etnisk", "ethnic", "hudfärg", "racial"],
    ),
    ("sex-life", &["sexuell", "sexualitet", "sexual"]),
    (
        "biometric",
        &[
            "biometri",
            "fingeravtryck",
            "fingerprint",
            "ansiktsigenkänning",
            "facial recognition",
        ],
    ),
    ("genetic", &["genetisk", "genetic"]),
    ("political", &["politisk", "political", "partimedlem"]),
];

/// Short words that would match inside unrelated words, so only alone. ("race" and "ras" are
/// left out: a running race and a landslide are far commoner in a small business's words.)
const WHOLE_WORDS: &[(&str, &str)] = &[("genetic", "dna")];

/// The first special category the text points at, and the word that shows it.
pub fn special_hint(text: &str) -> Option<(&'static str, String)> {
    let lower = text.to_lowercase();
    for (category, stems) in STEMS {
        if let Some(stem) = stems.iter().find(|s| lower.contains(*s)) {
            return Some((category, word_containing(&lower, stem)));
        }
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    WHOLE_WORDS
        .iter()
        .find(|(_, w)| words.contains(w))
        .map(|(category, w)| (*category, (*w).to_owned()))
}

/// The whole word of `text` in which `stem` occurs ("allergier" for "allergi"), or the stem
/// itself when it spans words ("blood type").
fn word_containing(text: &str, stem: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .find(|w| w.contains(stem))
        .map_or_else(|| stem.to_owned(), str::to_owned)
}

/// Advertisers whose tracking pixels send what a visitor views or buys back to them, by the
/// words of a cookie's provider; and the names those pixels' cookies go by.
const PIXEL_PROVIDERS: &[&str] = &[
    "meta",
    "facebook",
    "instagram",
    "tiktok",
    "linkedin",
    "google ads",
    "doubleclick",
    "pinterest",
    "snapchat",
];
const PIXEL_COOKIES: &[&str] = &["_fbp", "_fbc", "fr", "_ttp", "li_fat_id", "_gcl_au", "ide"];

/// A cookie or similar technology that looks like an advertiser's tracking pixel.
pub fn is_ad_pixel(name: &str, provider: &str) -> bool {
    let provider = provider.to_lowercase();
    let words: Vec<&str> = provider
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    PIXEL_COOKIES.contains(&name.trim().to_lowercase().as_str())
        || PIXEL_PROVIDERS.iter().any(|p| {
            if p.contains(' ') {
                provider.contains(p)
            } else {
                words.contains(p)
            }
        })
}

#[cfg(test)]
mod tests {
    use super::{is_ad_pixel, special_hint};

    #[test]
    fn advertisers_pixels_by_provider_or_cookie_name() {
        assert!(is_ad_pixel("_fbp", "Meta Platforms Ireland Ltd"));
        assert!(is_ad_pixel("li_fat_id", "LinkedIn Ireland"));
        assert!(is_ad_pixel("_gcl_au", "Google Ireland Limited"));
        assert!(!is_ad_pixel("_ga", "Google Ireland Limited"));
        assert!(!is_ad_pixel("nl_cart", "Nordljus Textil AB"));
        // "meta" as a word only: "Metrica Inc." is an analytics firm of the examples.
        assert!(!is_ad_pixel("mt_id", "Metrica Inc."));
    }

    #[test]
    fn health_words_in_any_inflection_and_compound() {
        assert_eq!(
            special_hint("allergier mot hårfärg"),
            Some(("health", "allergier".to_owned()))
        );
        assert_eq!(
            special_hint("Allergies to hair dye"),
            Some(("health", "allergies".to_owned()))
        );
        assert_eq!(
            special_hint("hårfärgsallergi"),
            Some(("health", "hårfärgsallergi".to_owned()))
        );
        assert_eq!(special_hint("DNA-prov").map(|h| h.0), Some("genetic"));
    }

    #[test]
    fn ordinary_words_are_left_alone() {
        for text in [
            "kundnummer och orderhistorik",
            "customer number and order history",
            "rast och lunch",
            "the race results of our runners' club",
            "kontaktuppgifter till vårdnadshavare",
        ] {
            assert_eq!(special_hint(text), None, "{text}");
        }
    }
}
