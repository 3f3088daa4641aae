//! Collecting the steps of a solution in the child's language.

use crate::words::{self, Ask, Msg};
use crate::{Kind, Lang, Step};

/// What a solver found: the kind, the normalised problem and the answer (the steps are in [`Steps`]).
pub(crate) struct Done {
    pub kind: Kind,
    pub problem: String,
    pub answer: String,
}

/// The steps written so far.
pub(crate) struct Steps {
    lang: Lang,
    list: Vec<Step>,
}

impl Steps {
    /// No steps yet.
    pub(crate) fn new(lang: Lang) -> Steps {
        Steps {
            lang,
            list: Vec::new(),
        }
    }

    /// The division sign of the language: ':' in Uzbek and Russian, '÷' in English.
    pub(crate) fn div_sign(&self) -> char {
        if self.lang == Lang::En {
            '÷'
        } else {
            ':'
        }
    }

    /// A step that asks nothing.
    pub(crate) fn say(
        &mut self,
        change: &str,
        before: impl Into<String>,
        after: impl Into<String>,
        msg: Msg,
    ) {
        self.push(change, before.into(), after.into(), msg, None);
    }

    /// A step that asks the child for `expect` in hint mode.
    pub(crate) fn ask(
        &mut self,
        change: &str,
        (before, after): (String, String),
        msg: Msg,
        question: Ask,
        expect: impl Into<String>,
    ) {
        self.push(change, before, after, msg, Some((question, expect.into())));
    }

    fn push(
        &mut self,
        change: &str,
        before: String,
        after: String,
        msg: Msg,
        q: Option<(Ask, String)>,
    ) {
        let (ask, expect) = match q {
            Some((question, expect)) => (Some(words::ask(self.lang, &question)), Some(expect)),
            None => (None, None),
        };
        self.list.push(Step {
            change: change.to_string(),
            before,
            after,
            text: words::say(self.lang, &msg),
            expect,
            ask,
        });
    }

    /// The `after` of the last step, if any.
    pub(crate) fn last_after(&self) -> Option<&str> {
        self.list.last().map(|s| s.after.as_str())
    }

    /// How many steps there are.
    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    /// The finished list.
    pub(crate) fn done(self) -> Vec<Step> {
        self.list
    }
}
