//! What the server's own voice can do, found once at start-up by the speech service: reported
//! on `/readyz` and the admin overview, so an operator sees at a glance whether children hear
//! the server's voice or only their phone's.

use std::collections::BTreeMap;

use serde::Serialize;

/// The server voice as detected at start-up. No voice is a valid state (pages fall back to the
/// browser's speech synthesis), never a reason to refuse readiness.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct VoiceReport {
    /// Whether any language has a server voice.
    pub server_voice: bool,
    /// BCP-47 tags with a server voice (`uz-UZ`, `ru-RU`, `en-US`).
    pub languages: Vec<String>,
    /// Media types the audio is served in, preferred first (`audio/ogg`, `audio/mpeg`).
    pub formats: Vec<String>,
    /// The provider speaking each language with a server voice: `"uz-UZ": "espeak"`.
    pub providers: BTreeMap<String, String>,
}
