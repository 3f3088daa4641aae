//! Compressing the offline voice's WAV: `opusenc` (Debian `opus-tools`) makes Ogg Opus and
//! `lame` makes MP3, each run as a subprocess fed through pipes (no temporary files), within a
//! time limit and a bound on how many run at once, so a class of 200 asking at the same moment
//! queues instead of starting 200 encoders.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::process::Command;
use tokio::sync::Semaphore;

use super::format::AudioFormat;
use super::SpeechError;

const NAME: &str = "encoder";
/// One encoding must finish within this.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// How long a phrase may wait for a free encoder. Phrases are encoded once and then cached, so
/// a long queue only happens when many new phrases come at once (200 new words take about
/// 10 s on two busy cores); past this the request fails and the page uses the browser's voice.
pub const QUEUE_WAIT: Duration = Duration::from_secs(30);
/// Opus bit rate in kbit/s: clear speech at about 3–4 KB a word.
const OPUS_KBPS: &str = "24";
/// MP3 bit rate in kbit/s (MPEG-2 at espeak's 22 kHz): about 4–5 KB a word.
const MP3_KBPS: &str = "32";

/// The encoders found on this server.
pub struct Encoders {
    opusenc: Option<String>,
    lame: Option<String>,
    permits: Semaphore,
    timeout: Duration,
}

impl Encoders {
    /// No encoder: WAV is served as it is.
    pub fn none() -> Self {
        Self::with_programs(None, None)
    }

    /// These programs (tests use fakes), without checking that they run.
    pub fn with_programs(opusenc: Option<&str>, lame: Option<&str>) -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self {
            opusenc: opusenc.map(str::to_string),
            lame: lame.map(str::to_string),
            permits: Semaphore::new(cores.clamp(1, 8)),
            timeout: TIMEOUT,
        }
    }

    /// The same encoders with another time limit.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// `opusenc` and `lame` from the PATH, each when `--version` runs.
    pub async fn detect() -> Self {
        let opusenc = answers("opusenc", "opus-tools").await;
        let lame = answers("lame", "LAME").await;
        Self::with_programs(opusenc.then_some("opusenc"), lame.then_some("lame"))
    }

    /// Whether WAV can be turned into `format` here.
    pub fn can(&self, format: AudioFormat) -> bool {
        match format {
            AudioFormat::Ogg => self.opusenc.is_some(),
            AudioFormat::Mp3 => self.lame.is_some(),
            AudioFormat::Wav => true,
        }
    }

    /// The formats WAV can become here, smallest first.
    pub fn formats(&self) -> Vec<AudioFormat> {
        AudioFormat::ALL
            .into_iter()
            .filter(|f| self.can(*f))
            .collect()
    }

    /// `wav` (a complete WAV file) as `format`.
    pub async fn encode(&self, wav: &[u8], format: AudioFormat) -> Result<Vec<u8>, SpeechError> {
        let failed = |detail: String| SpeechError::Failed {
            provider: NAME,
            detail,
        };
        let (program, args): (&str, &[&str]) = match (format, &self.opusenc, &self.lame) {
            (AudioFormat::Wav, ..) => return Ok(wav.to_vec()),
            (AudioFormat::Ogg, Some(p), _) => (
                p,
                &[
                    "--quiet",
                    "--bitrate",
                    OPUS_KBPS,
                    "--downmix-mono",
                    "-",
                    "-",
                ],
            ),
            (AudioFormat::Mp3, _, Some(p)) => {
                (p, &["--silent", "-m", "m", "-b", MP3_KBPS, "-", "-"])
            }
            _ => return Err(failed(format!("no encoder for {}", format.name()))),
        };
        let timed_out = |after: Duration| SpeechError::Timeout {
            provider: NAME,
            after_ms: after.as_millis(),
        };
        let _permit = tokio::time::timeout(QUEUE_WAIT, self.permits.acquire())
            .await
            .map_err(|_| timed_out(QUEUE_WAIT))?
            .map_err(|e| failed(e.to_string()))?;
        tokio::time::timeout(self.timeout, run(program, args, wav))
            .await
            .map_err(|_| timed_out(self.timeout))?
            .map_err(|e| failed(format!("{program}: {e}")))
    }
}

/// Whether `program --version` runs and prints `mark`.
async fn answers(program: &str, mark: &str) -> bool {
    let run = Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .output();
    match tokio::time::timeout(TIMEOUT, run).await {
        Ok(Ok(out)) => String::from_utf8_lossy(&out.stdout).contains(mark),
        _ => false,
    }
}

/// Feeds `input` to `program args…` and returns what it wrote. Writing and reading happen
/// together, so a program that writes before it has read everything cannot block on a full
/// pipe; the child is killed if the caller gives up (`kill_on_drop`).
async fn run(program: &str, args: &[&str], input: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| std::io::Error::other("no stdin"))?;
    let write = async move {
        // A program that stops reading early reports its own error below.
        let _ = stdin.write_all(input).await;
        drop(stdin);
    };
    let (_, out) = tokio::join!(write, child.wait_with_output());
    let out = out?;
    if !out.status.success() || out.stdout.is_empty() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(std::io::Error::other(format!(
            "exit status {}, {} bytes: {}",
            out.status,
            out.stdout.len(),
            stderr.trim()
        )));
    }
    Ok(out.stdout)
}
