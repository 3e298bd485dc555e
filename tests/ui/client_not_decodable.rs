// What a client cannot decode: an enum without `#[subset(client)]`, and a `#[body]` of a type
// it cannot read back (a server framework's own JSON).
#[status_core::subset]
#[derive(Debug)]
pub enum ServerOnly {
    NotFound,
}

#[derive(Debug, serde::Deserialize)]
pub struct User {
    pub id: u64,
}

#[status_core::subset]
#[subset(client)]
#[derive(Debug)]
pub enum GetUser {
    Ok {
        #[body]
        user: axum::Json<User>,
    },
}

async fn fetch(response: http::Response<String>) {
    let _ = status_core::client::decode::<std::convert::Infallible, ServerOnly, _>(response).await;
}

fn main() {
    let _ = fetch;
}
