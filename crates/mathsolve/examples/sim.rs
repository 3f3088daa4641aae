fn main() {
    for p in std::io::stdin().lines() {
        let p = p.unwrap();
        let v: Vec<String> = (0..6)
            .map(|s| mathsolve::similar(&p, s).unwrap_or_default())
            .collect();
        println!("{p:?} -> {v:?}");
    }
}
