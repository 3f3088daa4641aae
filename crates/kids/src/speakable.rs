//! MathKids' sentences as the voice says them: each run of numbers and signs inside a sentence
//! ("Birlar: 7 + 4 = 11.") is read by [`mathsolve::spoken`] ("7 qoʻshish 4 teng 11"), the words
//! around it stay as they are, and a colon after a word stays a colon.

/// Characters a run of arithmetic may hold.
fn mathy(c: char) -> bool {
    c.is_ascii_digit() || " +-−–×*·÷:=<>%/().,".contains(c)
}

fn operator(c: char) -> bool {
    "+-−–×*·÷:=<>%/".contains(c)
}

/// `text` with its arithmetic in words, for text-to-speech.
pub fn speakable(text: &str, lang: mathsolve::Lang) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // A run starts at a digit or an opening bracket before a digit.
        let starts =
            c.is_ascii_digit() || (c == '(' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        let after_letter = i > 0 && chars[i - 1].is_alphabetic();
        if !starts || after_letter {
            out.push(c);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && mathy(chars[j]) {
            // A point or comma belongs to the run only inside a number (0.75, 3,2).
            let inside = |k: usize| {
                k > 0
                    && chars[k - 1].is_ascii_digit()
                    && chars.get(k + 1).is_some_and(char::is_ascii_digit)
            };
            if matches!(chars[j], '.' | ',') && !inside(j) {
                break;
            }
            j += 1;
        }
        // Trailing sentence punctuation and spaces are not part of the sum.
        let mut end = j;
        while end > i && matches!(chars[end - 1], ' ' | '.' | ',' | ':') {
            end -= 1;
        }
        let run: String = chars[i..end].iter().collect();
        if run.chars().any(operator) {
            out.push_str(&mathsolve::spoken(&run, lang));
        } else {
            out.push_str(&run);
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use mathsolve::Lang;

    #[test]
    fn sums_inside_sentences_are_read_in_words_and_words_stay() {
        let uz = speakable("Birlar: 7 + 4 = 11. 1 ni yozamiz.", Lang::Uz);
        assert!(uz.starts_with("Birlar: 7 "), "{uz}");
        assert!(!uz.contains('+') && !uz.contains('='), "{uz}");
        assert!(uz.ends_with("11. 1 ni yozamiz."), "{uz}");
        assert_eq!(
            speakable("How much is 7 + 4?", Lang::En),
            "How much is 7 plus 4?"
        );
        assert_eq!(
            speakable("Делим 84 : 4.", Lang::Ru),
            format!("Делим {}.", mathsolve::spoken("84 : 4", Lang::Ru))
        );
        assert_eq!(speakable("Write 12 apples.", Lang::En), "Write 12 apples.");
    }
}
