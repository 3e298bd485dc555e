// Several variants with one code: no conversion from a number can choose between them, so
// the enum has none (and no `#[repr(u16)]` discriminants).
#[status_core::subset]
#[derive(Debug)]
pub enum Failure {
    #[status(500)]
    Database,
    #[status(500)]
    Cache,
    NotFound,
}

fn main() {
    let _ = Failure::from_u16(500);
    let _ = Failure::ALL;
    let _ = Failure::try_from(404u16);
}
