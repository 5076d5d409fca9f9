//! The shape of a rejected input: one plain-language message per field, so the UI can show each
//! beside the control it belongs to.

use serde::Serialize;
use ts_rs::TS;

/// One field's problem. `field` is the camelCase name of the input that caused it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// Every problem found in one input. Empty means the input was fine.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ValidationErrors {
    pub fields: Vec<FieldError>,
}

impl ValidationErrors {
    pub fn push(&mut self, field: &str, message: impl Into<String>) {
        self.fields.push(FieldError { field: field.to_owned(), message: message.into() });
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The message for `field`, if it was rejected.
    pub fn message_for(&self, field: &str) -> Option<&str> {
        self.fields.iter().find(|f| f.field == field).map(|f| f.message.as_str())
    }

    /// A one-line summary for places with no field to point at, such as the CLI.
    pub fn summary(&self) -> String {
        self.fields.iter().map(|f| f.message.as_str()).collect::<Vec<_>>().join(" ")
    }
}
