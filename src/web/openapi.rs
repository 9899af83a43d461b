//! The API's OpenAPI 3.1 document, served at `/api/openapi.json`. It is
//! generated, never written by hand: each handler in `api.rs` carries its
//! `#[utoipa::path]` (summary, body, answers, errors) and is registered
//! with its route in one `service` call, so a route cannot go undocumented;
//! the schemas are derived from the types the handlers take and answer; the
//! errors are `ErrorCode`s per operation and status (`errors.rs`). The
//! snapshot test below shows every change to the document in review. The
//! CI's property-based API test (schemathesis) reads the document to send
//! valid and invalid requests and checks every answer against it, and
//! `tests/it/openapi.rs` checks the suite's own answers.

use serde_json::Value;
use std::sync::OnceLock;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "plenum",
        description = "General Assembly voting and governance. Errors are {error, message}: \
                       a machine code (the operation's answers list the codes of each status) \
                       and a sentence for a person."
    ),
    security(("bearer" = [])),
    modifiers(&Additions),
)]
struct ApiDoc;

/// The bearer scheme every operation but the public ones needs, and the
/// error schemas `Error400`... that the operations' answers refer to.
struct Additions;

impl utoipa::Modify for Additions {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(utoipa::openapi::Components::new);
        components.add_security_scheme("bearer", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
        for (name, schema) in super::errors::components() {
            components.schemas.insert(name, schema.into());
        }
    }
}

/// The document, generated once.
pub fn document() -> &'static Value {
    static DOCUMENT: OnceLock<Value> = OnceLock::new();
    DOCUMENT.get_or_init(generate)
}

fn generate() -> Value {
    use utoipa_actix_web::AppExt;
    // The routes are registered on an app that never serves: only the
    // documentation they carry is kept.
    let (_, doc) = actix_web::App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(utoipa_actix_web::scope("/api/v1").configure(super::api::configure))
        .split_for_parts();
    let mut doc = serde_json::to_value(doc).unwrap_or(Value::Null);
    optional_bodies_are_absent_not_null(&mut doc);
    doc
}

/// An optional body (`Option<T>`) is documented by utoipa as `T` or
/// `null`; plenum takes no body or `T`, and a `null` body is refused, so
/// the `null` alternative goes (the body stays not required).
fn optional_bodies_are_absent_not_null(doc: &mut Value) {
    let Some(paths) = doc["paths"].as_object_mut() else { return };
    for op in paths.values_mut().filter_map(Value::as_object_mut).flat_map(|item| item.values_mut()) {
        // `get_mut`, not indexing: indexing a JSON object inserts what it
        // does not find (it once gave every GET a body of schema `null`).
        let schema = op
            .get_mut("requestBody")
            .and_then(|b| b.get_mut("content"))
            .and_then(|c| c.get_mut("application/json"))
            .and_then(|m| m.get_mut("schema"));
        let Some(schema) = schema else { continue };
        let Some(alternatives) = schema.get("oneOf").and_then(Value::as_array) else { continue };
        let mut rest = alternatives.iter().filter(|s| s["type"] != "null");
        if let (Some(only), None) = (rest.next().cloned(), rest.next()) {
            *schema = only;
        }
    }
}

/// The document's path template that a concrete `path` is an instance of
/// (`/api/v1/polls/3` -> `/api/v1/polls/{id}`), if any.
pub fn template_of(doc: &Value, path: &str) -> Option<String> {
    let parts: Vec<&str> = path.split('/').collect();
    doc["paths"]
        .as_object()?
        .keys()
        .find(|t| {
            let ts: Vec<&str> = t.split('/').collect();
            ts.len() == parts.len()
                && ts
                    .iter()
                    .zip(&parts)
                    .all(|(t, p)| t == p || (t.starts_with('{') && t.ends_with('}') && !p.is_empty()))
        })
        .cloned()
}

/// The methods the document has for a concrete `path` (`/api/v1/polls/3`),
/// upper case and sorted; none where no path of the document matches.
pub fn methods_of(path: &str) -> Vec<String> {
    let doc = document();
    let mut methods: Vec<String> = template_of(doc, path)
        .and_then(|t| doc["paths"][t.as_str()].as_object())
        .map(|ops| ops.keys().map(|m| m.to_uppercase()).collect())
        .unwrap_or_default();
    methods.sort();
    methods
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document as reviewed: any change to a route, a body, an answer
    /// or an error list shows in the snapshot's diff (`INSTA_UPDATE=always
    /// cargo test --lib web::openapi` writes the new one to review).
    #[test]
    fn the_document_is_as_reviewed() {
        let text = serde_json::to_string_pretty(document())
            .unwrap_or_default()
            .replace(concat!("\"version\": \"", env!("CARGO_PKG_VERSION"), "\""), "\"version\": \"<version>\"");
        insta::assert_snapshot!("openapi", text);
    }

    #[test]
    fn a_path_has_the_methods_of_its_operations() {
        assert_eq!(methods_of("/api/v1/session"), ["DELETE", "POST"]);
        assert_eq!(methods_of("/api/v1/polls/12/ballots"), ["POST"]);
        assert_eq!(methods_of("/api/v1/assemblies/3/attendance/7"), ["DELETE"]);
        assert!(methods_of("/api/v1/nothing").is_empty());
        assert!(methods_of("/api/v1/polls//ballots").is_empty());
    }

    /// Every body the document names has a schema, and an operation that
    /// takes none names none (an outside review found 34 `"schema": null`,
    /// which OpenAPI 3.1 refuses, put there by this module's own pass).
    #[test]
    fn every_body_has_a_schema_and_bodyless_operations_have_none() {
        let doc = document();
        let mut wrong = Vec::new();
        for (path, item) in doc["paths"].as_object().into_iter().flatten() {
            for (method, op) in item.as_object().into_iter().flatten() {
                if let Some(body) = op.get("requestBody") {
                    let content = body["content"].as_object().cloned().unwrap_or_default();
                    if content.is_empty() || content.values().any(|m| m["schema"].is_null()) {
                        wrong.push(format!("{method} {path}: {body}"));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        assert!(doc["paths"]["/api/v1/accounts"]["get"].get("requestBody").is_none());
        let import = &doc["paths"]["/api/v1/organisations/import"]["post"]["requestBody"]["content"];
        assert_eq!(
            import.as_object().map(|c| c.keys().cloned().collect::<Vec<_>>()),
            Some(vec!["text/csv".to_string()])
        );
    }

    /// A body that may be left out is no body or the type, never `null`;
    /// a body that must be there is required.
    #[test]
    fn optional_bodies_may_be_absent_but_not_null() {
        let doc = document();
        let speak = &doc["paths"]["/api/v1/assemblies/{id}/speakers"]["post"]["requestBody"];
        assert_eq!(speak["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/SpeakInput");
        assert_ne!(speak["required"], true);
        let ballot = &doc["paths"]["/api/v1/polls/{id}/ballots"]["post"]["requestBody"];
        assert_eq!(ballot["required"], true);
    }

    /// What a client sends and what it gets back are different schemas: a
    /// request documented with its answer's schema (as a proxy's once was)
    /// would ask a client for fields it cannot know.
    #[test]
    fn no_schema_is_both_a_request_and_an_answer() {
        let doc = document();
        let (mut sent, mut answered) = (std::collections::BTreeSet::new(), std::collections::BTreeSet::new());
        for op in doc["paths"].as_object().into_iter().flatten().flat_map(|(_, i)| i.as_object().into_iter().flatten())
        {
            let op = op.1;
            if let Some(r) = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].as_str() {
                sent.insert(r.to_string());
            }
            for answer in op["responses"].as_object().into_iter().flatten().map(|(_, a)| a) {
                let schema = &answer["content"]["application/json"]["schema"];
                for r in [&schema["$ref"], &schema["items"]["$ref"]].into_iter().filter_map(Value::as_str) {
                    answered.insert(r.to_string());
                }
            }
        }
        assert!(sent.len() >= 25 && answered.len() >= 20, "{sent:?} {answered:?}");
        let both: Vec<_> = sent.intersection(&answered).collect();
        assert!(both.is_empty(), "{both:?}");
    }

    /// Each code an operation lists under a status is answered with that
    /// status, and every error schema refuses other fields.
    #[test]
    fn every_listed_code_has_the_status_it_is_listed_under() {
        let doc = document();
        let schemas = &doc["components"]["schemas"];
        let mut wrong = Vec::new();
        let mut operations = 0;
        for (path, item) in doc["paths"].as_object().into_iter().flatten() {
            for (method, op) in item.as_object().into_iter().flatten() {
                operations += 1;
                for (status, answer) in op["responses"].as_object().into_iter().flatten() {
                    let Ok(code) = status.parse::<u16>() else { continue };
                    if code < 400 {
                        continue;
                    }
                    let mut schema = &answer["content"]["application/json"]["schema"];
                    if let Some(name) = schema["$ref"].as_str() {
                        schema = &schemas[name.trim_start_matches("#/components/schemas/")];
                    }
                    let listed = schema["properties"]["error"]["enum"].as_array().cloned().unwrap_or_default();
                    if listed.is_empty() {
                        wrong.push(format!("{method} {path} {status}: no codes"));
                    }
                    for c in listed {
                        let known = c.as_str().and_then(crate::error::ErrorCode::parse);
                        if !known.is_some_and(|k| k.statuses().iter().any(|s| s.as_u16() == code)) {
                            wrong.push(format!("{method} {path} {status}: {c}"));
                        }
                    }
                }
            }
        }
        assert!(operations >= 63, "{operations} operations");
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
