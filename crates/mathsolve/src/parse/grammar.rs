//! The grammar: + and − over × and ÷ over numbers, x and brackets; "2x" and "2(x + 1)" are
//! products, "2 1/3" is a mixed number.

use super::lex::{Tok, Token};
use super::tree::{Form, Leaf, Node, Op};
use crate::number::Rat;

/// Deepest bracket nesting accepted.
const MAX_DEPTH: usize = 6;

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
