//! Rebuild when a migration file is added or changed: `sqlx::migrate!` embeds the folders.
fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
}
