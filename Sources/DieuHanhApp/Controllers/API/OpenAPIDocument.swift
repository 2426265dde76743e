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

    static let operations: [Operation] = [
        .init(method: "get", path: "/health", summary: "200 when the database answers", tag: "system", auth: false),
        .init(method: "get", path: "/api/v1/openapi.json", summary: "This document", tag: "system", auth: false),
        .init(method: "post", path: "/api/v1/auth/token", summary: "Exchange user name and password for a bearer token",
              tag: "auth", body: "Credentials", response: "Token", auth: false),
        .init(method: "get", path: "/api/v1/me", summary: "The signed-in user", tag: "auth", response: "User"),
        .init(method: "get", path: "/api/v1/units", summary: "Units the caller may see (a unit officer: own subtree)",
              tag: "units", query: ["q", "kind", "include_closed", "page", "per"], response: "UnitPage"),
        .init(method: "post", path: "/api/v1/units", summary: "Create a unit (admin)", tag: "units", body: "UnitInput",
              response: "Unit", status: "201"),
        .init(method: "get", path: "/api/v1/units/{unitID}", summary: "One unit", tag: "units", response: "Unit"),
        .init(method: "patch", path: "/api/v1/units/{unitID}", summary: "Rename, move or re-kind a unit (admin)",
              tag: "units", body: "UnitInput", response: "Unit"),
        .init(method: "post", path: "/api/v1/units/{unitID}/close",
              summary: "Close a unit on a date, optionally with a successor (admin)", tag: "units", body: "UnitClose",
              response: "Unit"),
        .init(method: "get", path: "/api/v1/users", summary: "Users the caller may see", tag: "users",
              query: ["q", "role", "unit", "status", "page", "per"], response: "UserPage"),
        .init(method: "post", path: "/api/v1/users", summary: "Create a user (admin)", tag: "users", body: "UserInput",
              response: "UserCreated", status: "201"),
        .init(method: "get", path: "/api/v1/users/{userID}", summary: "One user", tag: "users", response: "User"),
        .init(method: "patch", path: "/api/v1/users/{userID}", summary: "Change name, role, unit or active (admin)",
              tag: "users", body: "UserInput", response: "User"),
        .init(method: "post", path: "/api/v1/users/{userID}/reset-password",
              summary: "Set a new password, generated when none is given (admin)", tag: "users", body: "PasswordInput",
              response: "Password"),
        .init(method: "get", path: "/api/v1/tasks",
              summary: "Tasks as of a date (status = a bucket of the tasks statistics, or due_soon); q ignores diacritics",
              tag: "tasks", query: ["status", "as_of", "lead_unit", "assigner", "document", "domain", "leader", "deadline_from",
                                    "deadline_to", "q", "sort", "page", "per"], response: "TaskPage"),
        .init(method: "get", path: "/api/v1/tasks/{taskID}", summary: "A task with its events and the steps the caller may take",
              tag: "tasks", response: "TaskDetail"),
        .init(method: "post", path: "/api/v1/tasks/{taskID}/events",
              summary: "Record a step: progress, request_extension, approve_extension, refuse_extension, report_completion, "
                  + "confirm_completion, return_completion, reassign, cancel", tag: "tasks", body: "TaskEventInput",
              response: "TaskEvent", status: "201", acceptsFiles: true),
        .init(method: "get", path: "/api/v1/attachments/{attachmentID}",
              summary: "Download an attachment of a task step or a document the caller may see", tag: "tasks", returnsFile: true),
        .init(method: "get", path: "/api/v1/documents", summary: "Directive documents, newest first", tag: "tasks",
              query: ["q", "year", "page", "per"], response: "DocumentPage"),
        .init(method: "post", path: "/api/v1/documents",
              summary: "Enter a document with its tasks (units by code; deadline a date or \"N ngày làm việc\")", tag: "tasks",
              body: "DocumentInput", response: "DocumentCreated", status: "201"),
        .init(method: "get", path: "/api/v1/stats/tasks",
              summary: "Task statistics as of a date: the four VPCP buckets, no-deadline, distinct documents (top-level tasks; "
                  + "lead_unit includes its sub-units; from/to bound the assigned date)", tag: "stats",
              query: ["as_of", "assigner", "lead_unit", "from", "to"], response: "TaskStats"),
        .init(method: "get", path: "/api/v1/audit", summary: "Audit log entries, newest first (admin)", tag: "audit",
              query: ["actor", "entity", "action", "from", "to", "page", "per"], response: "AuditPage"),
        .init(method: "get", path: "/api/v1/audit/verify", summary: "Check the audit hash chain (admin)", tag: "audit",
              response: "AuditVerification"),
    ]

    static func json() -> Data {
        var paths: [String: [String: Any]] = [:]
        for op in operations {
            var operation: [String: Any] = [
                "summary": op.summary,
                "tags": [op.tag],
                "operationId": op.method + op.path.replacingOccurrences(of: "/", with: "_")
                    .replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: ""),
            ]
            var parameters: [[String: Any]] = op.query.map {
                ["name": $0, "in": "query", "required": false, "schema": ["type": $0 == "page" || $0 == "per" ? "integer" : "string"]]
            }
            for segment in op.path.split(separator: "/") where segment.hasPrefix("{") {
                parameters.append(["name": String(segment.dropFirst().dropLast()), "in": "path", "required": true,
                                   "schema": ["type": "string", "format": "uuid"]])
            }
            if !parameters.isEmpty { operation["parameters"] = parameters }
            if let body = op.body {
                var content: [String: Any] = ["application/json": ["schema": ["$ref": "#/components/schemas/\(body)"]]]
                if op.acceptsFiles {
                    content["multipart/form-data"] = ["schema": ["allOf": [
                        ["$ref": "#/components/schemas/\(body)"],
                        object(["files[]": ["type": "array", "items": ["type": "string", "format": "binary"]]]),
                    ]]]
                }
                operation["requestBody"] = ["required": true, "content": content]
            }
            let success: [String: Any] = op.returnsFile
                ? ["description": "The file, with its sniffed content type", "content": ["application/octet-stream": ["schema": ["type": "string", "format": "binary"]]]]
                : ["description": "OK",
                   "content": ["application/json": ["schema": op.response.map { ["$ref": "#/components/schemas/\($0)"] } ?? ["type": "object"]]]]
            var responses: [String: Any] = [
                op.status: success,
                "4XX": ["description": "Bad input or not allowed",
                        "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]],
            ]
            if op.path == "/health" { responses["503"] = ["description": "The database does not answer"] }
            operation["responses"] = responses
            operation["security"] = op.auth ? [["bearer": [String]()]] : [[String: [String]]]()
            paths[op.path, default: [:]][op.method] = operation
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": ["title": "DieuHanh API", "version": "1",
                     "description": "Chỉ đạo, điều hành: units, users, audit. Dates are yyyy-mm-dd, Asia/Ho_Chi_Minh."],
            "servers": [["url": "/"]],
            "paths": paths,
            "components": ["securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]], "schemas": schemas],
        ]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
    }

    private static func object(_ properties: [String: Any], required: [String] = []) -> [String: Any] {
        var schema: [String: Any] = ["type": "object", "properties": properties]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }

    private static var string: [String: Any] { ["type": "string"] }
    private static var nullableString: [String: Any] { ["type": ["string", "null"]] }
    private static var integer: [String: Any] { ["type": "integer"] }
    private static var uuid: [String: Any] { ["type": "string", "format": "uuid"] }
    private static var nullableUUID: [String: Any] { ["type": ["string", "null"], "format": "uuid"] }

    private static func page(of item: String) -> [String: Any] {
        object(["items": ["type": "array", "items": ["$ref": "#/components/schemas/\(item)"]], "total": integer,
                "page": integer, "per": integer], required: ["items", "total", "page", "per"])
    }

    private static var schemas: [String: Any] {
        [
            "Error": object(["error": object(["code": string, "message": string,
                                              "fields": ["type": "array", "items": object(["field": string, "message": string])]],
                                             required: ["code", "message"])], required: ["error"]),
            "Credentials": object(["username": string, "password": string], required: ["username", "password"]),
            "Token": object(["token": string, "expires_at": ["type": "string", "format": "date-time"]],
                            required: ["token", "expires_at"]),
            "Unit": object(["id": uuid, "code": string, "name": string,
                            "kind": ["type": "string", "enum": ["government", "ministry", "province", "office", "department",
                                                                "district", "commune", "council", "party", "other"]],
                            "parent_id": nullableUUID, "valid_from": nullableString, "valid_to": nullableString,
                            "successor_id": nullableUUID, "version": integer],
                           required: ["id", "code", "name", "kind", "version"]),
            "UnitInput": object(["code": string, "name": string, "kind": string,
                                 "parent_id": ["type": "string", "description": "uuid; \"\" for a root unit"],
                                 "valid_from": ["type": "string", "description": "yyyy-mm-dd or dd/mm/yyyy"],
                                 "version": ["type": "integer", "description": "the version read; a stale one gives 409"]]),
            "UnitClose": object(["valid_to": ["type": "string", "description": "last valid day"], "successor_id": uuid],
                                required: ["valid_to"]),
            "UnitPage": page(of: "Unit"),
            "User": object(["id": uuid, "username": string, "full_name": string,
                            "role": ["type": "string", "enum": ["admin", "coordinator", "leader", "unit_officer", "viewer"]],
                            "unit_id": nullableUUID, "active": ["type": "boolean"], "language": string, "version": integer],
                           required: ["id", "username", "full_name", "role", "active", "language", "version"]),
            "UserInput": object(["username": string, "full_name": string, "role": string, "unit_id": string,
                                 "password": string, "active": ["type": "boolean"], "version": integer]),
            "UserCreated": object(["user": ["$ref": "#/components/schemas/User"], "password": nullableString],
                                  required: ["user"]),
            "UserPage": page(of: "User"),
            "PasswordInput": object(["password": string]),
            "Password": object(["password": string], required: ["password"]),
            "AuditEntry": object(["seq": integer, "recorded_at": string, "actor_id": nullableUUID, "actor_name": string,
                                  "action": string, "entity": string, "entity_id": nullableString, "summary": string,
                                  "before": nullableString, "after": nullableString, "prev_hash": string, "hash": string]),
            "AuditPage": page(of: "AuditEntry"),
            "Task": object(["id": uuid, "ma": nullableString, "document_id": uuid, "document": string, "content": string,
                            "assigner": string, "lead_unit": string, "assigned_on": string, "deadline": nullableString,
                            "status": ["type": "string", "enum": ["completed_on_time", "completed_late", "pending_within_deadline",
                                                                  "pending_overdue", "pending_no_deadline", "not_counted"]],
                            "completed_on": nullableString, "days_late": ["type": ["integer", "null"]], "version": integer],
                           required: ["id", "document_id", "content", "status", "version"]),
            "TaskPage": page(of: "Task"),
            "Document": object(["id": uuid, "notation": string, "year": integer, "type_code": nullableString, "issued_on": string,
                                "issuer_id": nullableUUID, "signer": nullableString, "summary": string],
                               required: ["id", "notation", "year", "issued_on", "summary"]),
            "DocumentPage": page(of: "Document"),
            "DocumentInput": object(["notation": string, "issued_on": string, "issuer": string, "signer": string, "summary": string,
                                     "assigner": string, "assigned_on": string,
                                     "tasks": ["type": "array", "items": object(["ma": string, "content": string, "lead_unit": string,
                                                                                 "coordinating_units": ["type": "array", "items": string],
                                                                                 "deadline": string, "leader_id": uuid, "domain": string])]],
                                    required: ["notation", "assigner", "tasks"]),
            "DocumentCreated": object(["document": ["$ref": "#/components/schemas/Document"],
                                       "task_ids": ["type": "array", "items": uuid]]),
            "TaskEvent": object(["id": uuid, "kind": string, "recorded_on": string, "effective_on": string,
                                 "new_deadline": nullableString, "percent": ["type": ["integer", "null"]], "note": string,
                                 "unit_id": nullableUUID, "actor": string,
                                 "attachments": ["type": "array", "items": ["$ref": "#/components/schemas/Attachment"]]]),
            "Attachment": object(["id": uuid, "file_name": string, "content_type": string, "size": integer, "sha256": string,
                                  "url": string]),
            "TaskDetail": object(["task": ["$ref": "#/components/schemas/Task"],
                                  "coordinating_units": ["type": "array", "items": string],
                                  "events": ["type": "array", "items": ["$ref": "#/components/schemas/TaskEvent"]],
                                  "actions": ["type": "array", "items": string]]),
            "TaskEventInput": object(["action": string, "note": string, "percent": integer,
                                      "date": ["type": "string", "description": "completion date (report_completion)"],
                                      "new_deadline": string, "unit_id": uuid,
                                      "version": ["type": "integer", "description": "the task version read; stale gives 409"]],
                                     required: ["action"]),
            "TaskStats": object(["as_of": string, "total": integer, "completed_on_time": integer, "completed_late": integer,
                                 "pending_within_deadline": integer, "pending_overdue": integer, "pending_no_deadline": integer,
                                 "documents": integer],
                                required: ["as_of", "total", "completed_on_time", "completed_late", "pending_within_deadline",
                                           "pending_overdue", "pending_no_deadline", "documents"]),
            "AuditVerification": object(["ok": ["type": "boolean"], "checked": integer,
                                         "problems": ["type": "array", "items": string]], required: ["ok", "checked", "problems"]),
        ]
    }
}

struct OpenAPIController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("openapi.json") { _ -> Response in
            let response = Response(status: .ok, body: .init(data: OpenAPIDocument.json()))
            response.headers.contentType = .json
            return response
        }
    }
}
