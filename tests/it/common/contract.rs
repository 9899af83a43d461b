//! Every JSON answer of the API that any test receives is checked against
//! the OpenAPI document the server serves (generated from the code): the
//! operation must list the answer's status, and the body must match that
//! status's schema, formats included. An error code an operation does not
//! list, a field a type does not declare, or a date that is not RFC 3339
//! fails the test that met it.

use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// The template of the document that `path` is an instance of (the
/// server's own match, which also answers 405).
pub fn template(doc: &Value, path: &str) -> Option<String> {
    plenum::web::openapi::template_of(doc, path)
}

type Validators = Mutex<HashMap<(String, String, u16), Arc<jsonschema::Validator>>>;

/// A validator for the answer of `method template` with `status`; `None`
/// where the operation has no JSON schema for it.
fn validator(
    doc: &Value,
    method: &str,
    template: &str,
    status: u16,
) -> Result<Option<Arc<jsonschema::Validator>>, String> {
    static CACHE: OnceLock<Validators> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = (method.to_string(), template.to_string(), status);
    if let Some(v) = cache.lock().expect("cache").get(&key) {
        return Ok(Some(v.clone()));
    }
    let responses = &doc["paths"][template][method]["responses"];
    let answer = &responses[status.to_string()];
    if !answer.is_object() {
        return Err(format!(
            "{method} {template} answered {status}, which the document does not list (it lists {:?})",
            responses.as_object().map(|r| r.keys().collect::<Vec<_>>())
        ));
    }
    let schema = &answer["content"]["application/json"]["schema"];
    if schema.is_null() {
        return Ok(None);
    }
    let mut root = schema.clone();
    if let Value::Object(m) = &mut root {
        m.insert("components".into(), doc["components"].clone());
    } else {
        root = json!({"allOf": [schema], "components": doc["components"]});
    }
    let v = jsonschema::options()
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| format!("the schema of {method} {template} {status} does not compile: {e}"))?;
    let v = Arc::new(v);
    cache.lock().expect("cache").insert(key, v.clone());
    Ok(Some(v))
}

/// Checks one answer; `Err` says how it differs from the document.
pub fn check(method: &str, path: &str, status: u16, json: bool, body: &Value) -> Result<(), String> {
    if !json || !path.starts_with("/api/v1/") {
        return Ok(());
    }
    let doc = plenum::web::openapi::document();
    // A path or method no operation has (404, 405) is not the document's.
    let Some(template) = template(doc, path) else { return Ok(()) };
    let template = template.as_str();
    if !doc["paths"][template][method].is_object() {
        return Ok(());
    }
    let Some(v) = validator(doc, method, template, status)? else { return Ok(()) };
    let errors: Vec<String> = v.iter_errors(body).map(|e| format!("{e} at {}", e.instance_path())).collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("{method} {path} answered {status} unlike the document: {errors:?}\n{body}"))
    }
}
