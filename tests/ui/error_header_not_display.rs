// A header field whose type cannot be written: the error names the field's type and
// `Display`, not the library's internals.
pub struct Seconds(u32);

#[status_core::subset]
#[derive(Debug)]
pub enum Busy {
    ServiceUnavailable {
        #[header("Retry-After")]
        retry_after: Seconds,
    },
}

impl std::fmt::Debug for Seconds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

fn main() {}
