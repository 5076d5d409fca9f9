//! The Learn screens: the article library with the person's read marks, search, and the
//! warning-signs check (`docs/learn-contract.md`).

use std::collections::HashSet;

use rusqlite::Connection;

use super::builtin::{catalog, library};
use super::{AppError, Now};
use crate::domain::learn::content::{search, Article, ArticleDoc, ArticleHit, ArticleSummary, Library};
use crate::domain::learn::red_flags::{assess, questions, NewRedFlagCheck, RedFlagAnswerDraft, RedFlagCheck, RedFlagQuestion};
use crate::store;

/// Every article, in reading order.
pub fn list_articles(conn: &Connection) -> Result<Vec<ArticleSummary>, AppError> {
    let read = store::read_articles(conn)?;
    Ok(library()?.articles.iter().map(|article| summary(article, &read)).collect())
}

pub fn get_article(conn: &Connection, slug: &str) -> Result<Article, AppError> {
    let article = find(library()?, slug)?;
    let read = store::read_articles(conn)?;
    Ok(article.to_article(read.contains(&article.slug), catalog()?))
}

pub fn search_articles(conn: &Connection, query: &str) -> Result<Vec<ArticleHit>, AppError> {
    let read = store::read_articles(conn)?;
    Ok(search(&library()?.articles, query)
        .into_iter()
        .map(|found| ArticleHit { summary: summary(found.article, &read), snippet: found.snippet })
        .collect())
}

pub fn set_article_read(conn: &mut Connection, now: Now, slug: &str, read: bool) -> Result<ArticleSummary, AppError> {
    let article = find(library()?, slug)?;
    store::set_article_read(conn, &article.slug, read, &now.fixed_offset())?;
    Ok(article.to_summary(read))
}

/// The articles that explain the exercise family `family_id`, in reading order; none for an
/// unknown family.
pub fn articles_for_exercise(conn: &Connection, family_id: &str) -> Result<Vec<ArticleSummary>, AppError> {
    let read = store::read_articles(conn)?;
    Ok(library()?
        .articles
        .iter()
        .filter(|article| article.related_exercises.iter().any(|id| id == family_id))
        .map(|article| summary(article, &read))
        .collect())
}

pub fn red_flag_questions() -> Vec<RedFlagQuestion> {
    questions()
}

pub fn submit_red_flag_check(conn: &mut Connection, now: Now, answers: &[RedFlagAnswerDraft]) -> Result<RedFlagCheck, AppError> {
    let check = NewRedFlagCheck::taken(assess(answers)?, now);
    Ok(store::insert_red_flag_check(conn, &check)?)
}

/// Every check, newest first.
pub fn list_red_flag_checks(conn: &Connection) -> Result<Vec<RedFlagCheck>, AppError> {
    Ok(store::list_red_flag_checks(conn)?)
}

fn find<'a>(library: &'a Library, slug: &str) -> Result<&'a ArticleDoc, AppError> {
    library.get(slug.trim()).ok_or_else(|| AppError::NotFound { message: crate::t!("learn-article-not-found", slug = slug) })
}

fn summary(article: &ArticleDoc, read: &HashSet<String>) -> ArticleSummary {
    article.to_summary(read.contains(&article.slug))
}
