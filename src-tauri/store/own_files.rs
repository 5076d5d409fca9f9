//! The diary's own files, and the one check that keeps every write the app makes off them.
//!
//! The diary is `backtrack.db` in its data folder, with SQLite's `-wal`, `-shm` and `-journal`
//! beside it, and the copies BackTrack keeps (`backtrack.db.before-v5.bak`,
//! `backtrack.db.before-restore-<time>.bak`). Every name starts with [`DB_FILE_NAME`]. An export,
//! a backup or any later scheduled write that landed on one of them would destroy the diary, so
//! each goes through [`refuse_own_file`] first: the command line, the Export screen's save
//! dialog and future writers alike (they all write through `export::job::export_to_file`).

use std::path::{Path, PathBuf};

use super::DB_FILE_NAME;

/// A write that would land on one of the diary's own files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnFileRefusal {
    pub path: PathBuf,
}

impl std::fmt::Display for OwnFileRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("export-own-file-refused", path = self.path.display().to_string()))
    }
}

impl std::error::Error for OwnFileRefusal {}

/// How many symbolic links in a row are followed before a path is taken as unsafe.
const MAX_LINKS: usize = 32;

/// Refuses `target` when it is, or reaches through symbolic links, `..` or a hard link, one of
/// the files of the diary at `diary` (the database file's path). A target whose folder does
/// not exist is let through: the write itself then fails with the system's own reason.
pub fn refuse_own_file(diary: &Path, target: &Path) -> Result<(), OwnFileRefusal> {
    let refusal = || OwnFileRefusal { path: target.to_owned() };
    let Some(folder) = diary.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p }) else { return Ok(()) };
    let Ok(folder) = folder.canonicalize() else { return Ok(()) };
    let Some(resolved) = resolve(target) else { return Err(refusal()) };
    if resolved.parent() == Some(folder.as_path()) && resolved.file_name().is_some_and(is_diary_name) {
        return Err(refusal());
    }
    if same_file_as_a_diary_file(&folder, &resolved) {
        return Err(refusal());
    }
    Ok(())
}

/// Whether a file name belongs to the diary: it starts with `backtrack.db`, compared without
/// case so that case-insensitive disks (macOS, Windows) are covered too.
fn is_diary_name(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().to_lowercase().starts_with(&DB_FILE_NAME.to_lowercase())
}

/// The absolute path that writing to `target` would replace, resolved as the system resolves
/// it: symbolic links followed (even one pointing at a file that does not exist yet), and `..`
/// taken after the link before it, never by text alone (`link/..` is the parent of the link's
/// target). `None` when the path cannot name a file (it ends in `..`, or links loop).
fn resolve(target: &Path) -> Option<PathBuf> {
    let mut path = target.to_owned();
    for _ in 0..MAX_LINKS {
        if let Ok(real) = path.canonicalize() {
            return Some(real);
        }
        let name = path.file_name()?.to_owned();
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
            _ => PathBuf::from("."),
        };
        match std::fs::read_link(&path) {
            // A dangling link: the write would create the file it points at.
            Ok(link) => path = if link.is_absolute() { link } else { folder.join(link) },
            // Nothing there yet: the file would be created in the folder, wherever that really is.
            // A folder that does not exist cannot be written to at all, so it is left as it is.
            Err(_) => return Some(folder.canonicalize().unwrap_or(folder).join(name)),
        }
    }
    None
}

/// Whether `resolved` is the same file on disk (a hard link, a bind mount) as any diary file.
#[cfg(unix)]
fn same_file_as_a_diary_file(folder: &Path, resolved: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(target) = std::fs::metadata(resolved) else { return false };
    let Ok(entries) = std::fs::read_dir(folder) else { return false };
    entries
        .filter_map(Result::ok)
        .filter(|e| is_diary_name(&e.file_name()))
        .filter_map(|e| e.metadata().ok())
        .any(|own| own.dev() == target.dev() && own.ino() == target.ino())
}

#[cfg(not(unix))]
fn same_file_as_a_diary_file(_folder: &Path, _resolved: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Diary {
        _dir: tempfile::TempDir,
        folder: PathBuf,
        db: PathBuf,
    }

    fn diary() -> Diary {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let folder = dir.path().join("data");
        std::fs::create_dir(&folder).expect("the folder is created");
        let db = folder.join(DB_FILE_NAME);
        for name in [DB_FILE_NAME, "backtrack.db-wal", "backtrack.db-shm", "backtrack.db.before-v5.bak"] {
            std::fs::write(folder.join(name), b"diary").expect("the file is written");
        }
        Diary { _dir: dir, folder, db }
    }

    #[test]
    fn the_diary_its_journal_files_and_its_copies_are_refused() {
        let d = diary();
        for name in
            [DB_FILE_NAME, "backtrack.db-wal", "backtrack.db-shm", "backtrack.db-journal", "backtrack.db.before-restore-1.bak", "BACKTRACK.DB"]
        {
            assert!(refuse_own_file(&d.db, &d.folder.join(name)).is_err(), "{name} belongs to the diary, whether or not it exists yet");
        }
    }

    #[test]
    fn other_files_in_the_same_folder_or_elsewhere_are_allowed() {
        let d = diary();
        assert_eq!(refuse_own_file(&d.db, &d.folder.join("report.pdf")), Ok(()), "an export beside the diary is fine");
        assert_eq!(refuse_own_file(&d.db, &d.folder.join("my-backtrack.db")), Ok(()), "only names that start like the diary's are its own");
        assert_eq!(refuse_own_file(&d.db, Path::new("/nonexistent-folder/x.csv")), Ok(()), "a missing folder fails at the write instead");
    }

    #[test]
    fn dot_dot_and_dot_cannot_sneak_back_to_the_diary() {
        let d = diary();
        let sneaky = d.folder.join("..").join("data").join(".").join(DB_FILE_NAME);
        assert!(refuse_own_file(&d.db, &sneaky).is_err(), "{} reaches the diary", sneaky.display());
        assert_eq!(refuse_own_file(&d.db, &d.folder.join("..")), Ok(()), "a folder is no diary file; writing over it fails on its own");
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_and_hard_links_to_the_diary_are_refused() {
        let d = diary();
        let outside = d.folder.parent().unwrap_or(Path::new("/")).to_owned();
        let link = outside.join("report.csv");
        std::os::unix::fs::symlink(&d.db, &link).expect("the symlink is made");
        assert!(refuse_own_file(&d.db, &link).is_err(), "a symbolic link to the diary");

        let dangling = outside.join("dangling.csv");
        std::os::unix::fs::symlink(d.folder.join("backtrack.db-journal"), &dangling).expect("the symlink is made");
        assert!(refuse_own_file(&d.db, &dangling).is_err(), "a link to a diary file that does not exist yet");

        let folder_link = outside.join("elsewhere");
        std::os::unix::fs::symlink(&d.folder, &folder_link).expect("the symlink is made");
        assert!(refuse_own_file(&d.db, &folder_link.join("backtrack.db-wal")).is_err(), "a link to the diary's folder");

        let inside = d.folder.join("exports");
        std::fs::create_dir(&inside).expect("the folder is created");
        let into_inside = outside.join("into-inside");
        std::os::unix::fs::symlink(&inside, &into_inside).expect("the symlink is made");
        for name in [DB_FILE_NAME, "backtrack.db-journal"] {
            let sneaky = into_inside.join("..").join(name);
            assert!(refuse_own_file(&d.db, &sneaky).is_err(), "{}: '..' after a link is taken where the link leads", sneaky.display());
        }

        let hard = outside.join("hard.json");
        std::fs::hard_link(&d.db, &hard).expect("the hard link is made");
        assert!(refuse_own_file(&d.db, &hard).is_err(), "a hard link is the same file");
    }
}
