//! espeak-ng, the offline voice, for real. Skipped (with a note) where it is not installed;
//! Debian's package is `espeak-ng`.

use ai::speech::encode::Encoders;
use ai::speech::espeak::Espeak;
use ai::speech::format::AudioFormat;
use ai::{SpeechLang, SpeechSynthesizer};
use axum::http::StatusCode;
use testkit::TestApp;

use crate::support::tts_uri;

async fn espeak() -> Option<Espeak> {
    let found = Espeak::detect("espeak-ng").await.expect("espeak-ng works");
    if found.is_none() {
        eprintln!("note: espeak-ng is not installed; skipping its real synthesis");
    }
    found
}

fn u32_at(b: &[u8], at: usize) -> usize {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap()) as usize
}

#[tokio::test]
async fn espeak_speaks_every_language_as_a_complete_wav_file() {
    let Some(espeak) = espeak().await else { return };
    for (lang, text) in [
        (SpeechLang::Uz, "Oʻrdak"),
        (SpeechLang::Ru, "Арбуз"),
        (SpeechLang::En, "Apple"),
    ] {
        assert!(espeak.voice_for(lang).is_some(), "{lang:?}");
        let audio = espeak.synthesize(text, lang).await.unwrap();
        assert_eq!(audio.mime, "audio/wav");
        let b = &audio.bytes;
        assert!(b.len() > 4_000, "{lang:?}: {} bytes", b.len());
        assert_eq!((&b[0..4], &b[8..12]), (&b"RIFF"[..], &b"WAVE"[..]));
        assert_eq!(u32_at(b, 4), b.len() - 8, "RIFF size is the real one");
        assert_eq!(&b[36..40], b"data");
        assert_eq!(u32_at(b, 40), b.len() - 44, "data size is the real one");
    }
}

#[tokio::test]
async fn text_that_looks_like_an_option_is_spoken_not_obeyed() {
    let Some(espeak) = espeak().await else { return };
    let audio = espeak
        .synthesize("--version", SpeechLang::En)
        .await
        .unwrap();
    assert_eq!(&audio.bytes[0..4], b"RIFF");
}

#[tokio::test]
async fn the_default_application_speaks_with_espeak_and_caches_it() {
    let configured = |k| std::env::var(k).is_ok_and(|v: String| !v.trim().is_empty());
    if espeak().await.is_none() || configured("AZURE_SPEECH_KEY") || configured("ALIF24_ESPEAK") {
        return;
    }
    let app = TestApp::spawn().await;
    let status = app.get("/api/v1/speech/status", None).await.json();
    assert_eq!(status["tts"]["uz-UZ"], "espeak");
    let uri = tts_uri("uz-UZ", "Olma");
    let encoders = Encoders::detect().await;
    let served = [AudioFormat::Ogg, AudioFormat::Mp3]
        .into_iter()
        .find(|f| encoders.can(*f))
        .unwrap_or(AudioFormat::Wav);
    let first = app.get(&uri, None).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.headers["content-type"], served.mime());
    let second = app.get(&uri, None).await;
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(second.text, first.text);
    assert_eq!(app.count("speech_cache").await, 1);
}

#[tokio::test]
async fn uzbek_apostrophes_are_read_as_sounds_not_spelled_out() {
    let Some(espeak) = espeak().await else { return };
    let typed = espeak.synthesize("Maʼno", SpeechLang::Uz).await.unwrap();
    let plain = espeak.synthesize("Ma'no", SpeechLang::Uz).await.unwrap();
    assert_eq!(typed.bytes.len(), plain.bytes.len());
    assert!(typed.bytes == plain.bytes);
}

#[tokio::test]
async fn a_named_espeak_program_that_does_not_exist_stops_start_up_in_one_line() {
    use ai::speech::config::EspeakSetting;
    use ai::{Speech, SpeechConfig};
    let config = |espeak| SpeechConfig {
        azure: None,
        espeak,
    };
    let err = Speech::start(&config(EspeakSetting::Program(
        "/nonexistent/espeak-ng".into(),
    )))
    .await
    .err()
    .expect("start-up fails")
    .to_string();
    assert!(
        err.contains("ALIF24_ESPEAK") && !err.contains('\n'),
        "{err}"
    );
    let off = Speech::start(&config(EspeakSetting::Off)).await.unwrap();
    assert!(off.status().tts.values().all(|v| *v == "browser"));
}

/// espeak-ng and both encoders, or `None` (with a note) where one is missing.
async fn offline_voice() -> Option<(Espeak, Encoders)> {
    let espeak = espeak().await?;
    let encoders = Encoders::detect().await;
    if !(encoders.can(AudioFormat::Ogg) && encoders.can(AudioFormat::Mp3)) {
        eprintln!("note: opusenc or lame is not installed; skipping compressed audio");
        return None;
    }
    Some((espeak, encoders))
}

/// Words as the alphabets show them, for the figures in docs/performance.md.
const WORDS: [(SpeechLang, [&str; 20]); 3] = [
    (
        SpeechLang::Uz,
        [
            "Olma", "Anor", "Bola", "Daraxt", "Ekin", "Fil", "Gul", "Hovli", "Ilon", "Joʻja",
            "Kitob", "Lola", "Mushuk", "Non", "Oʻrdak", "Qalam", "Sabzi", "Gʻoz", "Shaftoli",
            "Choynak",
        ],
    ),
    (
        SpeechLang::Ru,
        [
            "Арбуз",
            "Банан",
            "Волк",
            "Гриб",
            "Дом",
            "Ёж",
            "Жук",
            "Заяц",
            "Игла",
            "Кот",
            "Лиса",
            "Мяч",
            "Нос",
            "Облако",
            "Пчела",
            "Рыба",
            "Слон",
            "Утка",
            "Шапка",
            "Яблоко",
        ],
    ),
    (
        SpeechLang::En,
        [
            "Apple", "Ball", "Cat", "Dog", "Egg", "Fish", "Goat", "Hat", "Ink", "Jam", "Kite",
            "Lion", "Moon", "Nest", "Octopus", "Pen", "Queen", "Rabbit", "Sun", "Tiger",
        ],
    ),
];

#[tokio::test]
async fn a_word_from_the_offline_voice_is_at_most_8_kb_as_ogg_opus_and_as_mp3() {
    let Some((espeak, encoders)) = offline_voice().await else {
        return;
    };
    for (lang, words) in WORDS {
        for word in &words[..3] {
            let wav = espeak.synthesize(word, lang).await.unwrap();
            let ogg = encoders.encode(&wav.bytes, AudioFormat::Ogg).await.unwrap();
            let mp3 = encoders.encode(&wav.bytes, AudioFormat::Mp3).await.unwrap();
            assert_eq!(&ogg[0..4], b"OggS", "{word}");
            assert!(&ogg[28..36] == b"OpusHead", "{word}: Opus in Ogg");
            assert!(mp3.starts_with(b"ID3") || mp3[0] == 0xFF, "{word}: MP3");
            for (format, bytes) in [("ogg", &ogg), ("mp3", &mp3)] {
                assert!(
                    bytes.len() <= 8 * 1024,
                    "{word} {format}: {} bytes",
                    bytes.len()
                );
            }
            assert!(ogg.len() * 4 < wav.bytes.len(), "{word}: compressed");
        }
    }
}

/// Prints bytes per word in each format (`cargo test -p ai --test ai -- --ignored
/// audio_sizes --nocapture`); the figures in docs/performance.md come from here.
#[tokio::test]
#[ignore]
async fn audio_sizes_of_twenty_words_per_language() {
    let Some((espeak, encoders)) = offline_voice().await else {
        return;
    };
    println!("lang   wav avg/max   ogg avg/max   mp3 avg/max  (bytes per word)");
    for (lang, words) in WORDS {
        let mut sizes = [Vec::new(), Vec::new(), Vec::new()];
        for word in words {
            let wav = espeak.synthesize(word, lang).await.unwrap();
            sizes[0].push(wav.bytes.len());
            for (i, f) in [(1, AudioFormat::Ogg), (2, AudioFormat::Mp3)] {
                sizes[i].push(encoders.encode(&wav.bytes, f).await.unwrap().len());
            }
        }
        let cell = |v: &Vec<usize>| {
            format!(
                "{:>6}/{:<6}",
                v.iter().sum::<usize>() / v.len(),
                v.iter().max().unwrap()
            )
        };
        println!(
            "{}  {}  {}  {}",
            lang.tag(),
            cell(&sizes[0]),
            cell(&sizes[1]),
            cell(&sizes[2])
        );
    }
}
