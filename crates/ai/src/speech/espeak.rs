//! espeak-ng, the offline voice: a local program run once per phrase (Debian package
//! `espeak-ng`, voices `uz`, `ru`, `en-us`). Robotic but clear, and needs no network.

use std::process::Stdio;
use std::time::Duration;

use kernel::auth::BoxFuture;
use tokio::process::Command;
use tokio::sync::Semaphore;

use super::{wav, Audio, SpeechError, SpeechLang, SpeechSynthesizer};

const NAME: &str = "espeak";
/// Words per minute: slower than espeak's 175, for children hearing letters.
const SPEED: &str = "130";
const TIMEOUT: Duration = Duration::from_secs(10);
/// espeak-ng runs on the server's own cores; more phrases than this wait their turn.
const CONCURRENT: usize = 2;

pub struct Espeak {
    program: String,
    /// The installed voice of each language, if any.
    voices: Vec<(SpeechLang, &'static str)>,
    permits: Semaphore,
}

/// espeak-ng's voice for each language.
fn voice(lang: SpeechLang) -> &'static str {
    match lang {
        SpeechLang::Uz => "uz",
        SpeechLang::Ru => "ru",
        SpeechLang::En => "en-us",
    }
}

impl Espeak {
    /// Runs `program --version` and `--voices`: `Ok(None)` when the program is not installed,
    /// `Err` when it is there but does not work.
    pub async fn detect(program: &str) -> Result<Option<Self>, String> {
        let version = match run(program, &["--version"]).await {
            Ok(out) => out,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("{program} --version failed: {e}")),
        };
        if !version.contains("eSpeak") {
            return Err(format!("{program} --version does not look like espeak-ng"));
        }
        let listing = run(program, &["--voices"])
            .await
            .map_err(|e| format!("{program} --voices failed: {e}"))?;
        let installed: Vec<&str> = listing
            .lines()
            .skip(1)
            .filter_map(|l| l.split_whitespace().nth(1))
            .collect();
        let voices = SpeechLang::ALL
            .into_iter()
            .filter(|l| installed.contains(&voice(*l)))
            .map(|l| (l, voice(l)))
            .collect();
        Ok(Some(Self {
            program: program.to_string(),
            voices,
            permits: Semaphore::new(CONCURRENT),
        }))
    }
}

/// Runs `program args…` and returns what it printed, within [`TIMEOUT`].
async fn run(program: &str, args: &[&str]) -> std::io::Result<String> {
    let out = tokio::time::timeout(
        TIMEOUT,
        Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .kill_on_drop(true)
            .output(),
    )
    .await
    .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "no answer"))??;
    if !out.status.success() {
        return Err(std::io::Error::other(format!("exit status {}", out.status)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The text as espeak-ng reads it best. Its Uzbek voice knows the apostrophe only as `'`: it
/// spells out the name of U+02BC (the tutuq belgisi, as in maʼno) in English.
fn spoken_form(text: &str, lang: SpeechLang) -> String {
    match lang {
        SpeechLang::Uz => text.replace(['\u{02BB}', '\u{02BC}'], "'"),
        _ => text.to_string(),
    }
}

impl SpeechSynthesizer for Espeak {
    fn name(&self) -> &'static str {
        NAME
    }

    fn voice_for(&self, lang: SpeechLang) -> Option<String> {
        self.voices
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, v)| v.to_string())
    }

    fn synthesize<'a>(
        &'a self,
        text: &'a str,
        lang: SpeechLang,
    ) -> BoxFuture<'a, Result<Audio, SpeechError>> {
        Box::pin(async move {
            let failed = |detail: String| SpeechError::Failed {
                provider: NAME,
                detail,
            };
            let voice = self.voice_for(lang).ok_or(SpeechError::NoVoice {
                provider: NAME,
                lang: lang.tag(),
            })?;
            let _permit = self
                .permits
                .acquire()
                .await
                .map_err(|e| failed(e.to_string()))?;
            let text = spoken_form(text, lang);
            // The text is one argument after `--`: no shell, and a leading `-` is not an option.
            let child = Command::new(&self.program)
                .args(["-v", &voice, "-s", SPEED, "--stdout", "--", &text])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .kill_on_drop(true)
                .output();
            let out = tokio::time::timeout(TIMEOUT, child)
                .await
                .map_err(|_| SpeechError::Timeout {
                    provider: NAME,
                    after_ms: TIMEOUT.as_millis(),
                })?
                .map_err(|e| failed(format!("{} did not start: {e}", self.program)))?;
            if !out.status.success() || out.stdout.len() <= 44 {
                let stderr = String::from_utf8_lossy(&out.stderr);
                return Err(failed(format!(
                    "exit status {}, {} bytes: {}",
                    out.status,
                    out.stdout.len(),
                    stderr.trim()
                )));
            }
            let mut bytes = out.stdout;
            wav::fix_stream_sizes(&mut bytes);
            Ok(Audio {
                bytes,
                mime: "audio/wav".into(),
            })
        })
    }
}
