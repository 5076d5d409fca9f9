//! Commands of the Learn screens: the article library and the red-flag check
//! (`docs/learn-contract.md`).

use tauri::State;

use super::{AppError, WithDiary};
use crate::app;
use crate::clock;
use crate::domain::learn::content::{Article, ArticleHit, ArticleSummary};
use crate::domain::learn::red_flags::{RedFlagAnswerDraft, RedFlagCheck, RedFlagQuestion};
use crate::state::AppState;

#[tauri::command]
pub fn list_articles(state: State<'_, AppState>) -> Result<Vec<ArticleSummary>, AppError> {
    state.with_diary(|conn| app::learn::list_articles(conn))
}

#[tauri::command]
pub fn get_article(state: State<'_, AppState>, slug: String) -> Result<Article, AppError> {
    state.with_diary(|conn| app::learn::get_article(conn, &slug))
}

#[tauri::command]
pub fn search_articles(state: State<'_, AppState>, query: String) -> Result<Vec<ArticleHit>, AppError> {
    state.with_diary(|conn| app::learn::search_articles(conn, &query))
}

#[tauri::command]
pub fn set_article_read(state: State<'_, AppState>, slug: String, read: bool) -> Result<ArticleSummary, AppError> {
    state.with_diary(|conn| app::learn::set_article_read(conn, clock::now(), &slug, read))
}

#[tauri::command]
pub fn articles_for_exercise(state: State<'_, AppState>, family_id: String) -> Result<Vec<ArticleSummary>, AppError> {
    state.with_diary(|conn| app::learn::articles_for_exercise(conn, &family_id))
}

#[tauri::command]
pub fn red_flag_questions() -> Vec<RedFlagQuestion> {
    app::learn::red_flag_questions()
}

#[tauri::command]
pub fn submit_red_flag_check(state: State<'_, AppState>, answers: Vec<RedFlagAnswerDraft>) -> Result<RedFlagCheck, AppError> {
    state.with_diary(|conn| app::learn::submit_red_flag_check(conn, clock::now(), &answers))
}

#[tauri::command]
pub fn list_red_flag_checks(state: State<'_, AppState>) -> Result<Vec<RedFlagCheck>, AppError> {
    state.with_diary(|conn| app::learn::list_red_flag_checks(conn))
}
