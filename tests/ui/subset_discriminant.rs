// Discriminants are the macro's job: an enum that already has them is rejected with the fix.
#[status_core::subset]
#[repr(u16)]
pub enum GetUser {
    Ok = 200,
    NotFound = 404,
}

fn main() {}
