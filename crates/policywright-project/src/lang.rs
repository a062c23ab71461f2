//! The two languages a policy is published in.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A publication language. The order of the variants is the order documents are produced in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The short code used in file names, template folders and locale folders.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The other publication language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }

    /// The BCP 47 tag written into HTML `lang` and PDF `/Lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv-SE",
            Lang::En => "en-GB",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "sv" => Ok(Lang::Sv),
            "en" => Ok(Lang::En),
            other => Err(format!(
                "unknown language `{other}` (expected `sv` or `en`)"
            )),
        }
    }
}
