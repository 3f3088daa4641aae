//! The leaderboards' periods in Tashkent time: this week from Monday 00:00, this month from
//! the 1st 00:00, all time. Each period's board is a bucket named for its start, so a new week
//! starts an empty board and the old one expires.

use kernel::clock::{civil_from_days, tashkent};

const DAY_MS: i64 = 86_400_000;
/// Uzbekistan keeps UTC+5 all year.
const OFFSET_MS: i64 = 5 * 3_600_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    Week,
    Month,
    All,
}

impl Period {
    pub const EVERY: [Period; 3] = [Period::Week, Period::Month, Period::All];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "week" => Some(Self::Week),
            "month" => Some(Self::Month),
            "all" => Some(Self::All),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Week => "week",
            Self::Month => "month",
            Self::All => "all",
        }
    }

    /// The bucket `now_ms` falls in: its name (`w2026-12-07`, `m2026-12`, `all`) and the
    /// moment it started (0 for all time).
    pub fn bucket(self, now_ms: i64) -> Bucket {
        let local_days = (now_ms + OFFSET_MS).div_euclid(DAY_MS);
        match self {
            Self::Week => {
                // 1970-01-01 was a Thursday: (days + 3) % 7 is 0 on Mondays.
                let monday = local_days - (local_days + 3).rem_euclid(7);
                let (y, m, d) = civil_from_days(monday);
                Bucket {
                    name: format!("w{y:04}-{m:02}-{d:02}"),
                    since_ms: monday * DAY_MS - OFFSET_MS,
                }
            }
            Self::Month => {
                let t = tashkent(now_ms);
                let first = local_days - i64::from(t.day) + 1;
                Bucket {
                    name: format!("m{:04}-{:02}", t.year, t.month),
                    since_ms: first * DAY_MS - OFFSET_MS,
                }
            }
            Self::All => Bucket {
                name: "all".into(),
                since_ms: 0,
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bucket {
    pub name: String,
    pub since_ms: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_week_starts_on_monday_at_midnight_in_tashkent() {
        // 2026-12-07 is a Monday.
        let monday = kernel::clock::parse_tashkent("2026-12-07T00:00").unwrap();
        let sunday_night = kernel::clock::parse_tashkent("2026-12-06T23:59").unwrap();
        let friday = kernel::clock::parse_tashkent("2026-12-11T15:30").unwrap();
        let week = Period::Week.bucket(friday);
        assert_eq!(week.name, "w2026-12-07");
        assert_eq!(week.since_ms, monday);
        assert_eq!(Period::Week.bucket(monday).name, "w2026-12-07");
        assert_eq!(Period::Week.bucket(sunday_night).name, "w2026-11-30");
    }

    #[test]
    fn the_month_starts_on_the_first_at_midnight_in_tashkent() {
        let first = kernel::clock::parse_tashkent("2026-12-01T00:00").unwrap();
        let late = kernel::clock::parse_tashkent("2026-12-31T23:59").unwrap();
        assert_eq!(Period::Month.bucket(late).name, "m2026-12");
        assert_eq!(Period::Month.bucket(late).since_ms, first);
        assert_eq!(Period::Month.bucket(first - 1).name, "m2026-11");
        assert_eq!(Period::All.bucket(late).since_ms, 0);
    }
}
