//! Durations read as words in each language, with the right plural and case, from the real
//! Fluent files (`kernel-dates.ftl`).

use std::sync::Arc;

use kernel::dates::{format_duration, format_wait};
use kernel::i18n::{Catalog, Lang, Tr};

fn tr(lang: Lang) -> Tr {
    let catalog = Catalog::new(&app::all_resources()).expect("every .ftl file parses");
    Tr::new(Arc::new(catalog), lang)
}

#[test]
fn durations_are_written_in_words_with_plurals() {
    let (uz, ru, en) = (tr(Lang::Uz), tr(Lang::Ru), tr(Lang::En));
    assert_eq!(format_duration(&uz, 125), "2 daqiqa 5 soniya");
    assert_eq!(format_duration(&ru, 125), "2 минуты 5 секунд");
    assert_eq!(format_duration(&en, 125), "2 minutes 5 seconds");
    assert_eq!(format_duration(&ru, 61), "1 минута 1 секунда");
    assert_eq!(format_duration(&ru, 21 * 60 + 22), "21 минута 22 секунды");
    assert_eq!(format_duration(&ru, 11 * 60 + 14), "11 минут 14 секунд");
    assert_eq!(format_duration(&en, 60), "1 minute");
    assert_eq!(format_duration(&en, 0), "0 seconds");
    assert_eq!(format_duration(&uz, 3 * 3600 + 125), "3 soat 2 daqiqa");
}

#[test]
fn a_wait_is_the_phrase_a_sentence_needs() {
    assert_eq!(
        format_wait(&tr(Lang::Uz), 899),
        "14 daqiqa 59 soniyadan keyin"
    );
    assert_eq!(format_wait(&tr(Lang::Ru), 899), "через 14 минут 59 секунд");
    // «через» takes the accusative: одну минуту, двадцать одну секунду.
    assert_eq!(format_wait(&tr(Lang::Ru), 81), "через 1 минуту 21 секунду");
    assert_eq!(format_wait(&tr(Lang::En), 1), "in 1 second");
}
