//! The optional data file: the whole state as JSON (messages in their proto3 JSON form),
//! loaded at start and replaced atomically (write a temporary file, then rename) when saved.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::Error;
use crate::service::Core;
use crate::state::State;

/// The current data-file format.
pub(crate) const VERSION: u32 = 1;

/// Where and how often the state is written.
#[derive(Debug)]
pub(crate) struct Persistence {
    pub(crate) path: PathBuf,
    /// Save after every change that a client was told succeeded.
    pub(crate) write_through: bool,
    /// Serializes writers, so a later save never loses to an earlier one.
    lock: Mutex<Vec<u8>>,
}

impl Persistence {
    pub(crate) fn new(path: PathBuf, write_through: bool) -> Self {
        Persistence {
            path,
            write_through,
            lock: Mutex::new(Vec::new()),
        }
    }

    /// Writes the state if it changed since the last write.
    pub(crate) fn save(&self, core: &Core) -> Result<(), Error> {
        let mut last = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        let bytes = core.snapshot_json().map_err(|e| Error::DataFile {
            path: self.path.display().to_string(),
            reason: format!("could not serialize the state: {e}"),
        })?;
        if *last == bytes {
            return Ok(());
        }
        write_atomically(&self.path, &bytes)?;
        *last = bytes;
        Ok(())
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".tmp-{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    let context = || format!("writing the data file {}", path.display());
    let mut file = std::fs::File::create(&tmp).map_err(|e| Error::io(context(), e))?;
    file.write_all(bytes).map_err(|e| Error::io(context(), e))?;
    file.sync_all().map_err(|e| Error::io(context(), e))?;
    drop(file);
    std::fs::rename(&tmp, path).map_err(|e| Error::io(context(), e))?;
    Ok(())
}

/// Reads a data file; `Ok(None)` if there is none yet.
pub(crate) fn load(path: &Path) -> Result<Option<State>, Error> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::io(
                format!("reading the data file {}", path.display()),
                e,
            ));
        }
    };
    let mut state: State = serde_json::from_slice(&bytes).map_err(|e| Error::DataFile {
        path: path.display().to_string(),
        reason: format!("not an emulator state: {e}"),
    })?;
    if state.version != VERSION {
        return Err(Error::DataFile {
            path: path.display().to_string(),
            reason: format!(
                "format version {} is not the supported version {VERSION}",
                state.version
            ),
        });
    }
    state.reindex();
    Ok(Some(state))
}
