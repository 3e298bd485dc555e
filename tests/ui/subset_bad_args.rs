// Arguments are `of = Enum, registry = "file.toml"`, both or neither.
#[status_core::subset(registry = "status.toml")]
pub enum A {
    Ok,
}

#[status_core::subset(parent = StatusCode)]
pub enum B {
    Ok,
}

fn main() {}
