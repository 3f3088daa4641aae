//! A child reads a paragraph aloud into the microphone: the recording is recognised in the
//! story's language, aligned with the paragraph ([`crate::align`]), and the result kept with
//! the reading (`kids_readings.heard`, per paragraph; `accuracy` over all recorded ones).

use std::collections::BTreeMap;

use ai::speech::stt;
use ai::{Speech, SpeechLang};
use kernel::auth::Principal;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::align::{align, Substitution};
use crate::body::StoryBody;
use crate::reading::MAX_WPM;
use crate::{coins, reading_store, store};

/// What one recorded paragraph came to, as kept in `kids_readings.heard`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParagraphHeard {
    pub accuracy: i64,
    pub missed: Vec<String>,
    pub substituted: Vec<Substitution>,
    /// Length of the recording.
    pub seconds: f64,
    /// Words of the paragraph.
    pub words: usize,
    /// Words read right.
    #[serde(default)]
    pub right: usize,
}

/// Every recorded paragraph of a reading, by paragraph index.
pub type Heard = BTreeMap<usize, ParagraphHeard>;

/// The answer to one recording.
#[derive(Debug, Serialize)]
pub struct Recorded {
    pub paragraph: usize,
    /// This paragraph's accuracy, 0–100.
    pub accuracy: i64,
    pub missed: Vec<String>,
    pub substituted: Vec<Substitution>,
    pub extra: Vec<String>,
    /// Where the missed and substituted words stand among the paragraph's words.
    pub missed_at: Vec<usize>,
    pub substituted_at: Vec<usize>,
    pub transcript: String,
    /// Words read right per minute in this paragraph; None when not believable.
    pub wpm: Option<i64>,
    /// The reading's accuracy over every paragraph recorded so far.
    pub reading_accuracy: i64,
}

/// A stored `heard` value, read leniently (an unreadable one counts as nothing recorded).
pub fn parse(heard: Option<&str>) -> Heard {
    heard
        .and_then(|h| serde_json::from_str(h).ok())
        .unwrap_or_default()
}

/// Per cent of the recorded paragraphs' words read right; None when nothing was recorded.
pub fn accuracy(heard: &Heard) -> Option<i64> {
    let words: usize = heard.values().map(|p| p.words).sum();
    let right: usize = heard.values().map(|p| p.right).sum();
    (words > 0).then(|| ((100 * right) as f64 / words as f64).round() as i64)
}

/// Words read right a minute over the recorded paragraphs, within the believable ceiling.
pub fn wpm(heard: &Heard) -> Option<i64> {
    let right: usize = heard.values().map(|p| p.right).sum();
    let ms: f64 = heard.values().map(|p| p.seconds * 1000.0).sum();
    speed(right, ms)
}

fn speed(right: usize, ms: f64) -> Option<i64> {
    (ms >= 1000.0)
        .then(|| coins::wpm(right as i64, ms.round() as i64))
        .flatten()
        .filter(|w| *w <= MAX_WPM)
}

/// Seconds of sound in a PCM WAV file (samples / rate), from its header.
pub fn wav_seconds(b: &[u8]) -> Option<f64> {
    let u16_at = |at: usize| Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?));
    let (mut pos, mut frame_rate) = (12usize, None);
    while let (Some(id), Some(size)) = (b.get(pos..pos + 4), u32_at(pos + 4)) {
        let size = size as usize;
        if id == b"fmt " {
            let channels = u16_at(pos + 10)? as usize;
            let rate = u32_at(pos + 12)? as usize;
            let bytes = (u16_at(pos + 22)? as usize).div_ceil(8) * channels;
            frame_rate = Some((bytes.max(1), rate.max(1)));
        } else if id == b"data" {
            let (frame, rate) = frame_rate?;
            let len = size.min(b.len().saturating_sub(pos + 8));
            return Some((len / frame) as f64 / rate as f64);
        }
        pos = pos.checked_add(8 + size + (size & 1))?;
    }
    None
}

/// The paragraph a query names: one of the story's, or a field error.
fn paragraph(raw: Option<&str>, body: &StoryBody) -> AppResult<usize> {
    let raw = raw.map(str::trim).filter(|r| !r.is_empty());
    let raw = raw.ok_or_else(|| AppError::field("paragraph", "field-required"))?;
    raw.parse::<usize>()
        .ok()
        .filter(|n| *n < body.paragraphs.len())
        .ok_or_else(|| AppError::field("paragraph", "smartkids-paragraph-unknown"))
}

fn speech_lang(language: &str) -> SpeechLang {
    match language {
        "ru" => SpeechLang::Ru,
        "en" => SpeechLang::En,
        _ => SpeechLang::Uz,
    }
}

/// Recognises the child's recording of paragraph `para` of their unfinished reading, and keeps
/// what it came to (a paragraph recorded again replaces its earlier result).
pub async fn record(
    app: &AppState,
    speech: &Speech,
    who: &Principal,
    reading_id: i64,
    para: Option<&str>,
    wav: Vec<u8>,
) -> AppResult<Recorded> {
    let reading = open_reading(app, who, reading_id).await?;
    let story = store::story(app.db.pool(), reading.story_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let body: StoryBody = serde_json::from_str(&story.body).map_err(AppError::internal)?;
    let n = paragraph(para, &body)?;
    let seconds = wav_seconds(&wav).unwrap_or(0.0);
    let lang = speech_lang(&story.language);
    let transcript = stt::recognize(app, speech, who.id, lang, wav).await?;
    let a = align(&body.paragraphs[n], &transcript);
    let this = ParagraphHeard {
        accuracy: a.accuracy,
        missed: a.missed.clone(),
        substituted: a.substituted.clone(),
        seconds: (seconds * 10.0).round() / 10.0,
        words: a.expected_words,
        right: a.read_right,
    };
    let reading_accuracy = keep(app, who, reading, n, this).await?;
    Ok(Recorded {
        paragraph: n,
        accuracy: a.accuracy,
        wpm: speed(a.read_right, seconds * 1000.0),
        missed: a.missed,
        substituted: a.substituted,
        extra: a.extra,
        missed_at: a.missed_at,
        substituted_at: a.substituted_at,
        transcript,
        reading_accuracy,
    })
}

/// The caller's own reading, still open: 404 for anyone else's, 409 once finished.
async fn open_reading(
    app: &AppState,
    who: &Principal,
    id: i64,
) -> AppResult<reading_store::ReadingRow> {
    let reading = reading_store::get(app.db.pool(), id)
        .await?
        .filter(|r| r.child_id == who.id)
        .ok_or_else(AppError::not_found)?;
    if reading.finished_at.is_some() {
        return Err(AppError::conflict("smartkids_reading_finished"));
    }
    Ok(reading)
}

/// Writes the paragraph's result into the reading, guarded by the value it was read with so
/// two recordings at once both count; the reading's accuracy afterwards.
async fn keep(
    app: &AppState,
    who: &Principal,
    mut reading: reading_store::ReadingRow,
    n: usize,
    this: ParagraphHeard,
) -> AppResult<i64> {
    for _ in 0..5 {
        let mut heard = parse(reading.heard.as_deref());
        heard.insert(n, this.clone());
        let total = accuracy(&heard).unwrap_or(0);
        let json = serde_json::to_string(&heard).map_err(AppError::internal)?;
        let before = reading.heard.as_deref();
        if reading_store::set_heard(app.db.pool(), reading.id, before, &json, total).await? {
            return Ok(total);
        }
        reading = open_reading(app, who, reading.id).await?;
    }
    Err(AppError::conflict("smartkids_reading_busy"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wav_header_gives_the_recording_length() {
        let wav = ai::speech::wav::pcm16_mono(16_000, &[0; 24_000]);
        assert_eq!(wav_seconds(&wav), Some(1.5));
        assert_eq!(wav_seconds(b"RIFF....WAVE"), None);
        assert_eq!(wav_seconds(b"not a wav"), None);
    }

    fn para(words: usize, right: usize, seconds: f64) -> ParagraphHeard {
        ParagraphHeard {
            accuracy: 0,
            missed: vec![],
            substituted: vec![],
            seconds,
            words,
            right,
        }
    }

    #[test]
    fn accuracy_is_weighted_by_words_and_speed_has_a_ceiling() {
        let heard: Heard = [(0, para(10, 10, 10.0)), (2, para(30, 15, 20.0))].into();
        assert_eq!(accuracy(&heard), Some(63));
        assert_eq!(wpm(&heard), Some(50));
        assert_eq!(accuracy(&Heard::new()), None);
        assert_eq!(wpm(&Heard::new()), None);
        let too_fast: Heard = [(0, para(60, 60, 5.0))].into();
        assert_eq!(wpm(&too_fast), None);
        let json = serde_json::to_string(&heard).unwrap();
        assert_eq!(parse(Some(&json)), heard);
        assert_eq!(parse(Some("nonsense")), Heard::new());
    }
}
