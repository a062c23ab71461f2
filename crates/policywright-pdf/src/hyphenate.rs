//! Hyphenation dictionaries for Swedish and British English, committed as assets and loaded
//! once per process. The crate's `embed_all` feature would compile in every language.

use hyphenation::{Language, Load, Standard};
use std::sync::OnceLock;

static SV: &[u8] = include_bytes!("../../../assets/hyphenation/sv.standard.bincode");
static EN_GB: &[u8] = include_bytes!("../../../assets/hyphenation/en-gb.standard.bincode");

fn load(lang: Language, mut bytes: &[u8]) -> Option<Standard> {
    Standard::from_reader(lang, &mut bytes).ok()
}

/// A dictionary by name ("sv" or "en-gb", as a language's descriptor names it); None for
/// any other name: that text then breaks only at spaces and, for over-long words, anywhere.
pub fn dictionary(lang: &str) -> Option<&'static Standard> {
    static SV_DICT: OnceLock<Option<Standard>> = OnceLock::new();
    static EN_DICT: OnceLock<Option<Standard>> = OnceLock::new();
    match lang {
        "sv" => SV_DICT.get_or_init(|| load(Language::Swedish, SV)).as_ref(),
        "en-gb" => EN_DICT
            .get_or_init(|| load(Language::EnglishGB, EN_GB))
            .as_ref(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyphenation::Hyphenator;

    #[test]
    fn both_dictionaries_load_and_hyphenate() {
        let sv = dictionary("sv").expect("Swedish dictionary loads");
        let parts: Vec<&str> = sv
            .hyphenate("personuppgiftsansvarig")
            .into_iter()
            .segments()
            .collect();
        assert!(parts.len() >= 4, "{parts:?}");
        let en = dictionary("en-gb").expect("English dictionary loads");
        let parts: Vec<&str> = en.hyphenate("controller").into_iter().segments().collect();
        assert!(parts.len() >= 2, "{parts:?}");
        assert!(dictionary("de").is_none());
    }
}
