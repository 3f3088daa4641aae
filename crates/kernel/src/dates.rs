//! Dates, times and durations as families read them: each language's own format, in Tashkent
//! time (UTC+5, no daylight saving); durations in words through Fluent plurals.

use crate::clock::tashkent;
use crate::i18n::{Lang, Tr};

/// Uzbek month names (Latin), as written after the day: «7-dekabr».
const UZ_MONTHS: [&str; 12] = [
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
    "noyabr", "dekabr",
];

/// Russian month names in the genitive, as written after the day: «7 декабря».
const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The calendar date of a moment in Tashkent: uz «2026-yil 7-dekabr», ru «7 декабря 2026»,
/// en «7 December 2026».
pub fn format_date(lang: Lang, ms: i64) -> String {
    let t = tashkent(ms);
    let m = (t.month as usize).clamp(1, 12) - 1;
    match lang {
        Lang::Uz => format!("{}-yil {}-{}", t.year, t.day, UZ_MONTHS[m]),
        Lang::Ru => format!("{} {} {}", t.day, RU_MONTHS[m], t.year),
        Lang::En => format!("{} {} {}", t.day, EN_MONTHS[m], t.year),
    }
}

/// Date and time of day (24-hour clock, Tashkent): «7 декабря 2026, 14:05».
pub fn format_date_time(lang: Lang, ms: i64) -> String {
    let t = tashkent(ms);
    format!("{}, {:02}:{:02}", format_date(lang, ms), t.hour, t.minute)
}

/// A length of time in words, largest units first and zero units left out:
/// «2 daqiqa 5 soniya», «2 минуты 5 секунд», «2 minutes 5 seconds». Past an hour the seconds
/// are dropped; nobody waits for them.
pub fn format_duration(tr: &Tr, seconds: u64) -> String {
    units(tr, seconds, "duration")
}

/// How long until something can be tried again, as the phrase a sentence needs:
/// «2 daqiqa 5 soniyadan keyin», «через 2 минуты 5 секунд» (accusative: «через 1 минуту»),
/// «in 2 minutes 5 seconds».
pub fn format_wait(tr: &Tr, seconds: u64) -> String {
    let amount = units(tr, seconds, "duration-acc");
    tr.ta("duration-wait", &[("duration", amount)])
}

fn units(tr: &Tr, seconds: u64, prefix: &str) -> String {
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(tr.ta(&format!("{prefix}-hours"), &[("n", h.to_string())]));
    }
    if m > 0 {
        parts.push(tr.ta(&format!("{prefix}-minutes"), &[("n", m.to_string())]));
    }
    if (s > 0 && h == 0) || parts.is_empty() {
        parts.push(tr.ta(&format!("{prefix}-seconds"), &[("n", s.to_string())]));
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-12-07T09:05:00Z is 14:05 in Tashkent.
    const DEC_7: i64 = 1_796_634_300_000;

    #[test]
    fn dates_take_each_languages_form_in_tashkent_time() {
        assert_eq!(
            format_date_time(Lang::Uz, DEC_7),
            "2026-yil 7-dekabr, 14:05"
        );
        assert_eq!(format_date_time(Lang::Ru, DEC_7), "7 декабря 2026, 14:05");
        assert_eq!(format_date_time(Lang::En, DEC_7), "7 December 2026, 14:05");
        // 2024-02-28T20:00Z is already 29 February in Tashkent.
        assert_eq!(format_date(Lang::Ru, 1_709_150_400_000), "29 февраля 2024");
        assert_eq!(format_date(Lang::Uz, 0), "1970-yil 1-yanvar");
    }
}
