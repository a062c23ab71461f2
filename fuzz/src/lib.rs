//! The fuzz targets' checks (see checks.rs).

mod checks;
pub use checks::*;
