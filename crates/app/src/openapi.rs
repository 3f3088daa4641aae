//! The OpenAPI document: a base with shared components, plus each module's paths.

use serde_json::Value;

const BASE: &str = include_str!("../openapi/base.json");

/// The merged document served at `/api/v1/openapi.json`.
pub fn document(modules: &[kernel::module::Module]) -> Value {
    let mut doc: Value = serde_json::from_str(BASE).expect("base OpenAPI document is JSON");
    for fragment in modules.iter().flat_map(|m| m.openapi) {
        let part: Value = serde_json::from_str(fragment).expect("OpenAPI fragment is JSON");
        merge(&mut doc["paths"], &part["paths"]);
        merge(
            &mut doc["components"]["schemas"],
            &part["components"]["schemas"],
        );
    }
    doc
}

fn merge(into: &mut Value, from: &Value) {
    if let (Some(into), Some(from)) = (into.as_object_mut(), from.as_object()) {
        for (k, v) in from {
            into.insert(k.clone(), v.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn document_merges_every_fragment() {
        let doc = super::document(&crate::modules(&crate::Services::offline()));
        assert_eq!(doc["openapi"], "3.1.0");
        assert!(doc["paths"]["/api/v1/auth/login"].is_object());
        assert!(doc["components"]["schemas"]["Error"].is_object());
    }
}
