//! The subjects questions are sorted by and the school grades they are written for.

use kernel::error::FieldError;

/// The grades a school has.
pub const GRADES: std::ops::RangeInclusive<i64> = 1..=11;

/// Subjects a question bank is sorted by.
pub const SUBJECTS: [&str; 8] = [
    "math", "uzbek", "russian", "english", "reading", "science", "logic", "other",
];

/// A subject code from a form or request; `field-required` or `field-invalid` otherwise.
pub fn parse_subject(s: Option<&str>) -> Result<String, FieldError> {
    match s.map(str::trim) {
        Some(v) if SUBJECTS.contains(&v) => Ok(v.to_string()),
        None | Some("") => Err(FieldError::new("subject", "field-required")),
        Some(_) => Err(FieldError::new("subject", "field-invalid")),
    }
}

/// A school grade, 1 to 11; `field-required` or `exams-field-grade` otherwise.
pub fn parse_grade(g: Option<i64>) -> Result<i64, FieldError> {
    match g {
        Some(g) if GRADES.contains(&g) => Ok(g),
        None => Err(FieldError::new("grade", "field-required")),
        Some(_) => Err(FieldError::new("grade", "exams-field-grade")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_are_known_codes_and_grades_run_from_one_to_eleven() {
        assert_eq!(parse_subject(Some(" math ")).unwrap(), "math");
        assert_eq!(
            parse_subject(Some("history")).unwrap_err().key,
            "field-invalid"
        );
        assert_eq!(parse_subject(None).unwrap_err().key, "field-required");
        assert_eq!(parse_grade(Some(1)).unwrap(), 1);
        assert_eq!(parse_grade(Some(11)).unwrap(), 11);
        assert_eq!(parse_grade(Some(12)).unwrap_err().key, "exams-field-grade");
        assert_eq!(parse_grade(Some(0)).unwrap_err().key, "exams-field-grade");
        assert_eq!(parse_grade(None).unwrap_err().key, "field-required");
    }
}
