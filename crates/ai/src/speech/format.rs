//! The audio formats speech is served in, and which one a request gets.
//!
//! Ogg Opus is the smallest for speech (about 3–4 KB a word) and what most browsers play; MP3
//! is for the browsers that cannot play Opus (older iPhones), which ask for it; WAV is what
//! espeak-ng makes and is served only when no encoder is installed.

/// A format audio is served in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AudioFormat {
    /// Opus in an Ogg container (`audio/ogg`).
    Ogg,
    /// MP3 (`audio/mpeg`).
    Mp3,
    /// Uncompressed PCM (`audio/wav`).
    Wav,
}

impl AudioFormat {
    /// Every format, smallest first.
    pub const ALL: [AudioFormat; 3] = [AudioFormat::Ogg, AudioFormat::Mp3, AudioFormat::Wav];

    /// The media type of the response.
    pub fn mime(self) -> &'static str {
        match self {
            AudioFormat::Ogg => "audio/ogg",
            AudioFormat::Mp3 => "audio/mpeg",
            AudioFormat::Wav => "audio/wav",
        }
    }

    /// The short name used in requests (`format=mp3`) and cache keys.
    pub fn name(self) -> &'static str {
        match self {
            AudioFormat::Ogg => "ogg",
            AudioFormat::Mp3 => "mp3",
            AudioFormat::Wav => "wav",
        }
    }

    /// The `format` a client asked for: nothing means Ogg Opus; `None` for an unknown name.
    pub fn parse(name: Option<&str>) -> Option<Self> {
        match name.map(str::trim).filter(|n| !n.is_empty()) {
            None => Some(AudioFormat::Ogg),
            Some(n) if n.eq_ignore_ascii_case("ogg") || n.eq_ignore_ascii_case("opus") => {
                Some(AudioFormat::Ogg)
            }
            Some(n) if n.eq_ignore_ascii_case("mp3") => Some(AudioFormat::Mp3),
            Some(n) if n.eq_ignore_ascii_case("wav") => Some(AudioFormat::Wav),
            Some(_) => None,
        }
    }

    /// The format of a media type, ignoring parameters (`audio/ogg; codecs=opus`).
    pub fn from_mime(mime: &str) -> Option<Self> {
        let base = mime.split(';').next().unwrap_or_default().trim();
        Self::ALL
            .into_iter()
            .find(|f| f.mime().eq_ignore_ascii_case(base))
    }

    /// What to serve instead when this format cannot be made, best first. MP3 falls back to
    /// WAV, not Ogg: a browser that asked for MP3 may not play Opus, but every browser plays WAV.
    pub fn fallbacks(self) -> &'static [AudioFormat] {
        match self {
            AudioFormat::Ogg => &[AudioFormat::Ogg, AudioFormat::Mp3, AudioFormat::Wav],
            AudioFormat::Mp3 => &[AudioFormat::Mp3, AudioFormat::Wav],
            AudioFormat::Wav => &[AudioFormat::Wav],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AudioFormat;

    #[test]
    fn requests_name_a_format_or_get_ogg_and_unknown_names_are_refused() {
        assert_eq!(AudioFormat::parse(None), Some(AudioFormat::Ogg));
        assert_eq!(AudioFormat::parse(Some(" ")), Some(AudioFormat::Ogg));
        assert_eq!(AudioFormat::parse(Some("MP3")), Some(AudioFormat::Mp3));
        assert_eq!(AudioFormat::parse(Some("opus")), Some(AudioFormat::Ogg));
        assert_eq!(AudioFormat::parse(Some("flac")), None);
    }

    #[test]
    fn media_types_map_back_to_formats_whatever_their_parameters() {
        assert_eq!(
            AudioFormat::from_mime("audio/ogg; codecs=opus"),
            Some(AudioFormat::Ogg)
        );
        assert_eq!(AudioFormat::from_mime("audio/mpeg"), Some(AudioFormat::Mp3));
        assert_eq!(AudioFormat::from_mime("audio/webm"), None);
    }
}
