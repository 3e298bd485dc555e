// Only enums can be subsets.
#[status_core::subset]
pub struct NotAnEnum {
    code: u16,
}

#[status_core::subset]
pub union AlsoNot {
    code: u16,
}

fn main() {}
