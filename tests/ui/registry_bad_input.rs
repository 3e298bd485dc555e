// Misuse of the attribute itself: no path, unknown argument, variants, a struct, generics.
#[status_core::registry]
pub enum NoPath {}

#[status_core::registry(file = "ui-registries/valid.toml")]
pub enum WrongArgument {}

#[status_core::registry(path = "ui-registries/valid.toml")]
pub enum HasVariants {
    Ok,
}

#[status_core::registry(path = "ui-registries/valid.toml")]
pub struct NotAnEnum;

#[status_core::registry(path = "ui-registries/valid.toml")]
pub enum Generic<T> {}

fn main() {}
