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

/// A Tashkent local time typed as `YYYY-MM-DDTHH:MM` (an HTML `datetime-local` value, seconds
/// allowed) in unix milliseconds.
pub fn parse_tashkent(s: &str) -> Option<i64> {
    let (date, time) = s.trim().split_once(['T', ' '])?;
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (year, month, day) = (d.next()??, d.next()??, d.next()??);
    let mut t = time.split(':').map(|p| p.parse::<i64>().ok());
    let (hour, minute) = (t.next()??, t.next()??);
    let second = t.next().flatten().unwrap_or(0);
    if !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || !(0..24).contains(&hour)
        || !(0..60).contains(&minute)
        || !(0..60).contains(&second)
    {
        return None;
    }
    let days = days_from_civil(year, month as u32, day as u32);
    if civil_from_days(days) != (year, month as u32, day as u32) {
        return None;
    }
    Some(days * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 - TASHKENT_OFFSET_MS)
}

/// The `datetime-local` value of a moment, in Tashkent time.
pub fn format_input(ms: i64) -> String {
    let t = tashkent(ms);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        t.year, t.month, t.day, t.hour, t.minute
    )
}

fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
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

    #[test]
    fn typed_local_times_round_trip() {
        let ms = parse_tashkent("2026-11-26T19:21").unwrap();
        assert_eq!(ms, 1_795_702_860_000);
        assert_eq!(format_input(ms), "2026-11-26T19:21");
        assert_eq!(
            parse_tashkent("2024-02-29 01:00:00"),
            Some(1_709_150_400_000)
        );
        for bad in [
            "2026-02-30T10:00",
            "2026-13-01T10:00",
            "2026-11-26",
            "nonsense",
            "2026-11-26T25:00",
        ] {
            assert_eq!(parse_tashkent(bad), None, "{bad}");
        }
    }
}
