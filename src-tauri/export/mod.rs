//! Exports: the surgeon's PDF report, CSV, a FHIR R4 bundle and the full backup. Each turns
//! rows already loaded from the store into bytes; none of them touches the UI or the disk
//! beyond the diary connection it is given.

pub mod backup;
pub mod backup_rules;
pub mod csv;
pub mod fhir;
pub mod job;
pub mod pdf;
pub mod restore_outcome;

#[cfg(test)]
mod message_id_tests;
