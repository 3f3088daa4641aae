//! Asking before a restore replaces a database that people use.

use std::io::{BufRead, IsTerminal, Write};

/// What to do when the database to replace has users.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// Replace it (`--force`).
    Force,
    /// Ask on the terminal; refuse when there is none (a script, cron).
    Ask,
    /// Refuse.
    Refuse,
}

/// Ok when `target`, holding `users` users, may be replaced.
pub fn replace(confirm: Confirm, target: &str, users: i64) -> anyhow::Result<()> {
    if users == 0 || confirm == Confirm::Force {
        return Ok(());
    }
    let refused = || {
        anyhow::anyhow!(
            "the database at {target} has {users} users and would be replaced by the backup; \
             nothing was changed. Run in a terminal to be asked, or add --force"
        )
    };
    if confirm == Confirm::Refuse || !std::io::stdin().is_terminal() {
        return Err(refused());
    }
    eprint!(
        "The database at {target} has {users} users. Replace it with the backup? \
         Type yes to continue: "
    );
    std::io::stderr().flush().ok();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    match answer.trim().eq_ignore_ascii_case("yes") {
        true => Ok(()),
        false => Err(anyhow::anyhow!("not confirmed; nothing was changed")),
    }
}
