//! What a child read aloud against what the paragraph says: a word-level edit-distance
//! alignment of the recogniser's transcript with the text, telling which words were read
//! right, skipped, read as another word, or added. Pure: no web, no database.

use serde::{Deserialize, Serialize};

/// One word read as another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Substitution {
    pub expected: String,
    pub heard: String,
}

/// How a reading compares with its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Alignment {
    /// 0–100: words read right out of the words expected.
    pub accuracy: i64,
    /// Words of the text the child skipped, as the text writes them.
    pub missed: Vec<String>,
    pub substituted: Vec<Substitution>,
    /// Words heard that the text does not have.
    pub extra: Vec<String>,
    pub expected_words: usize,
    pub read_right: usize,
    /// Where each missed word stands in the text (its index among the whitespace-separated
    /// words), so a page can underline it.
    pub missed_at: Vec<usize>,
    /// Where each substituted word stands, as for `missed_at`.
    pub substituted_at: Vec<usize>,
}

/// A word as compared (`norm`) and as shown (`shown`), and the whitespace-separated token of
/// the text it came from.
struct Word {
    norm: String,
    shown: String,
    at: usize,
}

/// The words of `text`: split at spaces and dashes, punctuation dropped, lower case, the
/// apostrophe forms of Uzbek made one and ё read as е.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    for (at, token) in text.split_whitespace().enumerate() {
        for part in token.split(['-', '–', '—']) {
            let shown = part.trim_matches(|c: char| !c.is_alphanumeric());
            let folded = questions::grading::normalize_text(shown);
            let norm: String = folded
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == '\'')
                .collect();
            let norm = norm.trim_matches('\'');
            if !norm.is_empty() {
                out.push(Word {
                    norm: norm.to_string(),
                    shown: shown.to_string(),
                    at,
                });
            }
        }
    }
    out
}

/// Levenshtein distance between two words, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Whether `heard` counts as reading `expected`: the same word, or for words of four letters
/// or more one letter off (recognisers misspell, and a child is not marked down for it).
fn same(expected: &str, heard: &str) -> bool {
    expected == heard || (expected.chars().count() >= 4 && distance(expected, heard) <= 1)
}

/// Aligns what was heard with what was expected.
pub fn align(expected: &str, heard: &str) -> Alignment {
    let e = words(expected);
    let h = words(heard);
    let (n, m) = (e.len(), h.len());
    // cost[i][j]: (edits, expected words not read right) turning the first i expected words
    // into the first j heard ones. Among alignments with the fewest edits, the one crediting
    // the most words read right wins.
    let mut cost = vec![vec![(0usize, 0usize); m + 1]; n + 1];
    for (i, row) in cost.iter_mut().enumerate() {
        row[0] = (i, i);
    }
    for (j, cell) in cost[0].iter_mut().enumerate() {
        *cell = (j, 0);
    }
    let step = |(a, b): (usize, usize), edit: bool, unread: bool| {
        (a + usize::from(edit), b + usize::from(unread))
    };
    for i in 1..=n {
        for j in 1..=m {
            let wrong = !same(&e[i - 1].norm, &h[j - 1].norm);
            cost[i][j] = step(cost[i - 1][j - 1], wrong, wrong)
                .min(step(cost[i - 1][j], true, true))
                .min(step(cost[i][j - 1], true, false));
        }
    }
    let mut out = Alignment {
        expected_words: n,
        ..Alignment::default()
    };
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        if i > 0 && j > 0 {
            let wrong = !same(&e[i - 1].norm, &h[j - 1].norm);
            if cost[i][j] == step(cost[i - 1][j - 1], wrong, wrong) {
                if wrong {
                    out.substituted.push(Substitution {
                        expected: e[i - 1].shown.clone(),
                        heard: h[j - 1].shown.clone(),
                    });
                    out.substituted_at.push(e[i - 1].at);
                } else {
                    out.read_right += 1;
                }
                i -= 1;
                j -= 1;
                continue;
            }
        }
        if i > 0 && cost[i][j] == step(cost[i - 1][j], true, true) {
            out.missed.push(e[i - 1].shown.clone());
            out.missed_at.push(e[i - 1].at);
            i -= 1;
        } else {
            out.extra.push(h[j - 1].shown.clone());
            j -= 1;
        }
    }
    out.missed.reverse();
    out.missed_at.reverse();
    out.substituted.reverse();
    out.substituted_at.reverse();
    out.extra.reverse();
    if n > 0 {
        out.accuracy = ((100 * out.read_right) as f64 / n as f64).round() as i64;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(expected: &str, heard: &str) -> Substitution {
        Substitution {
            expected: expected.into(),
            heard: heard.into(),
        }
    }

    #[test]
    fn a_perfect_reading_is_100_in_every_language() {
        let uz = "Oʻrdak gʻozni koʻrdi. U maʼno topdi!";
        let a = align(uz, "o'rdak g‘ozni ko’rdi u ma`no topdi");
        assert_eq!((a.accuracy, a.read_right, a.expected_words), (100, 6, 6));
        assert!(a.missed.is_empty() && a.substituted.is_empty() && a.extra.is_empty());
        let ru = align(
            "Ёжик пошёл в лес, — сказала мама.",
            "ежик пошел в лес сказала мама",
        );
        assert_eq!(ru.accuracy, 100);
        assert_eq!(
            align("The cat sat on the mat.", "the cat sat on the mat").accuracy,
            100
        );
    }

    #[test]
    fn a_skipped_word_is_missed_and_where_it_stands_is_kept() {
        let a = align("Quyon tez yugurdi.", "quyon yugurdi");
        assert_eq!(a.missed, vec!["tez"]);
        assert_eq!(a.missed_at, vec![1]);
        assert_eq!((a.read_right, a.accuracy), (2, 67));
    }

    #[test]
    fn a_wrong_word_is_substituted() {
        let a = align("Мама мыла раму.", "мама мыла рыбу");
        assert_eq!(a.substituted, vec![sub("раму", "рыбу")]);
        assert_eq!(a.substituted_at, vec![2]);
        assert_eq!(a.accuracy, 67);
        let en = align("The dog ran home.", "the cat ran home");
        assert_eq!(en.substituted, vec![sub("dog", "cat")]);
    }

    #[test]
    fn a_small_misspelling_of_a_long_word_counts_as_read() {
        let a = align("Bolalar maktabga bordi.", "bolalar maktapga bordi");
        assert_eq!(a.accuracy, 100);
        // Short words must be exact: "cat" for "cut" is another word.
        assert_eq!(align("a cut", "a cat").accuracy, 50);
    }

    #[test]
    fn extra_words_do_not_lower_accuracy() {
        let a = align("The cat sat.", "um the the cat sat yes");
        assert_eq!(a.accuracy, 100);
        assert_eq!(a.extra, vec!["um", "the", "yes"]);
        let b = align("Qiz kitob oʻqidi.", "qiz qiz kitob ha oʻqidi");
        assert_eq!((b.accuracy, b.extra.len()), (100, 2));
    }

    #[test]
    fn nothing_heard_is_zero_and_every_word_missed() {
        let a = align("Bir ikki uch.", "");
        assert_eq!((a.accuracy, a.missed.len()), (0, 3));
        assert_eq!(align("", "anything").accuracy, 0);
    }

    #[test]
    fn order_matters() {
        let a = align("one two three four", "four three two one");
        assert_eq!(a.accuracy, 25, "{a:?}");
    }

    #[test]
    fn hyphenated_words_are_compared_by_their_parts() {
        let a = align("Что-нибудь интересное", "что нибудь интересное");
        assert_eq!(a.accuracy, 100);
        assert_eq!(a.expected_words, 3);
    }
}
