//! Writing a file so that a crash never leaves part of it: a temporary file in the same
//! folder, fsync, rename over the target, then fsync of the folder so the rename itself is on
//! the disk. Every file the app writes for the person, and the diary's key file, go through here.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so the
/// file at `path` is either the old one or the whole new one, never a part.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut temp = tempfile_in(dir, path)?;
    let result = (|| {
        temp.1.write_all(bytes)?;
        temp.1.sync_all()?;
        std::fs::rename(&temp.0, path)?;
        sync_folder(dir)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp.0);
    }
    result
}

fn tempfile_in(dir: &Path, target: &Path) -> std::io::Result<(std::path::PathBuf, std::fs::File)> {
    let base = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "export".into());
    for attempt in 0..100u32 {
        let candidate = dir.join(format!(".{base}.{}-{attempt}.part", std::process::id()));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&candidate) {
            Ok(file) => return Ok((candidate, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::new(std::io::ErrorKind::AlreadyExists, crate::t!("export-no-temporary-name")))
}

/// Makes a rename or removal inside `dir` durable. On systems where a folder cannot be
/// opened for syncing (Windows), the rename is already as durable as the system makes it.
pub fn sync_folder(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}
