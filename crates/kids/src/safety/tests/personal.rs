//! Personal details: Uzbek phone numbers, e-mail addresses, handles and links are refused;
//! ordinary numbers are not.

use super::{assert_accepted, assert_refused};
use crate::safety::Reason::Personal;

#[test]
fn phones_emails_handles_and_links_are_refused() {
    assert_refused(&[
        ("+998 90 123 45 67", Personal),
        ("+998901234567", Personal),
        ("+998 (90) 123-45-67", Personal),
        ("998 90 123 45 67", Personal),
        ("90-123-45-67", Personal),
        ("90 123 45 67", Personal),
        ("901234567", Personal),
        ("8 (90) 123-45-67", Personal),
        ("Mening raqamim 90 123 45 67, qoʻngʻiroq qil", Personal),
        ("Мой номер 1 2 90 123 45 67", Personal),
        ("ali@mail.ru", Personal),
        ("Write to me: kid.2015@gmail.com", Personal),
        ("@alif_kid", Personal),
        ("my insta is @cool.girl", Personal),
        ("https://example.org/page", Personal),
        ("http://x.y", Personal),
        ("www.alif24.uz", Personal),
        ("kun.uz", Personal),
        ("Go to mail.ru now", Personal),
        ("t.me/alif24", Personal),
        ("T.ME/alif24", Personal),
        ("site.com", Personal),
        ("сайт.рф", Personal),
        ("fuck@mail.ru", Personal),
    ]);
}

#[test]
fn ordinary_numbers_and_full_stops_are_accepted() {
    assert_accepted(&[
        "3 apples",
        "2024",
        "12 + 5",
        "12 + 5 = 17",
        "12 + 34 + 56 + 78",
        "2024-2025 oʻquv yili",
        "1 000 000 yulduz",
        "10 000 000",
        "100 200 300",
        "1 2 3 4 5 6 7 8 9 10 11 12",
        "11 22 33 44",
        "5 @ 3",
        "Mr. Fox went home.",
        "Pi is about 3.14",
        "U uyga bordi.Uzoq yoʻl edi.",
        "The end. Com on!",
        "Yes.No.Maybe.",
        "Телефон — это связь.",
    ]);
}
