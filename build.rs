//! Rebuilds plenum when a migration changes: the migrations are embedded in
//! the binary (`diesel_migrations::embed_migrations!`), and Cargo does not
//! otherwise know that a change to a `.sql` file must rebuild the crate.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
