//! What each step says and asks: language-free messages, turned into words per language.

mod en;
mod ru;
mod uz;

use crate::Lang;

/// Why an operation of an expression is done now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reason {
    /// It is inside brackets.
    Brackets,
    /// It is a × or ÷ inside brackets that also hold + or −.
    BracketsMulFirst,
    /// It is a × or ÷ while a + or − waits.
    MulFirst,
    /// Operations of the same rank go from left to right.
    LeftToRight,
    /// It is the only operation left.
    Last,
}

/// What a step says. Numbers arrive already written; places are 0 for ones, 1 for tens, ….
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Msg {
    LineUp,
    Column {
        place: usize,
        expr: String,
        value: String,
        carry: Option<(String, String)>,
    },
    SubColumn {
        place: usize,
        top: u32,
        bottom: u32,
        borrow_in: bool,
        borrow_out: bool,
        result: u32,
    },
    NegativeResult {
        a: String,
        b: String,
    },
    SwapFactors {
        a: String,
        b: String,
    },
    PartialProduct {
        place: usize,
        a: String,
        digit: u32,
        product: String,
        times: String,
        shifted: String,
    },
    AddRows {
        expr: String,
    },
    DivZero,
    DivSmaller {
        a: String,
        b: String,
    },
    FirstPart {
        part: String,
        b: String,
    },
    DivFit {
        part: String,
        b: String,
        q: u32,
        prod: String,
        next_q: u32,
        next: String,
    },
    DivNoFit {
        part: String,
        b: String,
    },
    MulSub {
        q: u32,
        b: String,
        prod: String,
        part: String,
        rest: String,
    },
    BringDown {
        digit: u32,
        part: String,
    },
    Remainder {
        r: String,
        b: String,
    },
    Answer {
        problem: String,
        answer: String,
        rem: Option<String>,
    },
    Eval {
        reason: Reason,
        expr: String,
        value: String,
        fraction: bool,
    },
    ToMixed {
        frac: String,
        n: String,
        d: String,
        q: String,
        r: String,
        mixed: String,
    },
    DigitCount {
        a: String,
        b: String,
        na: usize,
        nb: usize,
        sign: Option<char>,
    },
    ComparePlace {
        place: usize,
        da: u32,
        db: u32,
        decided: Option<(String, char, String)>,
    },
    AllSame {
        a: String,
        b: String,
    },
    CommonDen {
        den: String,
        pairs: String,
    },
    CompareNumerators {
        x: String,
        y: String,
        sign: char,
        a: String,
        b: String,
    },
    LineUpPlaces {
        a: String,
        b: String,
        sep: char,
    },
    CompareWhole {
        x: String,
        y: String,
        sign: char,
        a: String,
        b: String,
        sep: char,
    },
    ToImproper {
        mixed: String,
        w: String,
        d: String,
        n: String,
        top: String,
        frac: String,
    },
    WholeAsFraction {
        n: String,
    },
    Numerators {
        plus: bool,
        x: String,
        y: String,
        r: String,
        frac: String,
    },
    MultiplyFractions {
        an: String,
        bn: String,
        rn: String,
        ad: String,
        bd: String,
        rd: String,
    },
    Reciprocal {
        b: String,
        flipped: String,
    },
    Simplify {
        n: String,
        d: String,
        g: String,
        result: String,
    },
    AlreadySimple {
        frac: String,
        n: String,
        d: String,
    },
    LineUpPoints {
        a: String,
        b: String,
        sep: char,
    },
    AsWhole {
        op: char,
        x: String,
        y: String,
        r: String,
        sep: char,
        pad: Option<(String, String)>,
    },
    PlacePoint {
        k: u32,
        raw: String,
        result: String,
        sep: char,
    },
    MoveBothPoints {
        a: String,
        b: String,
        sep: char,
    },
    PercentFraction {
        p: String,
    },
    OnePercent {
        n: String,
        one: String,
    },
    TimesPercent {
        one: String,
        p: String,
        r: String,
    },
    MulFirst {
        n: String,
        p: String,
        prod: String,
    },
    DivHundred {
        prod: String,
        r: String,
    },
    UnitConvert {
        v: String,
        from: String,
        to: String,
        f: String,
        res: String,
        down: bool,
    },
    AddParts {
        expr: String,
    },
    QuantityOp {
        plus: bool,
        expr: String,
    },
    Regroup {
        total: String,
        unit: String,
        big: String,
        f: String,
        q: String,
        rest: String,
        result: String,
    },
    SimplifySide {
        expr: String,
        value: String,
    },
    CollectTerms {
        eq: String,
    },
    BothSides {
        op: char,
        amount: String,
        eq: String,
    },
    SwapSides {
        eq: String,
    },
    Check {
        x: String,
        lhs: String,
        rhs: Option<String>,
        value: String,
    },
}

/// What a step asks in hint mode.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Ask {
    Compute(String),
    Fits { part: String, b: String },
    Sign { a: String, b: String },
    Lcd { a: String, b: String },
    Gcd { n: String, d: String },
    Improper(String),
    Mixed(String),
    Convert { q: String, unit: String },
    WholeUnits { total: String, big: String },
}

/// The words of a message.
pub(crate) fn say(lang: Lang, m: &Msg) -> String {
    match lang {
        Lang::Uz => uz::say(m),
        Lang::Ru => ru::say(m),
        Lang::En => en::say(m),
    }
}

/// The words of a question.
pub(crate) fn ask(lang: Lang, q: &Ask) -> String {
    match lang {
        Lang::Uz => uz::ask(q),
        Lang::Ru => ru::ask(q),
        Lang::En => en::ask(q),
    }
}

/// Highest place with a name (trillions); whole numbers stay below 10^13.
const PLACES: usize = 13;

/// The place index clamped to the named ones.
fn place(i: usize) -> usize {
    i.min(PLACES - 1)
}
