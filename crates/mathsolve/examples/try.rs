fn main() {
    let lang = std::env::args()
        .nth(1)
        .and_then(|l| mathsolve::Lang::parse(&l))
        .unwrap_or(mathsolve::Lang::En);
    for line in std::io::stdin().lines() {
        let line = line.unwrap();
        match mathsolve::solve(&line, lang) {
            Ok(s) => {
                println!(
                    "== {line:?} -> {:?} {:?} answer {:?}",
                    s.kind, s.problem, s.answer
                );
                for st in s.steps {
                    println!(
                        "  [{}] {:?} -> {:?} | {} | {:?} {:?}",
                        st.change, st.before, st.after, st.text, st.expect, st.ask
                    );
                }
            }
            Err(_) => println!("== {line:?} -> UNSUPPORTED"),
        }
    }
}
