//! What ships inside the binary: the exercise catalog and the article library. Each is parsed
//! and checked once per run, the first time any face needs it, and then shared.

use std::sync::OnceLock;

use super::AppError;
use crate::domain::learn::content::{builtin_library, ContentError, Library};
use crate::domain::program::exercise::{builtin_catalog, Catalog, CatalogError};

/// The built-in exercise catalog.
pub fn catalog() -> Result<&'static Catalog, AppError> {
    static CATALOG: OnceLock<Result<Catalog, CatalogError>> = OnceLock::new();
    CATALOG
        .get_or_init(builtin_catalog)
        .as_ref()
        .map_err(|problem| AppError::Unavailable { message: format!("The exercise catalog could not be read: {problem}") })
}

/// The built-in Learn articles.
pub fn library() -> Result<&'static Library, AppError> {
    static LIBRARY: OnceLock<Result<Library, ContentError>> = OnceLock::new();
    LIBRARY
        .get_or_init(builtin_library)
        .as_ref()
        .map_err(|problem| AppError::Unavailable { message: format!("The Learn articles could not be read: {problem}") })
}
