//! An API crate's view: each endpoint declares the codes it can answer with as a subset of the
//! registry, checked at compile time, and callers match on it exhaustively.
//!
//! ```text
//! cargo run --example user_api
//! ```

use status_core::{StatusCode, subset};

/// What `GET /users/{id}` answers.
#[subset]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetUser {
    /// The user, as JSON.
    Ok,
    /// The client's cached copy is current.
    NotModified,
    /// No user has this id.
    #[status(404)]
    NoSuchUser,
    /// The account was deleted.
    Gone,
}

/// What `POST /users` answers; errors carry data for the response body.
#[subset]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreateUser {
    /// The user was created at the given path.
    Created {
        /// Path of the new user.
        location: String,
    },
    /// The request body failed validation.
    UnprocessableContent {
        /// The offending field.
        field: &'static str,
    },
    /// A user with this name exists.
    Conflict,
    /// Too many sign-ups from this address; retry after the given seconds.
    TooManyRequests(u32),
}

fn get_user(id: u32) -> GetUser {
    match id {
        0 => GetUser::NoSuchUser,
        1 => GetUser::Gone,
        2 => GetUser::NotModified,
        _ => GetUser::Ok,
    }
}

fn create_user(name: &str) -> CreateUser {
    match name {
        "" => CreateUser::UnprocessableContent { field: "name" },
        "root" => CreateUser::Conflict,
        "spam" => CreateUser::TooManyRequests(30),
        _ => CreateUser::Created { location: format!("/users/{name}") },
    }
}

/// A client-side view: exhaustive, so adding a code to `GetUser` breaks this until handled.
fn render(outcome: GetUser) -> &'static str {
    match outcome {
        GetUser::Ok => "here is the user",
        GetUser::NotModified => "use your cached copy",
        GetUser::NoSuchUser => "no such user",
        GetUser::Gone => "the account was deleted",
    }
}

fn main() {
    for id in 0..4 {
        let outcome = get_user(id);
        // `Display` gives the status line; `StatusCode::from` the canonical code.
        println!("GET /users/{id} -> {outcome:<16} ({:?}) {}", StatusCode::from(outcome), render(outcome));
    }
    for name in ["ada", "", "root", "spam"] {
        let outcome = create_user(name);
        let extra = match &outcome {
            CreateUser::Created { location } => format!("Location: {location}"),
            CreateUser::UnprocessableContent { field } => format!("invalid field `{field}`"),
            CreateUser::Conflict => "name taken".to_owned(),
            CreateUser::TooManyRequests(secs) => format!("Retry-After: {secs}"),
        };
        println!("POST /users {name:?} -> {outcome} ({extra})");
    }
    // From a number back to the subset: codes outside it are errors that say so.
    println!("{:?}", GetUser::try_from(410));
    println!("{}", GetUser::try_from(500).unwrap_err());
    println!("{}", GetUser::try_from(StatusCode::NotFound).map_or("-".into(), |s| s.to_string()));
    // Every variant carries the registry's documentation, also at run time.
    println!("{}: {}", GetUser::Gone, GetUser::Gone.status().summary());
}
