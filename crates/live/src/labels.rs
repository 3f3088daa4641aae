//! Fluent keys of the codes the host's pages show.

/// A game's state (`lobby`, `running`, `over`).
pub fn state_key(state: &str) -> &'static str {
    match state {
        "lobby" => "live-host-state-lobby",
        "running" => "live-host-state-running",
        _ => "live-host-state-over",
    }
}

/// A game's mode (`classic`, `kids`).
pub fn mode_key(mode: &str) -> &'static str {
    match mode {
        "kids" => "live-host-mode-kids",
        _ => "live-host-mode-classic",
    }
}
