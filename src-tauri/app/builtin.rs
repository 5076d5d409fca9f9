//! What ships inside the binary: the exercise catalog and the article library, each parsed and
//! checked once per run by `domain` and shared; here their failure becomes an [`AppError`].

use super::AppError;
use crate::domain::learn::content::{self, Library};
use crate::domain::program::exercise::{self, Catalog};

/// The built-in exercise catalog.
pub fn catalog() -> Result<&'static Catalog, AppError> {
    exercise::builtin().map_err(|problem| AppError::Unavailable { message: crate::t!("errors-catalog-unreadable", problem = problem.to_string()) })
}

/// The built-in Learn articles.
pub fn library() -> Result<&'static Library, AppError> {
    content::builtin().map_err(|problem| AppError::Unavailable { message: crate::t!("errors-articles-unreadable", problem = problem.to_string()) })
}
