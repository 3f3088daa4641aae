//! Classes (rosters): teachers create them, students join with a code.
