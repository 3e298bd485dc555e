// The problem members a variant's fields can be, and their rules.
#[status_core::subset]
#[derive(Debug)]
pub enum Account {
    // Members RFC 9457 defines cannot be extensions; a name is used once.
    #[status(403)]
    OutOfCredit {
        #[extension]
        status: u32,
        #[extension("balance")]
        a: u32,
        #[extension("balance")]
        b: u32,
        #[extension("")]
        c: u32,
        #[extension(balance)]
        d: u32,
    },
    // One instance, one list of field errors.
    #[status(422)]
    Invalid {
        #[instance]
        first: String,
        #[instance]
        second: String,
        #[errors(all)]
        errors: status_core::problem::FieldErrors,
    },
    // Problem members belong to 4xx and 5xx.
    Ok {
        #[extension]
        note: String,
        #[instance]
        at: String,
    },
}

// An unknown error format argument.
#[status_core::subset(format)]
pub enum Formatless {
    NotFound,
}

fn main() {}
