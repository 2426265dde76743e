import DieuHanhCore
import Foundation

/// The linked deployments' inbox in the OpenAPI document, kept with the module.
extension OpenAPIDocument {
    static let levelOperations: [Operation] = [
        .init(
            method: "post", path: "/api/v1/levels/inbox",
            summary: "A message from a linked DieuHanh deployment, authenticated by its HMAC-SHA256 signature (no token). "
                + "Refusals carry error.code = " + LevelRefusal.allCases.map(\.rawValue).joined(separator: ", "),
            tag: "levels", body: "LevelEnvelope", response: "LevelReceipt", auth: false),
        .init(
            method: "get", path: "/api/v1/levels/figures",
            summary: "For every linked deployment below, its task figures as of date (yyyy-mm-dd, today when absent), "
                + "summed from the days of figures it sent up; leaders and administrators", tag: "levels",
            query: ["date"], response: "LevelFigures"),
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
            "LevelFiguresLine": object(
                [
                    "peer": string, "deployment_id": string, "total": integer, "completed_on_time": integer,
                    "completed_late": integer, "pending_within_deadline": integer, "pending_overdue": integer,
                    "pending_no_deadline": integer, "documents": integer,
                    "last_received_at": ["type": "string", "format": "date-time", "nullable": true],
                ],
                required: [
                    "peer", "total", "completed_on_time", "completed_late", "pending_within_deadline", "pending_overdue",
                    "pending_no_deadline", "documents",
                ]),
            "LevelFigures": object(
                [
                    "as_of": string, "peers": ["type": "array", "items": ["$ref": "#/components/schemas/LevelFiguresLine"]],
                    "total": ["$ref": "#/components/schemas/LevelFiguresLine"],
                ], required: ["as_of", "peers", "total"]),
        ]
    }
}
