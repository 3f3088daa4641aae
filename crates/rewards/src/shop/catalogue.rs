//! What the coin shop sells: avatars (emoji animals every phone from 2016 on can draw) and
//! colour themes for the letter card and the child's pages. Defined here, not by admins yet.
//!
//! Prices follow what a child earns (5 coins a letter card, at most 100 a day; 50 for a whole
//! alphabet; coins for a test by its score): the first friend costs one learned card, the
//! dearest about a week of letters.

use serde::Serialize;

/// What an item is, and so how it is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Becomes the child's avatar everywhere (`users.avatar`, through the directory).
    Avatar,
    /// Colours the child's pages (`<body data-theme>`).
    Theme,
}

/// One thing on sale. Its name is the Fluent message `shop-item-<id>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable id, used in URLs and stored with purchases (`avatar-cat`, `theme-sea`).
    pub id: &'static str,
    pub kind: Kind,
    /// The emoji for an avatar; the theme's name (`sea`) for a theme.
    pub value: &'static str,
    /// What the tile shows: the avatar itself, or a picture of the theme.
    pub picture: &'static str,
    /// Coins; 0 for what every child has from the start.
    pub price: i64,
}

impl Item {
    /// Fluent key of the item's name.
    pub fn name_key(&self) -> String {
        format!("shop-item-{}", self.id)
    }
}

const fn avatar(id: &'static str, emoji: &'static str, price: i64) -> Item {
    Item {
        id,
        kind: Kind::Avatar,
        value: emoji,
        picture: emoji,
        price,
    }
}

const fn theme(id: &'static str, name: &'static str, picture: &'static str, price: i64) -> Item {
    Item {
        id,
        kind: Kind::Theme,
        value: name,
        picture,
        price,
    }
}

/// The default look; every child owns it and can go back to it for free.
pub const CLASSIC: Item = theme("theme-classic", "classic", "⬜", 0);

/// Everything in the shop, in the order it is shown (cheapest first within a kind).
/// Every emoji is from Unicode 9.0 (2016) or older and drawn in colour without a variation
/// selector; none is among the free avatars of the profile page.
pub const ITEMS: &[Item] = &[
    avatar("avatar-cat", "🐱", 5),
    avatar("avatar-dog", "🐶", 5),
    avatar("avatar-chick", "🐤", 10),
    avatar("avatar-mouse", "🐭", 10),
    avatar("avatar-horse", "🐴", 20),
    avatar("avatar-cow", "🐮", 20),
    avatar("avatar-camel", "🐫", 30),
    avatar("avatar-elephant", "🐘", 30),
    avatar("avatar-wolf", "🐺", 40),
    avatar("avatar-eagle", "🦅", 50),
    avatar("avatar-shark", "🦈", 50),
    avatar("avatar-dragon", "🐲", 80),
    CLASSIC,
    theme("theme-sea", "sea", "🌊", 15),
    theme("theme-meadow", "meadow", "🌿", 15),
    theme("theme-sunset", "sunset", "🌅", 25),
    theme("theme-pomegranate", "pomegranate", "🍎", 25),
    theme("theme-violet", "violet", "🔮", 40),
];

/// The item with this id.
pub fn find(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|i| i.id == id)
}

/// The theme item whose name is `value` (`sea`).
pub fn theme_named(value: &str) -> Option<&'static Item> {
    ITEMS
        .iter()
        .find(|i| i.kind == Kind::Theme && i.value == value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_values_are_unique_and_prices_sensible() {
        for (n, a) in ITEMS.iter().enumerate() {
            for b in &ITEMS[n + 1..] {
                assert_ne!(a.id, b.id);
                assert!(a.kind != b.kind || a.value != b.value, "{}", a.id);
            }
            assert!((0..=100).contains(&a.price), "{}", a.id);
            assert_eq!(
                a.price == 0,
                a.id == CLASSIC.id,
                "only the default look is free"
            );
            assert!(a.id.starts_with(match a.kind {
                Kind::Avatar => "avatar-",
                Kind::Theme => "theme-",
            }));
        }
        assert!(
            ITEMS.iter().any(|i| i.price == 5),
            "one learned card buys a first friend"
        );
    }

    #[test]
    fn avatars_are_single_emoji_old_phones_draw() {
        for i in ITEMS.iter().filter(|i| i.kind == Kind::Avatar) {
            let chars: Vec<char> = i.value.chars().collect();
            assert_eq!(chars.len(), 1, "{}: one code point, no selectors", i.id);
            // Unicode 9.0's newest animals end at U+1F991; 10.0 starts at U+1F992.
            let c = chars[0] as u32;
            assert!(
                (0x1F400..=0x1F43E).contains(&c) || (0x1F980..=0x1F991).contains(&c),
                "{}: {c:X} may be newer than 2016",
                i.id
            );
        }
        assert_eq!(theme_named("sea").map(|i| i.id), Some("theme-sea"));
        assert_eq!(find("avatar-cat").map(|i| i.price), Some(5));
        assert!(find("nothing").is_none());
    }
}
