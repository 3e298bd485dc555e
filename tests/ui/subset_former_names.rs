// Names a code had before RFC 9110 renamed it get today's name as the suggestion.
#[status_core::subset]
pub enum Upload {
    Created,
    PayloadTooLarge,
    UnprocessableEntity,
    RequestedRangeNotSatisfiable,
}

fn main() {}
