//! Reading a photographed problem with tesseract (`uzb`, `rus` and `eng` data), when it is
//! installed: the text is shown to the child to confirm or correct before anything is solved.
//! At most two pictures are read at once; a picture that takes too long is given up.

use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use kernel::{AppError, AppResult};
use tokio::io::AsyncWriteExt;
use tokio::sync::Semaphore;

/// The largest picture accepted (a phone photo, scaled down by the page).
pub const MAX_BYTES: usize = 4 * 1024 * 1024;
/// Pictures read at the same time on one replica (tesseract takes a core and ~100 MB each).
const AT_ONCE: usize = 2;
const TIMEOUT: Duration = Duration::from_secs(20);

/// The reader: the tesseract program, and a gate on how many run at once.
#[derive(Clone)]
pub struct PhotoReader {
    program: Option<String>,
    slots: Arc<Semaphore>,
}

impl PhotoReader {
    /// `ALIF24_TESSERACT` names the program (default `tesseract`); "off" turns photos off.
    /// The program is looked for once; without it, photos are unavailable and the page says so.
    pub fn from_setting(setting: Option<String>) -> Self {
        let program = setting.unwrap_or_else(|| "tesseract".into());
        let found = program != "off"
            && std::process::Command::new(&program)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
        PhotoReader {
            program: found.then_some(program),
            slots: Arc::new(Semaphore::new(AT_ONCE)),
        }
    }

    pub fn available(&self) -> bool {
        self.program.is_some()
    }

    /// The text in a PNG or JPEG picture.
    pub async fn read(&self, picture: &[u8]) -> AppResult<String> {
        let program = self.program.as_deref().ok_or_else(|| {
            AppError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "mathkids_photo_unavailable",
            )
        })?;
        let is_png = picture.starts_with(b"\x89PNG\r\n\x1a\n");
        let is_jpeg = picture.starts_with(&[0xff, 0xd8, 0xff]);
        if !(is_png || is_jpeg) {
            return Err(AppError::field("photo", "mathkids-photo-format"));
        }
        let _slot = self
            .slots
            .try_acquire()
            .map_err(|_| AppError::rate_limited(5))?;
        let mut child = tokio::process::Command::new(program)
            .args(["stdin", "stdout", "-l", "eng+uzb+rus", "--psm", "6"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(AppError::internal)?;
        let mut stdin = child.stdin.take().expect("piped");
        let bytes = picture.to_vec();
        let writer = tokio::spawn(async move {
            let _ = stdin.write_all(&bytes).await;
        });
        let out = tokio::time::timeout(TIMEOUT, child.wait_with_output())
            .await
            .map_err(|_| AppError::new(StatusCode::SERVICE_UNAVAILABLE, "mathkids_photo_slow"))?
            .map_err(AppError::internal)?;
        let _ = writer.await;
        if !out.status.success() {
            return Err(AppError::field("photo", "mathkids-photo-unreadable"));
        }
        let text = clean(&String::from_utf8_lossy(&out.stdout));
        if text.is_empty() {
            return Err(AppError::field("photo", "mathkids-photo-unreadable"));
        }
        Ok(text)
    }
}

/// The recognised lines as one problem: blank lines dropped, spaces squeezed, at most 200
/// characters (the solver's limit).
pub fn clean(raw: &str) -> String {
    let joined = raw
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    joined.chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn recognised_lines_become_one_short_problem() {
        assert_eq!(super::clean("  47 +  24 =\n\n ?\n"), "47 + 24 = ?");
        assert_eq!(super::clean(&"9".repeat(500)).len(), 200);
    }
}
