//! Time: the clock the server trusts, and how times are shown (Asia/Tashkent, UTC+5 all year).

use std::sync::atomic::{AtomicI64, Ordering};

/// Source of "now" in unix milliseconds; tests swap in a [`ManualClock`].
pub trait Clock: Send + Sync + 'static {
    fn now_ms(&self) -> i64;
}

/// The real clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    }
}

/// A clock that moves only when told to.
pub struct ManualClock(AtomicI64);

impl ManualClock {
    pub fn new(start_ms: i64) -> Self {
        Self(AtomicI64::new(start_ms))
    }

    pub fn advance_ms(&self, ms: i64) {
        self.0.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// Uzbekistan has kept UTC+5 without daylight saving since 1992.
const TASHKENT_OFFSET_MS: i64 = 5 * 3_600_000;

/// Calendar date and time of day in Tashkent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

pub fn tashkent(ms: i64) -> LocalTime {
    let local = ms + TASHKENT_OFFSET_MS;
    let days = local.div_euclid(86_400_000);
    let rem = local.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    LocalTime {
        year,
        month,
        day,
        hour: (rem / 3_600_000) as u32,
        minute: (rem % 3_600_000 / 60_000) as u32,
    }
}

/// `2026-11-26 19:21`, the form dates take on every page.
pub fn format_tashkent(ms: i64) -> String {
    let t = tashkent(ms);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        t.year, t.month, t.day, t.hour, t.minute
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_in_tashkent_time() {
        // 2026-11-26T14:21:00Z is 19:21 in Tashkent.
        assert_eq!(format_tashkent(1_795_702_860_000), "2026-11-26 19:21");
        assert_eq!(format_tashkent(0), "1970-01-01 05:00");
        // Crossing midnight: 2024-02-28T20:00Z is already 29 February in Tashkent.
        assert_eq!(format_tashkent(1_709_150_400_000), "2024-02-29 01:00");
    }
}
