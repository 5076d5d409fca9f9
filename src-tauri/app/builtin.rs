//! What ships inside the binary: the exercise catalog and the article library, each parsed and
//! checked once per run by `domain` and shared; here their failure becomes an [`AppError`].

use super::AppError;
use crate::domain::learn::content::{self, Library};
use crate::domain::program::exercise::{self, Catalog};

/// The built-in exercise catalog.
pub fn catalog() -> Result<&'static Catalog, AppError> {
    exercise::builtin().map_err(|problem| AppError::Unavailable { message: format!("The exercise catalog could not be read: {problem}") })
}

/// The built-in Learn articles.
pub fn library() -> Result<&'static Library, AppError> {
    content::builtin().map_err(|problem| AppError::Unavailable { message: format!("The Learn articles could not be read: {problem}") })
}
