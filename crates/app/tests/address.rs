//! One form of address per reader: children are *sen* in Uzbek and *ты* in Russian, grown-ups
//! *siz* and *вы*. Every message is a child's (the files and keys listed below, or the
//! `[child]` variant of a `$viewer` selector) or a grown-up's (everything else), and neither may
//! use the other's forms. A new child-facing message goes into the lists; a word the checks
//! misread goes into `ALLOWED` with its key.

use std::path::{Path, PathBuf};

/// Files whose messages children read (a prefix of the file name).
const CHILD_FILES: &[&str] = &[
    "harf",
    "rewards",
    "accounts-child-home",
    "exams-child",
    "games",
    "kids",
];

/// Keys (or key prefixes ending in `-` or `_`) that children read in the other files.
const CHILD_KEYS: &[&str] = &[
    // The student's exam pages: list, attempt, result.
    "exams-ui-my-tests-student",
    "exams-ui-no-assignments",
    "exams-ui-start",
    "exams-ui-continue",
    "exams-ui-see-result",
    "exams-ui-attempts-left",
    "exams-ui-until",
    "exams-ui-choose-",
    "exams-ui-your-answer",
    "exams-ui-number-",
    "exams-ui-order-hint",
    "exams-ui-save-answers",
    "exams-ui-hand-in",
    "exams-ui-offline",
    "exams-ui-not-saved",
    "exams-ui-fix-marked",
    "exams-ui-time-up",
    "exams-ui-confirm-",
    "exams-ui-cheer-",
    "exams-ui-score-later",
    "exams-ui-score-by-teacher",
    "exams-ui-answers-",
    "notice-exams_answers_saved",
    "notice-exams_time_up",
    "notice-exams_not_open_yet",
    "notice-exams_closed",
    "notice-exams_no_attempts_left",
    "error-exams_not_open_yet",
    "error-exams_closed",
    "error-exams_no_attempts_left",
    "error-exams_attempt_closed",
    "error-exams_time_up",
    // The student's dashboard: classes and the way to a parent.
    "classes-join-",
    "classes-my-classes",
    "classes-student-",
    "classes-family-",
    "classes-leave",
    "notice-class_joined",
    "notice-class_left",
    "field-class-code-",
    "field-class-archived",
    "family-code-title",
    "family-code-lead",
    "family-code-show",
    "family-code-until",
    "family-code-make",
    "family-code-again",
    "home-for-children",
    "profile-password-by-parent",
    "field-speech-audio-empty",
    "dashboard-hello",
    "orgs-invited-parent-answers",
    "error-org_invitation_parent_answers",
    "error-child_password_by_parent",
    // The live quiz's tiles on a child's home page.
    "live-home-",
    // Children's sign-in: the child's side of the login page, pictures, signing out.
    "login-child-",
    "login-with-pictures",
    "pictures-",
    "logout-confirm-",
];

/// Keys in child files that grown-ups read (a parent's view of a child's progress).
const ADULT_KEYS: &[&str] = &[
    // Teachers', moderators' and parents' SmartKids pages (kids-authoring.ftl).
    "smartkids-author-",
    "smartkids-review-",
    "smartkids-class-",
    "smartkids-parent-",
    "smartkids-progress-",
    "notice-smartkids-",
    "error-smartkids_author_",
    "error-smartkids_review_",
    "harf-progress-",
    "harf-legend",
    "coins-heading-child",
    // Parents' and teachers' words in the games' files.
    "games-family-",
    "games-review-",
    "games-boards-adult-",
    "games-boards-teacher-",
    "notice-games-family-",
    "error-games_class_not_found",
    // Parents' and moderators' words in SmartKids' files.
    "error-smartkids_not_waiting",
    "smartkids-report-action",
];

/// Words the checks would misread, with the key they sit in and why they are fine.
const ALLOWED: &[(&str, &str)] = &[
    // «Javobing» is "your answer" (sen), a noun, not a polite imperative.
    ("exams-ui-your-answer", "javobing"),
    // «Sening Alif24 ID raqaming:», "your number" (sen).
    ("dashboard-your-id", "raqaming"),
    ("login-child-id", "raqaming"),
    // «Dengiz» is "sea" (a colour theme), not a -ngiz ending.
    ("shop-item-theme-sea", "dengiz"),
    // «Sening oʻrning», "your place" (sen): oʻrin + -ing.
    ("games-boards-my-place", "oʻrning"),
    // «Sening misoling», «Sening navbating»: "your problem", "your turn" (sen), nouns + -ing.
    ("mathkids-problem", "misoling"),
    ("mathkids-your-turn", "navbating"),
];

#[test]
fn children_are_addressed_as_sen_and_ty() {
    let problems = check(Audience::Child);
    assert!(
        problems.is_empty(),
        "grown-ups' forms (siz / вы) in messages children read:\n{}",
        problems.join("\n")
    );
}

#[test]
fn grown_ups_are_addressed_as_siz_and_vy() {
    let problems = check(Audience::Adult);
    assert!(
        problems.is_empty(),
        "children's forms (sen / ты) in messages grown-ups read; if a child reads it, list its \
         key in CHILD_KEYS:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checks_catch_each_kind_of_slip() {
    for (lang, text) in [
        ("uz", "Javobni tanlang."),
        ("uz", "Sizning ballingiz"),
        ("uz", "Davom etasizmi?"),
        ("ru", "Здравствуйте!"),
        ("ru", "Выберите ответ"),
        ("ru", "Ваш балл"),
    ] {
        assert!(
            !slips(lang, Audience::Child, text).is_empty(),
            "{lang}: {text}"
        );
    }
    for (lang, text) in [
        ("uz", "Sen yulduzsan!"),
        ("uz", "Parolingni oʻzgartirding"),
        ("ru", "Привет!"),
        ("ru", "Твой балл"),
        ("ru", "Ты можешь войти"),
    ] {
        assert!(
            !slips(lang, Audience::Adult, text).is_empty(),
            "{lang}: {text}"
        );
    }
    for (lang, text) in [
        (
            "uz",
            "Barmogʻing bilan harf ustidan chizib chiq, soʻng ✔ ni bos.",
        ),
        ("ru", "Выбери один ответ"),
    ] {
        assert!(slips(lang, Audience::Child, text).is_empty(), "{text}");
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Audience {
    Child,
    Adult,
}

/// Every slip of `want`'s messages in the uz and ru files, as `file: key: word`.
fn check(want: Audience) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut out = Vec::new();
    for lang in ["uz", "ru"] {
        for file in ftl_files(&root.join(lang)) {
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&file).unwrap();
            for (key, audience, segment) in segments(&name, &text) {
                if audience != want {
                    continue;
                }
                for word in slips(lang, audience, &segment) {
                    if !ALLOWED.contains(&(key.as_str(), word.as_str())) {
                        out.push(format!("{lang}/{name}: {key}: «{word}» in «{segment}»"));
                    }
                }
            }
        }
    }
    out
}

fn base_audience(file: &str, key: &str) -> Audience {
    let listed = |list: &[&str]| {
        list.iter().any(|p| {
            if p.ends_with('-') || p.ends_with('_') {
                key.starts_with(p)
            } else {
                key == *p
            }
        })
    };
    let child_file = CHILD_FILES.iter().any(|p| file.starts_with(p));
    if (child_file && !listed(ADULT_KEYS)) || listed(CHILD_KEYS) {
        Audience::Child
    } else {
        Audience::Adult
    }
}

/// The text of each message line with the audience that reads it: the message's own, or the
/// variant's inside a `$viewer` selector (`[child]` for children, any other for grown-ups).
fn segments(file: &str, text: &str) -> Vec<(String, Audience, String)> {
    let mut out = Vec::new();
    let mut key = String::new();
    let mut base = Audience::Adult;
    let mut in_viewer = false;
    let mut variant: Option<Audience> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut body = line;
        if !line.starts_with([' ', '\t']) {
            let Some((k, v)) = line.split_once('=') else {
                continue;
            };
            key = k.trim().to_string();
            base = base_audience(file, &key);
            in_viewer = false;
            variant = None;
            body = v;
        }
        if body.contains("$viewer ->") {
            in_viewer = true;
        }
        let trimmed = body.trim_start().trim_start_matches('*');
        if let Some(rest) = trimmed.strip_prefix('[') {
            if let Some((name, after)) = rest.split_once(']') {
                if in_viewer {
                    variant = Some(if name == "child" {
                        Audience::Child
                    } else {
                        Audience::Adult
                    });
                }
                body = after;
            }
        }
        if body.trim() == "}" {
            in_viewer = false;
            variant = None;
            continue;
        }
        let audience = if in_viewer {
            variant.unwrap_or(base)
        } else {
            base
        };
        out.push((
            key.clone(),
            audience,
            strip_placeables(body).trim().to_string(),
        ));
    }
    out
}

/// The text without `{ … }` placeables (their variable names are not words of the message).
fn strip_placeables(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = i32::max(depth - 1, 0),
            _ if depth == 0 => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// The words of `text` that use the other audience's form of address.
fn slips(lang: &str, audience: Audience, text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let is_letter = |c: char| c.is_alphabetic() || c == 'ʻ' || c == 'ʼ' || c == '-';
    let mut out = Vec::new();
    let mut rest = lower.as_str();
    while let Some(start) = rest.find(is_letter) {
        let tail = &rest[start..];
        let end = tail.find(|c| !is_letter(c)).unwrap_or(tail.len());
        let word = tail[..end].trim_matches('-');
        let next = tail[end..].trim_start().chars().next();
        let ends_phrase = next.is_none_or(|c| ".!?,;:…—".contains(c));
        if is_slip(lang, audience, word, ends_phrase) {
            out.push(word.to_string());
        }
        rest = &tail[end..];
    }
    out
}

fn is_slip(lang: &str, audience: Audience, w: &str, ends_phrase: bool) -> bool {
    let ends = |suffixes: &[&str]| suffixes.iter().any(|s| w.ends_with(s) && w.len() > s.len());
    match (lang, audience) {
        // A grown-up's words in a child's message.
        ("uz", Audience::Child) => {
            matches!(w, "siz" | "sizning" | "sizga" | "sizda" | "sizni" | "sizdan" | "sizlar")
                || w.contains("ngiz")
                || ends(&["asiz", "aysiz", "ssiz", "misiz", "sizmi"])
                // A polite imperative closes its phrase: «…qayta urinib koʻring.»
                // (Not «bermading», «qilsang»: those are sen.)
                || (ends_phrase
                    && ends(&["ing", "ang", "ong", "ung"])
                    && !ends(&["ding", "sang"]))
        }
        ("ru", Audience::Child) => {
            matches!(
                w,
                "вы" | "вас"
                    | "вам"
                    | "вами"
                    | "здравствуйте"
                    | "можете"
                    | "сможете"
                    | "знаете"
                    | "будете"
            ) || w.starts_with("ваш")
                || (w.chars().count() > 4 && ends(&["ите", "йте"]))
        }
        // A child's words in a grown-up's message.
        ("uz", Audience::Adult) => {
            matches!(
                w,
                "sen" | "sening" | "senga" | "senda" | "seni" | "sendan" | "seniki"
            ) || ends(&[
                "asan", "ysan", "ssan", "sanmi", "ding", "dingmi", "ingni", "ingga",
            ])
        }
        ("ru", Audience::Adult) => {
            matches!(
                w,
                "ты" | "тебя"
                    | "тебе"
                    | "тобой"
                    | "твой"
                    | "твоя"
                    | "твоё"
                    | "твое"
                    | "твои"
                    | "твоего"
                    | "твоей"
                    | "твоему"
                    | "твоим"
                    | "твоих"
                    | "твою"
                    | "привет"
            ) || ends(&["ешь", "ишь", "ёшь", "ешься", "ишься", "ёшься"])
        }
        _ => false,
    }
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

#[test]
fn a_message_both_read_speaks_to_each_in_their_form() {
    use kernel::auth::Role;
    use kernel::i18n::{Catalog, Lang, Tr};
    let catalog = std::sync::Arc::new(Catalog::new(&app::all_resources()).unwrap());
    let hello = |role| {
        Tr::new(catalog.clone(), Lang::Ru)
            .for_role(role)
            .ta("dashboard-hello", &[("name", "Мадина".into())])
    };
    assert_eq!(hello(Some(Role::Student)), "Привет, Мадина!");
    assert_eq!(hello(Some(Role::Parent)), "Здравствуйте, Мадина!");
    assert_eq!(hello(None), "Здравствуйте, Мадина!");
}
