import DieuHanhCore
import Foundation

/// The linked deployments' inbox in the OpenAPI document, kept with the module.
extension OpenAPIDocument {
    static let levelOperations: [Operation] = [
        .init(
            method: "post", path: "/api/v1/levels/inbox",
            summary: "A message from a linked DieuHanh deployment, authenticated by its HMAC-SHA256 signature (no token). "
                + "Refusals carry error.code = " + LevelRefusal.allCases.map(\.rawValue).joined(separator: ", "),
            tag: "levels", body: "LevelEnvelope", response: "LevelReceipt", auth: false)
    ]

    static var levelSchemas: [String: Any] {
        [
            "LevelEnvelope": object(
                [
                    "origin": ["type": "string", "description": "the sending deployment's id"],
                    "kind": ["type": "string", "enum": LevelMessageKind.allCases.map(\.rawValue)],
                    "object_id": string, "version": integer,
                    "sent_at": ["type": "integer", "description": "seconds since 1970; refused beyond 5 minutes"],
                    "nonce": ["type": "string", "description": "at least 16 characters, never used twice"],
                    "body": ["type": "string", "description": "the fact as JSON text"],
                    "signature": [
                        "type": "string",
                        "description":
                            "base64 HMAC-SHA256 of origin, kind, object_id, version, sent_at, nonce, body joined by line feeds",
                    ],
                ], required: ["origin", "kind", "object_id", "version", "sent_at", "nonce", "body", "signature"]),
            "LevelReceipt": object(
                ["status": ["type": "string", "enum": ["applied", "duplicate"]]], required: ["status"]),
        ]
    }
}
