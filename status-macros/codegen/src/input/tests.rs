use super::*;
use quote::{ToTokens, quote};

fn parse(tokens: TokenStream) -> DeriveInput {
    syn::parse2(tokens).expect("parses")
}

fn variants(input: &DeriveInput) -> &[Variant] {
    match &input.data {
        Data::Enum(data) => &data.variants,
        _ => panic!("not an enum"),
    }
}

fn types(fields: &Fields) -> Vec<String> {
    fields.iter().map(|f| f.ty.to_string()).collect()
}

#[test]
fn commas_inside_angle_brackets_belong_to_the_type() {
    let input = parse(quote! {
        enum E {
            A(Result<u8, String>, u16),
            B { x: std::collections::HashMap<K, Vec<V>>, y: fn(u8, u8) -> Vec<u8>, },
            C(Box<dyn Fn(u8) -> Option<u8>>, u8),
            D(Map<fn() -> u8, u16>, u8),
        }
    });
    let v = variants(&input);
    assert_eq!(types(&v[0].fields), ["Result < u8 , String >", "u16"]);
    assert_eq!(types(&v[1].fields), ["std :: collections :: HashMap < K , Vec < V >>", "fn (u8 , u8) -> Vec < u8 >"]);
    assert_eq!(types(&v[2].fields), ["Box < dyn Fn (u8) -> Option < u8 >>", "u8"]);
    assert_eq!(types(&v[3].fields), ["Map < fn () -> u8 , u16 >", "u8"]);
    assert!(matches!(v[1].fields, Fields::Named(..)));
    assert_eq!(
        v[1].fields.iter().map(|f| f.ident.as_ref().map(ToString::to_string)).collect::<Vec<_>>(),
        [Some("x".to_owned()), Some("y".to_owned())]
    );
}

#[test]
fn visibility_is_told_apart_from_a_tuple_type() {
    let input = parse(
        quote! { pub(crate) enum E { A(pub (u8, u8), pub(crate) u16, pub(in crate::a) u8), B { pub r#type: u8 } } },
    );
    assert_eq!(input.vis.to_string(), "pub (crate)");
    let v = variants(&input);
    let vis: Vec<String> = v[0].fields.iter().map(|f| f.vis.to_string()).collect();
    assert_eq!(vis, ["pub", "pub (crate)", "pub (in crate :: a)"]);
    assert_eq!(types(&v[0].fields), ["(u8 , u8)", "u16", "u8"]);
    assert_eq!(
        v[1].fields.iter().next().and_then(|f| f.ident.as_ref()).map(ToString::to_string).as_deref(),
        Some("r#type")
    );
}

#[test]
fn generics_and_where_clauses_are_found() {
    let input = parse(quote! { enum E<T: Into<Vec<u8>>, U> where T: Copy { A(T), B(U) } });
    assert_eq!(input.generics.first_param.map(|t| t.to_string()).as_deref(), Some("T : Into < Vec < u8 >>"));
    assert_eq!(input.generics.where_clause.map(|t| t.to_string()).as_deref(), Some("where T : Copy"));
    assert_eq!(variants(&parse(quote! { enum E<F: Fn() -> u8> { A } })).len(), 1);
    let plain = parse(quote! { enum E<> { A } });
    assert!(plain.generics.first_param.is_none() && plain.generics.where_clause.is_none());
}

#[test]
fn structs_and_unions_are_recognized_by_their_keyword() {
    assert!(matches!(parse(quote! { #[derive(Debug)] pub struct S<T> { a: T } }).data, Data::Struct(_)));
    assert!(matches!(parse(quote! { union U { a: u8 } }).data, Data::Union(_)));
}

#[test]
fn attributes_keep_their_path_and_arguments() {
    let input = parse(quote! {
        /// Docs.
        #[a] #[b::c(d, e)] #[f = "g"]
        enum E { #[status(404)] A = 404, B = 1 << 2 }
    });
    let kinds: Vec<(String, &str)> = input
        .attrs
        .iter()
        .map(|a| {
            let path = a.path().to_token_stream().to_string();
            let kind = match &a.meta {
                Meta::Path => "path",
                Meta::List(_) => "list",
                Meta::NameValue(_) => "name-value",
            };
            (path, kind)
        })
        .collect();
    let expect = [("doc", "name-value"), ("a", "path"), ("b :: c", "list"), ("f", "name-value")];
    assert_eq!(kinds, expect.map(|(p, k)| (p.to_owned(), k)));
    assert!(input.attrs[1].path().is_ident("a") && !input.attrs[2].path().is_ident("c"));
    let v = variants(&input);
    assert_eq!(v[0].attrs[0].parse_args::<syn::LitInt>().map(|l| l.to_string()).ok().as_deref(), Some("404"));
    assert_eq!(v[1].discriminant.as_ref().map(|(_, e)| e.to_string()).as_deref(), Some("1 << 2"));
}

#[test]
fn an_enum_is_written_back_as_it_was_read() {
    let tokens = quote! {
        #[doc = " E."] #[derive(Debug)] pub enum E {
            #[serde(rename = "a")] A,
            B(Vec<u8>, #[header("Allow")] String,),
            C { #[body] c: Option<HashMap<u8, u8>>, },
            D = 404,
        }
    };
    assert_eq!(parse(tokens.clone()).to_token_stream().to_string(), tokens.to_string());
}

#[test]
fn broken_input_is_an_error_not_a_panic() {
    // Braces, so that rustfmt leaves the token lists as written.
    let inputs = [
        quote! {},
        quote! { enum },
        quote! { enum E },
        quote! { enum E { A(,) } },
        quote! { enum E { A B } },
        quote! { enum E { A = } },
        quote! { enum E<T { A } },
        quote! { enum E {} extra },
        quote! { #![inner] enum E {} },
        quote! { #[a b] enum E {} },
        quote! { impl E {} },
        quote! { enum E { A { x } } },
    ];
    for tokens in inputs {
        assert!(syn::parse2::<DeriveInput>(tokens.clone()).is_err(), "{tokens}");
    }
}

#[test]
fn nested_arguments_are_names_with_optional_values() {
    let mut seen = Vec::new();
    parse_nested(quote!(of = crate::a::B, registry = "x.toml", __canonical, type = "u",), |name, value| {
        seen.push((name.to_string(), value.map(|v| v.to_string())));
        Ok(())
    })
    .expect("parses");
    let expect = [
        ("of", Some("crate :: a :: B")),
        ("registry", Some("\"x.toml\"")),
        ("__canonical", None),
        ("type", Some("\"u\"")),
    ];
    assert_eq!(seen, expect.map(|(n, v)| (n.to_owned(), v.map(str::to_owned))));
    assert!(parse_nested(quote!(of =), |_, _| Ok(())).is_err());
    assert!(parse_nested(quote!(of registry), |_, _| Ok(())).is_err(), "a comma between arguments");
}

#[test]
fn comma_separated_items_allow_a_trailing_comma() {
    let items = |t: TokenStream| comma_separated(t).map(|v| v.iter().map(ToString::to_string).collect::<Vec<_>>());
    assert_eq!(items(quote!(404, 410)).ok(), Some(vec!["404".to_owned(), "410".to_owned()]));
    assert_eq!(items(quote!(404,)).ok(), Some(vec!["404".to_owned()]));
    assert_eq!(items(quote!()).ok(), Some(Vec::new()));
}

mod generated {
    use super::*;
    use proptest::prelude::*;
    use std::fmt::Write as _;
    use std::str::FromStr;

    /// A variant to generate: (attribute, shape 0..3 = unit, tuple, named, discriminant, fields
    /// as (visibility, attribute, type) indexes).
    type Spec = (usize, u8, Vec<(usize, usize, usize)>);

    /// Field types that test where a type ends: commas inside angle brackets, arrows, tuples,
    /// arrays, references with lifetimes, paths and trait objects.
    const TYPES: &[&str] = &[
        "u8",
        "String",
        "Vec<u8>",
        "Result<u8, String>",
        "std::collections::HashMap<String, Vec<(u8, u16)>>",
        "fn(u8, u8) -> Vec<u8>",
        "Box<dyn Fn(u8) -> Option<u8> + Send>",
        "(u8, u16)",
        "[u8; 4]",
        "&'static str",
        "<Vec<u8> as IntoIterator>::Item",
        "Option<Box<dyn Fn() -> Result<u8, ()>>>",
        "std::collections::HashMap<fn(u8) -> u8, Vec<u8>>",
    ];
    const VIS: &[&str] = &["", "pub ", "pub(crate) ", "pub(in crate::a) "];
    const ATTRS: &[&str] = &["", "#[header(\"Allow\")] ", "#[body] ", "/// A field.\n", "#[serde(rename = \"x\")] "];

    fn variant() -> impl Strategy<Value = Spec> {
        (0..ATTRS.len(), 0u8..4, proptest::collection::vec((0..VIS.len(), 0..ATTRS.len(), 0..TYPES.len()), 1..4))
    }

    fn source(variants: &[Spec]) -> (String, Vec<Vec<&'static str>>) {
        let mut text = String::from("#[derive(Debug)] pub enum E {\n");
        let mut expected = Vec::new();
        for (i, (attr, shape, fields)) in variants.iter().enumerate() {
            text.push_str(ATTRS[*attr]);
            let _ = write!(text, "V{i}");
            let types: Vec<&str> = fields.iter().map(|f| TYPES[f.2]).collect();
            match shape {
                1 => {
                    let list: Vec<String> =
                        fields.iter().map(|&(v, a, t)| format!("{}{}{}", ATTRS[a], VIS[v], TYPES[t])).collect();
                    let _ = write!(text, "({})", list.join(", "));
                    expected.push(types);
                }
                2 => {
                    let list: Vec<String> = fields
                        .iter()
                        .enumerate()
                        .map(|(n, &(v, a, t))| format!("{}{}f{n}: {}", ATTRS[a], VIS[v], TYPES[t]))
                        .collect();
                    let _ = write!(text, " {{ {} }}", list.join(", "));
                    expected.push(types);
                }
                3 => {
                    let _ = write!(text, " = {}", 100 + i);
                    expected.push(Vec::new());
                }
                _ => expected.push(Vec::new()),
            }
            text.push_str(",\n");
        }
        text.push('}');
        (text, expected)
    }

    proptest! {
        #[test]
        fn enums_parse_into_their_fields_and_print_back(variants in proptest::collection::vec(variant(), 1..6)) {
            let (text, expected) = source(&variants);
            let tokens = TokenStream::from_str(&text).expect("the generated source lexes");
            let input: DeriveInput = syn::parse2(tokens.clone()).expect("the generated source parses");
            let got: Vec<Vec<String>> = match &input.data {
                Data::Enum(data) => data.variants.iter().map(|v| v.fields.iter().map(|f| f.ty.to_string()).collect()).collect(),
                _ => panic!("not an enum"),
            };
            let want: Vec<Vec<String>> = expected
                .iter()
                .map(|types| types.iter().map(|t| TokenStream::from_str(t).expect("a type lexes").to_string()).collect())
                .collect();
            prop_assert_eq!(got, want);
            // Printing adds a trailing comma after the last field and variant; parsing that again
            // gives the same tree.
            let printed = input.to_token_stream();
            let again: DeriveInput = syn::parse2(printed.clone()).expect("the printed enum parses");
            prop_assert_eq!(again.to_token_stream().to_string(), printed.to_string());
        }
    }
}
