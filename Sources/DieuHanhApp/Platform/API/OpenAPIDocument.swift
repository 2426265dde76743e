import Foundation
import Vapor

/// The OpenAPI 3.1 description of every API route. A test checks it against the routes the app registers,
/// so a route cannot be added without being described here.
enum OpenAPIDocument {
    struct Operation {
        let method: String
        let path: String
        let summary: String
        let tag: String
        var query: [String] = []
        var body: String? = nil
        var response: String? = nil
        var status: String = "200"
        var auth = true
        /// The body may also be `multipart/form-data` carrying `files[]`.
        var acceptsFiles = false
        /// The response is a file, not JSON.
        var returnsFile = false
    }

    static func json() -> Data {
        var paths: [String: [String: Any]] = [:]
        for op in operations + meetingOperations + reviewDraftOperations + urgingOperations + levelOperations {
            var operation: [String: Any] = [
                "summary": op.summary,
                "tags": [op.tag],
                "operationId": op.method
                    + op.path.replacingOccurrences(of: "/", with: "_")
                    .replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: ""),
            ]
            var parameters: [[String: Any]] = op.query.map {
                [
                    "name": $0, "in": "query", "required": false,
                    "schema": ["type": $0 == "page" || $0 == "per" ? "integer" : "string"],
                ]
            }
            for segment in op.path.split(separator: "/") where segment.hasPrefix("{") {
                parameters.append([
                    "name": String(segment.dropFirst().dropLast()), "in": "path", "required": true,
                    // Ids are UUIDs; other path parts (a section's key) are plain strings.
                    "schema": segment.hasSuffix("ID}") ? ["type": "string", "format": "uuid"] : ["type": "string"],
                ])
            }
            if !parameters.isEmpty { operation["parameters"] = parameters }
            if let body = op.body {
                var content: [String: Any] = ["application/json": ["schema": ["$ref": "#/components/schemas/\(body)"]]]
                if op.acceptsFiles {
                    content["multipart/form-data"] = [
                        "schema": [
                            "allOf": [
                                ["$ref": "#/components/schemas/\(body)"],
                                object(["files[]": ["type": "array", "items": ["type": "string", "format": "binary"]]]),
                            ]
                        ]
                    ]
                }
                operation["requestBody"] = ["required": true, "content": content]
            }
            let success: [String: Any] =
                op.returnsFile
                ? [
                    "description": "The file, with its sniffed content type",
                    "content": ["application/octet-stream": ["schema": ["type": "string", "format": "binary"]]],
                ]
                : [
                    "description": "OK",
                    "content": [
                        "application/json": [
                            "schema": op.response.map { ["$ref": "#/components/schemas/\($0)"] } ?? ["type": "object"]
                        ]
                    ],
                ]
            var responses: [String: Any] = [
                op.status: success,
                "4XX": [
                    "description": "Bad input or not allowed",
                    "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
                ],
            ]
            if op.path == "/health" { responses["503"] = ["description": "The database does not answer"] }
            operation["responses"] = responses
            operation["security"] = op.auth ? [["bearer": [String]()]] : [[String: [String]]]()
            paths[op.path, default: [:]][op.method] = operation
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": [
                "title": "DieuHanh API", "version": "1",
                "description": "Chỉ đạo, điều hành: units, users, audit. Dates are yyyy-mm-dd, Asia/Ho_Chi_Minh.",
            ],
            "servers": [["url": "/"]],
            "paths": paths,
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                "schemas": schemas.merging(meetingSchemas) { a, _ in a }.merging(reviewDraftSchemas) { a, _ in a }
                    .merging(taskFocusSchemas) { a, _ in a }.merging(urgingSchemas) { a, _ in a }
                    .merging(levelSchemas) { a, _ in a },
            ],
        ]
        return
            (try? JSONSerialization.data(
                withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
    }
}
