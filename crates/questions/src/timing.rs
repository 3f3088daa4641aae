//! The fair-attempt rules as pure arithmetic on unix milliseconds: when an assignment is open,
//! an attempt's deadline, the grace forgiven for the network, and when time is up. The caller
//! reads the server's clock and passes it in as `now`; the browser's clock never counts.

/// Network delay forgiven on answers and submissions arriving just after the deadline. It
/// forgives a late arrival; it never gives extra time (see [`closed_at`]).
pub const GRACE_MS: i64 = 3_000;

/// Where a moment falls in an assignment's window `[opens_at, due_at)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// Before `opens_at`: nobody may start yet.
    Upcoming,
    /// From `opens_at` (included) until `due_at` (excluded).
    Open,
    /// From `due_at` on: no new attempt starts.
    Closed,
}

impl Window {
    /// `upcoming`, `open` or `closed`, as the API shows it.
    pub fn as_str(self) -> &'static str {
        match self {
            Window::Upcoming => "upcoming",
            Window::Open => "open",
            Window::Closed => "closed",
        }
    }
}

/// Where `now` falls in the window from `opens_at` to `due_at`.
pub fn window(now: i64, opens_at: i64, due_at: i64) -> Window {
    if now < opens_at {
        Window::Upcoming
    } else if now < due_at {
        Window::Open
    } else {
        Window::Closed
    }
}

/// An attempt's deadline: the time limit counted from the start, but never later than the
/// assignment's due time; an untimed test runs until the due time.
pub fn deadline(started_at: i64, time_limit_min: Option<i64>, due_at: i64) -> i64 {
    match time_limit_min {
        Some(m) => started_at
            .saturating_add(m.saturating_mul(60_000))
            .min(due_at),
        None => due_at,
    }
}

/// Whether an answer or a submission arriving at `now` still counts: up to the deadline plus
/// [`GRACE_MS`], inclusive.
pub fn in_time(now: i64, deadline_at: i64) -> bool {
    now <= deadline_at.saturating_add(GRACE_MS)
}

/// Whether time is up for an attempt still open at `now`: it is then graded with what was
/// saved, closed at its deadline, and anything sent later is refused.
pub fn time_up(now: i64, deadline_at: i64) -> bool {
    !in_time(now, deadline_at)
}

/// When a submission arriving in time closes the attempt: at `now`, but never after the
/// deadline, so the grace never shows up as extra minutes in the results.
pub fn closed_at(now: i64, deadline_at: i64) -> i64 {
    now.min(deadline_at)
}

/// Whether an attempt's countdown still runs at `now` (before its deadline; the grace is for
/// the network, not for the page).
pub fn running(now: i64, deadline_at: i64) -> bool {
    now < deadline_at
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60_000;

    #[test]
    fn a_window_opens_at_its_start_and_closes_at_its_due_time() {
        assert_eq!(window(99, 100, 200), Window::Upcoming);
        assert_eq!(window(100, 100, 200), Window::Open);
        assert_eq!(window(199, 100, 200), Window::Open);
        assert_eq!(window(200, 100, 200), Window::Closed);
        assert_eq!(window(200, 100, 200).as_str(), "closed");
        assert_eq!(window(0, 100, 200).as_str(), "upcoming");
        assert_eq!(window(150, 100, 200).as_str(), "open");
    }

    #[test]
    fn the_deadline_is_the_time_limit_from_the_start_capped_by_the_due_time() {
        assert_eq!(
            deadline(1_000, Some(20), 1_000 + 60 * MIN),
            1_000 + 20 * MIN
        );
        // Started ten minutes before the due time with a twenty-minute limit: ten minutes.
        assert_eq!(
            deadline(1_000, Some(20), 1_000 + 10 * MIN),
            1_000 + 10 * MIN
        );
        assert_eq!(deadline(1_000, None, 1_000 + 90 * MIN), 1_000 + 90 * MIN);
        assert_eq!(deadline(1_000, Some(i64::MAX), 5_000), 5_000);
    }

    #[test]
    fn answers_count_until_the_grace_after_the_deadline_has_passed() {
        let d = 10_000;
        assert!(in_time(d, d));
        assert!(in_time(d + GRACE_MS, d));
        assert!(!in_time(d + GRACE_MS + 1, d));
        assert!(!time_up(d + GRACE_MS, d));
        assert!(time_up(d + GRACE_MS + 1, d));
        assert!(!time_up(i64::MAX, i64::MAX));
    }

    #[test]
    fn a_submission_in_the_grace_is_closed_at_the_deadline() {
        assert_eq!(closed_at(9_000, 10_000), 9_000);
        assert_eq!(closed_at(10_000 + GRACE_MS, 10_000), 10_000);
    }

    #[test]
    fn the_countdown_runs_until_the_deadline_without_grace() {
        assert!(running(9_999, 10_000));
        assert!(!running(10_000, 10_000));
    }
}
