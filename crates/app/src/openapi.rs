//! The OpenAPI document: a base with shared components, plus each domain's paths.

use serde_json::Value;

const BASE: &str = include_str!("../openapi/base.json");

/// Every domain's fragment (`paths` and `components.schemas`).
const FRAGMENTS: &[&str] = &[
    include_str!("../openapi/accounts-auth.json"),
    include_str!("../openapi/accounts-family.json"),
    include_str!("../openapi/accounts-classes.json"),
    include_str!("../openapi/accounts-admin.json"),
    include_str!("../openapi/accounts-profile.json"),
    include_str!("../openapi/rewards.json"),
    include_str!("../openapi/harf.json"),
    include_str!("../openapi/speech.json"),
    include_str!("../openapi/exams.json"),
    include_str!("../openapi/exams-results.json"),
];

/// The merged document served at `/api/v1/openapi.json`.
pub fn document() -> Value {
    let mut doc: Value = serde_json::from_str(BASE).expect("base OpenAPI document is JSON");
    for fragment in FRAGMENTS {
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
        let doc = super::document();
        assert_eq!(doc["openapi"], "3.1.0");
        assert!(doc["paths"]["/api/v1/auth/login"].is_object());
        assert!(doc["components"]["schemas"]["Error"].is_object());
    }
}
