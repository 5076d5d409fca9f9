//! Commands of the Learn screens: the article library and the red-flag check
//! (`docs/learn-contract.md`).

use std::collections::HashSet;
use std::sync::OnceLock;

use tauri::State;

use super::program::catalog;
use super::{AppError, WithDiary};
use crate::clock;
use crate::domain::content::{builtin_library, search, Article, ArticleDoc, ArticleHit, ArticleSummary, ContentError, Library};
use crate::domain::red_flags::{assess, questions, NewRedFlagCheck, RedFlagAnswerDraft, RedFlagCheck, RedFlagQuestion};
use crate::state::AppState;
use crate::store;

#[tauri::command]
pub fn list_articles(state: State<'_, AppState>) -> Result<Vec<ArticleSummary>, AppError> {
    let library = library()?;
    let read = read_marks(&state)?;
    Ok(library.articles.iter().map(|article| summary(article, &read)).collect())
}

#[tauri::command]
pub fn get_article(state: State<'_, AppState>, slug: String) -> Result<Article, AppError> {
    let article = find(library()?, &slug)?;
    let read = read_marks(&state)?;
    Ok(article.to_article(read.contains(&article.slug), catalog()?))
}

#[tauri::command]
pub fn search_articles(state: State<'_, AppState>, query: String) -> Result<Vec<ArticleHit>, AppError> {
    let library = library()?;
    let read = read_marks(&state)?;
    Ok(search(&library.articles, &query)
        .into_iter()
        .map(|found| ArticleHit { summary: summary(found.article, &read), snippet: found.snippet })
        .collect())
}

#[tauri::command]
pub fn set_article_read(state: State<'_, AppState>, slug: String, read: bool) -> Result<ArticleSummary, AppError> {
    let article = find(library()?, &slug)?;
    let now = clock::now().fixed_offset();
    state.with_diary(|conn| Ok(store::set_article_read(conn, &article.slug, read, &now)?))?;
    Ok(article.to_summary(read))
}

/// The articles that explain the exercise family `family_id`, in reading order; none for an
/// unknown family.
#[tauri::command]
pub fn articles_for_exercise(state: State<'_, AppState>, family_id: String) -> Result<Vec<ArticleSummary>, AppError> {
    let library = library()?;
    let read = read_marks(&state)?;
    Ok(library.articles.iter().filter(|article| article.related_exercises.contains(&family_id)).map(|article| summary(article, &read)).collect())
}

#[tauri::command]
pub fn red_flag_questions() -> Vec<RedFlagQuestion> {
    questions()
}

#[tauri::command]
pub fn submit_red_flag_check(state: State<'_, AppState>, answers: Vec<RedFlagAnswerDraft>) -> Result<RedFlagCheck, AppError> {
    let check = NewRedFlagCheck::taken(assess(&answers)?, clock::now());
    state.with_diary(|conn| Ok(store::insert_red_flag_check(conn, &check)?))
}

/// Every check, newest first.
#[tauri::command]
pub fn list_red_flag_checks(state: State<'_, AppState>) -> Result<Vec<RedFlagCheck>, AppError> {
    state.with_diary(|conn| Ok(store::list_red_flag_checks(conn)?))
}

/// The built-in library, parsed once per run.
fn library() -> Result<&'static Library, AppError> {
    static LIBRARY: OnceLock<Result<Library, ContentError>> = OnceLock::new();
    LIBRARY
        .get_or_init(builtin_library)
        .as_ref()
        .map_err(|problem| AppError::Unavailable { message: format!("The Learn articles could not be read: {problem}") })
}

fn find<'a>(library: &'a Library, slug: &str) -> Result<&'a ArticleDoc, AppError> {
    library.get(slug.trim()).ok_or_else(|| AppError::NotFound { message: format!("There is no article called \"{slug}\".") })
}

fn read_marks(state: &AppState) -> Result<HashSet<String>, AppError> {
    state.with_diary(|conn| Ok(store::read_articles(conn)?))
}

fn summary(article: &ArticleDoc, read: &HashSet<String>) -> ArticleSummary {
    article.to_summary(read.contains(&article.slug))
}
