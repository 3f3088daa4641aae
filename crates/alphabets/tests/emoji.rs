//! Pictures older phones can draw: every emoji of the content was in Unicode 9.0 (2016), the
//! last version Android 7 and iOS 10 draw in full. Newer ones show as an empty box on the
//! cheap and hand-me-down phones families use.

use alphabets::CONTENT;

/// Unicode 9.0 code points of the emoji blocks (from the Unicode Character Database's
/// DerivedAge.txt), plus what emoji sequences are built of.
const ALLOWED: &[(u32, u32)] = &[
    (0x0023, 0x0023), // # for a keycap
    (0x002A, 0x002A), // * for a keycap
    (0x0030, 0x0039), // digits for a keycap
    (0x00A9, 0x00A9),
    (0x00AE, 0x00AE),
    (0x203C, 0x2049),   // ‼ ⁉
    (0x20E3, 0x20E3),   // combining enclosing keycap
    (0x2100, 0x218B),   // letterlike symbols, number forms
    (0x2190, 0x23FE),   // arrows, miscellaneous technical (⌚ ⏰)
    (0x2460, 0x2B73),   // enclosed, shapes, miscellaneous symbols, dingbats (☀ ⚓ ✂ ⭐)
    (0x3030, 0x3030),   // 〰
    (0x303D, 0x303D),   // 〽
    (0x3297, 0x3299),   // ㊗ ㊙
    (0xFE0F, 0xFE0F),   // emoji presentation selector
    (0x1F000, 0x1F02B), // mahjong
    (0x1F0A0, 0x1F0F5), // playing cards
    (0x1F170, 0x1F1AC), // enclosed alphanumerics
    (0x1F1E6, 0x1F1FF), // regional indicators (flags)
    (0x1F200, 0x1F251), // enclosed ideographs
    (0x1F300, 0x1F6D2), // pictographs, emoticons, transport (to 🛒)
    (0x1F6E0, 0x1F6EC),
    (0x1F6F0, 0x1F6F6),
    (0x1F910, 0x1F91E), // 🤐 to 🤞
    (0x1F920, 0x1F927),
    (0x1F930, 0x1F930),
    (0x1F933, 0x1F93E),
    (0x1F940, 0x1F94B),
    (0x1F950, 0x1F95E), // 🥐 to 🥞
    (0x1F980, 0x1F991), // 🦀 to 🦑
    (0x1F9C0, 0x1F9C0), // 🧀
];

/// Why a picture cannot be drawn on an older phone, if it cannot.
fn refused(emoji: &str) -> Option<String> {
    if emoji.contains('\u{200D}') {
        return Some("is a joined sequence (older phones draw its parts side by side)".into());
    }
    let new: Vec<String> = emoji
        .chars()
        .filter(|c| {
            !ALLOWED
                .iter()
                .any(|(lo, hi)| (*lo..=*hi).contains(&u32::from(*c)))
        })
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    (!new.is_empty()).then(|| format!("has {} (newer than Unicode 9.0)", new.join(" ")))
}

#[test]
fn every_picture_is_one_a_phone_from_2016_draws() {
    let mut bad = Vec::new();
    for a in &CONTENT.alphabets {
        for card in &a.cards {
            let pictures = std::iter::once((&card.upper, &card.emoji))
                .chain(card.words.iter().map(|w| (&w.text, &w.emoji)));
            for (what, emoji) in pictures {
                if let Some(why) = refused(emoji) {
                    bad.push(format!("{}: {what} {emoji} {why}", card.id));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn newer_emoji_and_joined_sequences_are_refused() {
    // Donkey and goose (Unicode 15), zebra (10), giraffe (10), jellyfish (15), artist (a
    // joined sequence of Unicode 10 and 6 pictures).
    for new in ["🫏", "🪿", "🦓", "🦒", "🪼", "🫓", "🧑‍🎨"] {
        assert!(refused(new).is_some(), "{new} should be refused");
    }
    for old in ["🐻", "☁️", "0️⃣", "🔟", "🇺🇿", "🦈", "🧀", "🤐", "⌚", "🏝️"]
    {
        assert_eq!(refused(old), None, "{old} is drawn since 2016 or earlier");
    }
}
