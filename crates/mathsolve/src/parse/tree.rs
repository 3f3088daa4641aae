//! Expression trees: parsed from tokens with the school order of operations, shown and evaluated.

use crate::format::bracket_negative;
use crate::number::Rat;

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
