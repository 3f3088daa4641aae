//! Expression trees: parsed from tokens with the school order of operations, shown and evaluated.

use super::lex::{Tok, Token};
use crate::format::bracket_negative;
use crate::number::Rat;

/// Deepest bracket nesting accepted.
const MAX_DEPTH: usize = 6;

/// How a number was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    Int,
    Dec,
    Frac,
    Mixed,
    /// A value worked out on the way.
    Value,
}

/// A number in a tree, with the text it is shown as.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Leaf {
    pub v: Rat,
    pub text: String,
    pub form: Form,
}

/// The four operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

impl Op {
    /// Whether it is × or ÷.
    pub(crate) fn is_mul(self) -> bool {
        matches!(self, Op::Mul | Op::Div)
    }

    /// The value of `a op b`, `None` for a division by zero or an overflow.
    pub(crate) fn apply(self, a: Rat, b: Rat) -> Option<Rat> {
        match self {
            Op::Add => a.add(b),
            Op::Sub => a.sub(b),
            Op::Mul => a.mul(b),
            Op::Div => a.div(b),
        }
    }
}

/// An operation with its two sides.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Bin {
    pub op: Op,
    pub l: Node,
    pub r: Node,
    /// Written in brackets.
    pub paren: bool,
    /// Written without a sign: "2x", "2(x + 3)".
    pub implicit: bool,
    /// The sign shown: '+', '−', '×', ':' or '÷'.
    pub sign: char,
}

/// An expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node {
    Leaf(Leaf),
    Var,
    Bin(Box<Bin>),
}

impl Node {
    /// A number worked out on the way.
    pub(crate) fn value(v: Rat, text: String) -> Node {
        Node::Leaf(Leaf {
            v,
            text,
            form: Form::Value,
        })
    }

    /// An operation node.
    pub(crate) fn bin(op: Op, l: Node, r: Node, sign: char) -> Node {
        Node::Bin(Box::new(Bin {
            op,
            l,
            r,
            paren: false,
            implicit: false,
            sign,
        }))
    }

    /// How many times the unknown appears.
    pub(crate) fn vars(&self) -> usize {
        match self {
            Node::Leaf(_) => 0,
            Node::Var => 1,
            Node::Bin(b) => b.l.vars() + b.r.vars(),
        }
    }

    /// How many operations there are.
    pub(crate) fn ops(&self) -> usize {
        match self {
            Node::Bin(b) => 1 + b.l.ops() + b.r.ops(),
            _ => 0,
        }
    }

    /// The value with the unknown set to `x`; `None` on a division by zero or a missing `x`.
    pub(crate) fn eval(&self, x: Option<Rat>) -> Option<Rat> {
        match self {
            Node::Leaf(l) => Some(l.v),
            Node::Var => x,
            Node::Bin(b) => b.op.apply(b.l.eval(x)?, b.r.eval(x)?),
        }
    }

    /// The plain text: "(8 − 3) × 2", "2x + 3".
    pub(crate) fn show(&self) -> String {
        let mut s = String::new();
        self.write(&mut s, true, None);
        s
    }

    /// The text with the unknown replaced by `x` (and "2x" written "2 × 4").
    pub(crate) fn show_with(&self, x: &str) -> String {
        let mut s = String::new();
        self.write(&mut s, true, Some(x));
        s
    }

    fn write(&self, out: &mut String, first: bool, x: Option<&str>) {
        match self {
            Node::Leaf(l) if first => out.push_str(&l.text),
            Node::Leaf(l) => out.push_str(&bracket_negative(l.text.clone())),
            Node::Var => match x {
                Some(v) if first => out.push_str(v),
                Some(v) => out.push_str(&bracket_negative(v.to_string())),
                None => out.push('x'),
            },
            Node::Bin(b) => {
                if b.paren {
                    out.push('(');
                }
                b.l.write(out, first || b.paren, x);
                let juxtaposed = b.implicit
                    && x.is_none()
                    && match &b.r {
                        Node::Var => true,
                        Node::Bin(r) => r.paren,
                        Node::Leaf(_) => false,
                    };
                if !juxtaposed {
                    out.push_str(&format!(" {} ", b.sign));
                }
                b.r.write(out, false, x);
                if b.paren {
                    out.push(')');
                }
            }
        }
    }
}

/// Parses a whole token list as one expression.
pub(crate) fn parse(tokens: &[Token]) -> Option<Node> {
    let mut p = Parser {
        t: tokens,
        i: 0,
        depth: 0,
    };
    let node = p.expr()?;
    (p.i == tokens.len()).then_some(node)
}

struct Parser<'a> {
    t: &'a [Token],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.t.get(self.i).map(|t| &t.tok)
    }

    fn expr(&mut self) -> Option<Node> {
        let mut l = self.term()?;
        loop {
            let (op, sign) = match self.peek() {
                Some(Tok::Plus) => (Op::Add, '+'),
                Some(Tok::Minus) => (Op::Sub, '−'),
                _ => return Some(l),
            };
            self.i += 1;
            l = Node::bin(op, l, self.term()?, sign);
        }
    }

    fn term(&mut self) -> Option<Node> {
        let mut l = self.factor()?;
        loop {
            let (op, sign) = match self.peek() {
                Some(Tok::Times) => (Op::Mul, '×'),
                Some(Tok::Div(c)) => (Op::Div, *c),
                _ => return Some(l),
            };
            self.i += 1;
            l = Node::bin(op, l, self.factor()?, sign);
        }
    }

    /// What follows a number with no space: "2x" or "2(x + 1)".
    fn implicit(&mut self, coef: Node) -> Option<Node> {
        let next = self.t.get(self.i).filter(|t| !t.sp);
        let r = match next.map(|t| &t.tok) {
            Some(Tok::Var) => {
                self.i += 1;
                Node::Var
            }
            Some(Tok::LPar) => self.factor()?,
            _ => return Some(coef),
        };
        let mut n = Node::bin(Op::Mul, coef, r, '×');
        if let Node::Bin(b) = &mut n {
            b.implicit = true;
        }
        Some(n)
    }

    fn factor(&mut self) -> Option<Node> {
        let tok = self.peek()?.clone();
        self.i += 1;
        match tok {
            Tok::Num(lit) => {
                if let Some(Token {
                    tok: Tok::Frac { n, d },
                    sp: true,
                }) = self.t.get(self.i)
                {
                    if lit.places > 0 || n >= d {
                        return None;
                    }
                    let v = lit.v.add(Rat::new(*n, *d)?)?;
                    let text = format!("{} {n}/{d}", lit.text);
                    self.i += 1;
                    return self.implicit(Node::Leaf(Leaf {
                        v,
                        text,
                        form: Form::Mixed,
                    }));
                }
                let form = if lit.places > 0 { Form::Dec } else { Form::Int };
                self.implicit(Node::Leaf(Leaf {
                    v: lit.v,
                    text: lit.text,
                    form,
                }))
            }
            Tok::Frac { n, d } => {
                let leaf = Leaf {
                    v: Rat::new(n, d)?,
                    text: format!("{n}/{d}"),
                    form: Form::Frac,
                };
                self.implicit(Node::Leaf(leaf))
            }
            Tok::Var => Some(Node::Var),
            Tok::LPar => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return None;
                }
                let mut inner = self.expr()?;
                if self.peek() != Some(&Tok::RPar) {
                    return None;
                }
                self.i += 1;
                self.depth -= 1;
                if let Node::Bin(b) = &mut inner {
                    b.paren = true;
                }
                Some(inner)
            }
            _ => None,
        }
    }
}
