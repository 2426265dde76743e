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
        .init(
            method: "post", path: "/api/v1/auth/token", summary: "Exchange user name and password for a bearer token",
            tag: "auth", body: "Credentials", response: "Token", auth: false),
        .init(method: "get", path: "/api/v1/me", summary: "The signed-in user", tag: "auth", response: "User"),
        .init(
            method: "get", path: "/api/v1/units", summary: "Units the caller may see (a unit officer: own subtree)",
            tag: "units", query: ["q", "kind", "include_closed", "page", "per"], response: "UnitPage"),
        .init(
            method: "post", path: "/api/v1/units", summary: "Create a unit (admin)", tag: "units", body: "UnitInput",
            response: "Unit", status: "201"),
        .init(method: "get", path: "/api/v1/units/{unitID}", summary: "One unit", tag: "units", response: "Unit"),
        .init(
            method: "patch", path: "/api/v1/units/{unitID}", summary: "Rename, move or re-kind a unit (admin)",
            tag: "units", body: "UnitInput", response: "Unit"),
        .init(
            method: "post", path: "/api/v1/units/{unitID}/close",
            summary: "Close a unit on a date, optionally with a successor (admin)", tag: "units", body: "UnitClose",
            response: "Unit"),
        .init(
            method: "get", path: "/api/v1/users", summary: "Users the caller may see", tag: "users",
            query: ["q", "role", "unit", "status", "page", "per"], response: "UserPage"),
        .init(
            method: "post", path: "/api/v1/users", summary: "Create a user (admin)", tag: "users", body: "UserInput",
            response: "UserCreated", status: "201"),
        .init(method: "get", path: "/api/v1/users/{userID}", summary: "One user", tag: "users", response: "User"),
        .init(
            method: "patch", path: "/api/v1/users/{userID}", summary: "Change name, role, unit or active (admin)",
            tag: "users", body: "UserInput", response: "User"),
        .init(
            method: "post", path: "/api/v1/users/{userID}/reset-password",
            summary: "Set a new password, generated when none is given (admin)", tag: "users", body: "PasswordInput",
            response: "Password"),
        .init(
            method: "get", path: "/api/v1/tasks",
            summary: "Tasks as of a date (status = a bucket of the tasks statistics, or due_soon); q ignores diacritics",
            tag: "tasks",
            query: [
                "status", "as_of", "lead_unit", "assigner", "document", "domain", "leader", "deadline_from",
                "deadline_to", "q", "sort", "page", "per",
            ], response: "TaskPage"),
        .init(
            method: "get", path: "/api/v1/tasks/{taskID}", summary: "A task with its events and the steps the caller may take",
            tag: "tasks", response: "TaskDetail"),
        .init(
            method: "post", path: "/api/v1/tasks/{taskID}/events",
            summary: "Record a step: progress, request_extension, approve_extension, refuse_extension, report_completion, "
                + "confirm_completion, return_completion, reassign, cancel", tag: "tasks", body: "TaskEventInput",
            response: "TaskEvent", status: "201", acceptsFiles: true),
        .init(
            method: "get", path: "/api/v1/attachments/{attachmentID}",
            summary: "Download an attachment of a task step or a document the caller may see", tag: "tasks", returnsFile: true),
        .init(
            method: "get", path: "/api/v1/documents", summary: "Directive documents, newest first", tag: "tasks",
            query: ["q", "year", "page", "per"], response: "DocumentPage"),
        .init(
            method: "post", path: "/api/v1/documents",
            summary: "Enter a document with its tasks (units by code; deadline a date or \"N ngày làm việc\")", tag: "tasks",
            body: "DocumentInput", response: "DocumentCreated", status: "201"),
        .init(
            method: "get", path: "/api/v1/stats/tasks",
            summary: "Task statistics as of a date: the four VPCP buckets, no-deadline, distinct documents (top-level tasks; "
                + "lead_unit includes its sub-units; from/to bound the assigned date)", tag: "stats",
            query: ["as_of", "assigner", "lead_unit", "from", "to"], response: "TaskStats"),
        .init(
            method: "get", path: "/api/v1/stats/programme",
            summary: "Work-programme columns (1)–(8) for a period (from/to, or period = 2020-H1) as of a date; lead_unit "
                + "includes its sub-units; by_unit=1 adds one object per lead unit", tag: "programme",
            query: ["from", "to", "period", "as_of", "lead_unit", "by_unit"], response: "ProgrammeStats"),
        .init(
            method: "get", path: "/api/v1/programme/items",
            summary: "Items of a year's work programme with their status as of a date; q ignores diacritics", tag: "programme",
            query: ["year", "as_of", "lead_unit", "body", "kind", "status", "q", "page", "per"], response: "ProgrammeItemPage"),
        .init(
            method: "post", path: "/api/v1/programme/items",
            summary: "Add an item to the programme of its planned month's year (coordinator, admin)", tag: "programme",
            body: "ProgrammeItemInput", response: "ProgrammeItemDetail", status: "201"),
        .init(
            method: "get", path: "/api/v1/programme/items/{itemID}",
            summary: "An item with its events and the steps the caller may take", tag: "programme",
            response: "ProgrammeItemDetail"),
        .init(
            method: "post", path: "/api/v1/programme/items/{itemID}/events",
            summary: "Record a step: submit, issue, request_postponement, approve_postponement, refuse_postponement, "
                + "request_withdrawal, approve_withdrawal, refuse_withdrawal", tag: "programme", body: "ProgrammeEventInput",
            response: "ProgrammeEvent", status: "201"),
        .init(
            method: "get", path: "/api/v1/report-requests",
            summary: "Report requests with each one's progress and rates as of today (a unit officer: those addressed to "
                + "their units); state = open, missing or complete; q ignores diacritics", tag: "reports",
            query: ["q", "kind", "year", "state", "unit", "regime", "page", "per"], response: "ReportRequestPage"),
        .init(
            method: "post", path: "/api/v1/report-requests",
            summary: "Send a thematic or ad hoc request to units (by code) and/or all units of some kinds (coordinator, admin)",
            tag: "reports", body: "ReportRequestInput", response: "ReportRequestDetail", status: "201", acceptsFiles: true),
        .init(
            method: "get", path: "/api/v1/report-requests/{requestID}",
            summary: "A request with every unit's status (on time, late, missing, not yet due), its report and reminders",
            tag: "reports", response: "ReportRequestDetail"),
        .init(
            method: "post", path: "/api/v1/report-requests/{requestID}/submissions",
            summary: "A unit sends its report (text and/or files), or replaces it before the deadline", tag: "reports",
            body: "ReportSubmissionInput", response: "ReportStep", status: "201", acceptsFiles: true),
        .init(
            method: "post", path: "/api/v1/report-requests/{requestID}/returns",
            summary: "Return a unit's report with a reason: it is missing again until sent again (coordinator, admin)",
            tag: "reports", body: "ReportReturnInput", response: "ReportStep", status: "201"),
        .init(
            method: "post", path: "/api/v1/report-requests/{requestID}/reminders",
            summary: "Remind every unit that has not sent the report, now (once a day each; e-mailed when SMTP is configured)",
            tag: "reports", response: "ReportRemindResult"),
        .init(
            method: "get", path: "/api/v1/report-requests/{requestID}/submissions.zip",
            summary: "Every report in force as one ZIP, a folder per unit (\"<code> - <name>\"), with a list of units",
            tag: "reports", returnsFile: true),
        .init(
            method: "get", path: "/api/v1/reporting-regimes", summary: "Periodic reporting regimes", tag: "reports",
            query: ["page", "per"], response: "ReportingRegimePage"),
        .init(
            method: "post", path: "/api/v1/reporting-regimes",
            summary:
                "Create a periodic regime (Decree 09 cut-off, deadline rule wd:N or day:D+M); its due requests are made at once",
            tag: "reports", body: "ReportingRegimeInput", response: "ReportingRegime", status: "201"),
        .init(
            method: "get", path: "/api/v1/reporting-regimes/{regimeID}", summary: "A regime with its next periods",
            tag: "reports",
            response: "ReportingRegime"),
        .init(
            method: "get", path: "/api/v1/report-reminders", summary: "Reminders recorded, newest first", tag: "reports",
            query: ["request", "unit", "page", "per"], response: "ReportReminderPage"),
        .init(
            method: "get", path: "/api/v1/stats/reports",
            summary: "Reports due in a year (deadline past at as_of): completeness and timeliness, per unit ranked", tag: "stats",
            query: ["year", "as_of"], response: "ReportStats"),
        .init(
            method: "put", path: "/api/v1/users/{userID}/email",
            summary: "Set or clear a user's e-mail address for reminders (admin)",
            tag: "users", body: "EmailInput", response: "EmailResult"),
        .init(
            method: "get", path: "/api/v1/audit", summary: "Audit log entries, newest first (admin)", tag: "audit",
            query: ["actor", "entity", "action", "from", "to", "page", "per"], response: "AuditPage"),
        .init(
            method: "get", path: "/api/v1/audit/verify", summary: "Check the audit hash chain (admin)", tag: "audit",
            response: "AuditVerification"),
        .init(
            method: "get", path: "/api/v1/stats/indicators",
            summary:
                "Socio-economic indicators of a year as of a date (CONTRACT): total, met, not_met, no_data, plus at_risk and "
                + "on_track (judged on part of the year); items with target, actual, percent_of_target, yoy_percent, met. "
                + "year defaults to the cut-off's year, as_of to today", tag: "stats", query: ["year", "as_of"],
            response: "IndicatorStats"),
        .init(
            method: "get", path: "/api/v1/indicators",
            summary: "The year's indicators as of a date; q ignores diacritics; unit (code) includes its sub-units; "
                + "status = met, not_met, at_risk, on_track or no_data", tag: "indicators",
            query: ["year", "as_of", "q", "unit", "status", "page", "per"], response: "IndicatorPage"),
        .init(
            method: "get", path: "/api/v1/indicators/{indicatorID}",
            summary:
                "One indicator in one year: its standing, the target revisions and every figure recorded (in_force as of as_of)",
            tag: "indicators", query: ["year", "as_of"], response: "IndicatorDetail"),
        .init(
            method: "post", path: "/api/v1/indicators/{indicatorID}/actuals",
            summary: "Record an actual, dated today; a unit officer only for their own unit's indicators (403 otherwise); "
                + "a stale version gives 409", tag: "indicators", body: "ActualInput", response: "Actual", status: "201"),
    ]

    static func json() -> Data {
        var paths: [String: [String: Any]] = [:]
        for op in operations {
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
                    "schema": ["type": "string", "format": "uuid"],
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
            "components": ["securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]], "schemas": schemas],
        ]
        return
            (try? JSONSerialization.data(
                withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
    }

    private static func object(_ properties: [String: Any], required: [String] = []) -> [String: Any] {
        var schema: [String: Any] = ["type": "object", "properties": properties]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }

    private static var string: [String: Any] { ["type": "string"] }
    private static var nullableString: [String: Any] { ["type": ["string", "null"]] }
    private static var number: [String: Any] { ["type": "number"] }
    private static var nullableNumber: [String: Any] { ["type": ["number", "null"]] }
    private static var integer: [String: Any] { ["type": "integer"] }
    private static var uuid: [String: Any] { ["type": "string", "format": "uuid"] }
    private static var nullableUUID: [String: Any] { ["type": ["string", "null"], "format": "uuid"] }

    private static func page(of item: String) -> [String: Any] {
        object(
            [
                "items": ["type": "array", "items": ["$ref": "#/components/schemas/\(item)"]], "total": integer,
                "page": integer, "per": integer,
            ], required: ["items", "total", "page", "per"])
    }

    private static var schemas: [String: Any] {
        [
            "Error": object(
                [
                    "error": object(
                        [
                            "code": string, "message": string,
                            "fields": ["type": "array", "items": object(["field": string, "message": string])],
                        ],
                        required: ["code", "message"])
                ], required: ["error"]),
            "Credentials": object(["username": string, "password": string], required: ["username", "password"]),
            "Token": object(
                ["token": string, "expires_at": ["type": "string", "format": "date-time"]],
                required: ["token", "expires_at"]),
            "Unit": object(
                [
                    "id": uuid, "code": string, "name": string,
                    "kind": [
                        "type": "string",
                        "enum": [
                            "government", "ministry", "province", "office", "department",
                            "district", "commune", "council", "party", "other",
                        ],
                    ],
                    "parent_id": nullableUUID, "valid_from": nullableString, "valid_to": nullableString,
                    "successor_id": nullableUUID, "version": integer,
                ],
                required: ["id", "code", "name", "kind", "version"]),
            "UnitInput": object([
                "code": string, "name": string, "kind": string,
                "parent_id": ["type": "string", "description": "uuid; \"\" for a root unit"],
                "valid_from": ["type": "string", "description": "yyyy-mm-dd or dd/mm/yyyy"],
                "version": ["type": "integer", "description": "the version read; a stale one gives 409"],
            ]),
            "UnitClose": object(
                ["valid_to": ["type": "string", "description": "last valid day"], "successor_id": uuid],
                required: ["valid_to"]),
            "UnitPage": page(of: "Unit"),
            "User": object(
                [
                    "id": uuid, "username": string, "full_name": string,
                    "role": ["type": "string", "enum": ["admin", "coordinator", "leader", "unit_officer", "viewer"]],
                    "unit_id": nullableUUID, "active": ["type": "boolean"], "language": string, "version": integer,
                ],
                // username, language and version: for administrators and the user themself only
                required: ["id", "full_name", "role", "active"]),
            "UserInput": object([
                "username": string, "full_name": string, "role": string, "unit_id": string,
                "password": string, "active": ["type": "boolean"], "version": integer,
            ]),
            "UserCreated": object(
                ["user": ["$ref": "#/components/schemas/User"], "password": nullableString],
                required: ["user"]),
            "UserPage": page(of: "User"),
            "PasswordInput": object(["password": string]),
            "Password": object(["password": string], required: ["password"]),
            "AuditEntry": object([
                "seq": integer, "recorded_at": string, "actor_id": nullableUUID, "actor_name": string,
                "action": string, "entity": string, "entity_id": nullableString, "summary": string,
                "before": nullableString, "after": nullableString, "prev_hash": string, "hash": string,
            ]),
            "AuditPage": page(of: "AuditEntry"),
            "Task": object(
                [
                    "id": uuid, "ma": nullableString, "document_id": uuid, "document": string, "content": string,
                    "assigner": string, "lead_unit": string, "assigned_on": string, "deadline": nullableString,
                    "status": [
                        "type": "string",
                        "enum": [
                            "completed_on_time", "completed_late", "pending_within_deadline",
                            "pending_overdue", "pending_no_deadline", "not_counted",
                        ],
                    ],
                    "completed_on": nullableString, "days_late": ["type": ["integer", "null"]], "version": integer,
                ],
                required: ["id", "document_id", "content", "status", "version"]),
            "TaskPage": page(of: "Task"),
            "Document": object(
                [
                    "id": uuid, "notation": string, "year": integer, "type_code": nullableString, "issued_on": string,
                    "issuer_id": nullableUUID, "signer": nullableString, "summary": string,
                ],
                required: ["id", "notation", "year", "issued_on", "summary"]),
            "DocumentPage": page(of: "Document"),
            "DocumentInput": object(
                [
                    "notation": string, "issued_on": string, "issuer": string, "signer": string, "summary": string,
                    "assigner": string, "assigned_on": string,
                    "tasks": [
                        "type": "array",
                        "items": object([
                            "ma": string, "content": string, "lead_unit": string,
                            "coordinating_units": ["type": "array", "items": string],
                            "deadline": string, "leader_id": uuid, "domain": string,
                        ]),
                    ],
                ],
                required: ["notation", "assigner", "tasks"]),
            "DocumentCreated": object([
                "document": ["$ref": "#/components/schemas/Document"],
                "task_ids": ["type": "array", "items": uuid],
            ]),
            "TaskEvent": object([
                "id": uuid, "kind": string, "recorded_on": string, "effective_on": string,
                "new_deadline": nullableString, "percent": ["type": ["integer", "null"]], "note": string,
                "unit_id": nullableUUID, "actor": string,
                "attachments": ["type": "array", "items": ["$ref": "#/components/schemas/Attachment"]],
            ]),
            "Attachment": object([
                "id": uuid, "file_name": string, "content_type": string, "size": integer, "sha256": string,
                "url": string,
            ]),
            "TaskDetail": object([
                "task": ["$ref": "#/components/schemas/Task"],
                "coordinating_units": ["type": "array", "items": string],
                "events": ["type": "array", "items": ["$ref": "#/components/schemas/TaskEvent"]],
                "actions": ["type": "array", "items": string],
            ]),
            "TaskEventInput": object(
                [
                    "action": string, "note": string, "percent": integer,
                    "date": ["type": "string", "description": "completion date (report_completion)"],
                    "new_deadline": string, "unit_id": uuid,
                    "version": ["type": "integer", "description": "the task version read; stale gives 409"],
                ],
                required: ["action"]),
            "TaskStats": object(
                [
                    "as_of": string, "total": integer, "completed_on_time": integer, "completed_late": integer,
                    "pending_within_deadline": integer, "pending_overdue": integer, "pending_no_deadline": integer,
                    "documents": integer,
                ],
                required: [
                    "as_of", "total", "completed_on_time", "completed_late", "pending_within_deadline",
                    "pending_overdue", "pending_no_deadline", "documents",
                ]),
            "ProgrammeStats": object(
                [
                    "as_of": string, "from": string, "to": string, "initial": integer, "added": integer,
                    "moved_out": integer, "total": integer, "submitted": integer, "issued": integer,
                    "not_submitted": integer,
                    "rate": ["type": ["number", "null"], "description": "(5)/(4) in percent, one decimal"],
                    "submitted_late": integer,
                    "units": [
                        "type": "array",
                        "items": object([
                            "code": string, "name": string,
                            "counts": ["type": "object"],
                        ]),
                    ],
                ],
                required: [
                    "as_of", "from", "to", "initial", "added", "moved_out", "total", "submitted",
                    "issued", "not_submitted", "rate",
                ]),
            "ProgrammeItem": object(
                [
                    "id": uuid, "ma": nullableString, "year": integer, "title": string, "kind": string,
                    "lead_unit": string, "leader_id": nullableUUID,
                    "body": ["type": "string", "enum": ["UBND", "TTUBND", "TU", "HDND", "CP", "TTG"]],
                    "planned_month": string, "current_month": string,
                    "origin": ["type": "string", "enum": ["dau_nam", "bo_sung"]], "added_on": nullableString,
                    "status": [
                        "type": "string",
                        "enum": [
                            "not_yet_due", "due_this_month", "overdue", "submitted",
                            "submitted_late", "issued", "postponed", "withdrawn",
                            "not_in_programme",
                        ],
                    ],
                    "submitted_on": nullableString, "submitted_late": ["type": "boolean"],
                    "issued_on": nullableString, "withdrawn_on": nullableString, "version": integer,
                ],
                required: ["id", "year", "title", "status", "version"]),
            "ProgrammeItemPage": page(of: "ProgrammeItem"),
            "ProgrammeEvent": object([
                "id": uuid, "kind": string, "recorded_on": string, "effective_on": string,
                "new_month": nullableString, "document": string, "note": string, "actor": string,
            ]),
            "ProgrammeItemDetail": object([
                "item": ["$ref": "#/components/schemas/ProgrammeItem"],
                "events": ["type": "array", "items": ["$ref": "#/components/schemas/ProgrammeEvent"]],
                "actions": ["type": "array", "items": string],
            ]),
            "ProgrammeItemInput": object(
                [
                    "ma": string, "title": string, "kind": string, "lead_unit": string, "leader_id": uuid,
                    "body": string, "planned_month": ["type": "string", "description": "yyyy-mm"],
                    "origin": string, "added_on": string, "note": string,
                ],
                required: ["title", "lead_unit", "body", "planned_month"]),
            "ProgrammeEventInput": object(
                [
                    "action": string,
                    "date": ["type": "string", "description": "submission or issue date"],
                    "month": ["type": "string", "description": "yyyy-mm, for postponements"],
                    "document": ["type": "string", "description": "the document an issue produced"],
                    "note": string,
                    "version": ["type": "integer", "description": "the item version read; stale gives 409"],
                ],
                required: ["action"]),
            "ReportRequest": object(
                [
                    "id": uuid, "ma": nullableString, "kind": ["type": "string", "enum": ["periodic", "thematic", "ad_hoc"]],
                    "title": string, "notation": nullableString, "document_date": nullableString,
                    "regime_id": nullableUUID, "period_code": nullableString, "period_label": string,
                    "cut_off": nullableString, "issued_on": string, "deadline": string, "requester": string,
                    "expected": integer, "submitted": integer, "submitted_on_time": integer, "submitted_late": integer,
                    "missing": integer, "not_yet_due": integer,
                    "completeness_rate": ["type": ["number", "null"], "description": "submitted / expected, %"],
                    "timeliness_rate": ["type": ["number", "null"], "description": "on time / expected, %"],
                ],
                required: ["id", "kind", "title", "deadline", "expected", "submitted"]),
            "ReportRequestPage": page(of: "ReportRequest"),
            "ReportStep": object([
                "id": uuid, "unit": string, "kind": ["type": "string", "enum": ["submitted", "replaced", "returned"]],
                "recorded_on": string, "text": string, "actor": string,
                "attachments": ["type": "array", "items": ["$ref": "#/components/schemas/Attachment"]],
            ]),
            "ReportUnitStatus": object([
                "unit_id": uuid, "unit": string, "name": string,
                "status": [
                    "type": "string",
                    "enum": [
                        "submitted_on_time", "submitted_late", "missing",
                        "not_yet_due", "not_issued",
                    ],
                ],
                "due_soon": ["type": "boolean"], "submitted_on": nullableString,
                "days_late": ["type": ["integer", "null"]], "returned": ["type": "boolean"],
                "version": ["type": "integer", "description": "send it back with the next step; stale gives 409"],
                "submission": ["$ref": "#/components/schemas/ReportStep"], "reminders": integer,
            ]),
            "ReportRequestDetail": object([
                "request": ["$ref": "#/components/schemas/ReportRequest"], "outline": string,
                "forms": ["type": "array", "items": ["$ref": "#/components/schemas/Attachment"]],
                "units": ["type": "array", "items": ["$ref": "#/components/schemas/ReportUnitStatus"]],
            ]),
            "ReportRequestInput": object(
                [
                    "ma": string, "kind": ["type": "string", "enum": ["thematic", "ad_hoc"]], "title": string,
                    "notation": string, "document_date": string, "issued_on": string, "period_label": string,
                    "cut_off": string,
                    "deadline": ["type": "string", "description": "a date or \"N ngày làm việc\" from the issue date"],
                    "requester": string, "recipients": ["type": "array", "items": string],
                    "recipient_kinds": ["type": "array", "items": string], "outline": string,
                ],
                required: ["title", "deadline"]),
            "ReportSubmissionInput": object([
                "unit": ["type": "string", "description": "unit code or id; optional for an officer of one unit"],
                "text": string, "version": integer,
            ]),
            "ReportReturnInput": object(["unit": string, "reason": string, "version": integer], required: ["unit", "reason"]),
            "ReportRemindResult": object(["recorded": integer, "mails_sent": integer, "mails_failed": integer]),
            "ReportingRegime": object([
                "id": uuid, "ma": nullableString, "title": string,
                "frequency": ["type": "string", "enum": ["month", "quarter", "half_year", "nine_months", "year"]],
                "deadline_rule": string, "first_period": string, "last_period": nullableString,
                "notation": nullableString, "requester": string,
                "recipient_kinds": ["type": "array", "items": string],
                "recipients": ["type": "array", "items": string], "outline": string,
                "active": ["type": "boolean"], "version": integer,
                "upcoming": [
                    "type": "array",
                    "items": object([
                        "period": string, "label": string,
                        "window_from": string, "cut_off": string,
                        "deadline": string,
                    ]),
                ],
            ]),
            "ReportingRegimePage": page(of: "ReportingRegime"),
            "ReportingRegimeInput": object(
                [
                    "ma": string, "title": string, "frequency": string,
                    "deadline_rule": ["type": "string", "description": "wd:2 or day:20+0"],
                    "first_period": ["type": "string", "description": "2026-M12, 2026-Q4, 2027-H1, 2026-9M, 2026"],
                    "last_period": string, "notation": string, "requester": string,
                    "recipients": ["type": "array", "items": string],
                    "recipient_kinds": ["type": "array", "items": string], "outline": string,
                ],
                required: ["title", "frequency", "deadline_rule"]),
            "ReportReminder": object([
                "id": uuid, "request_id": uuid, "unit": string,
                "kind": ["type": "string", "enum": ["before_deadline", "after_deadline", "manual"]],
                "due_on": string, "recorded_at": ["type": "string", "format": "date-time"],
                "mail_status": ["type": "string", "enum": ["not_configured", "no_address", "pending", "sent", "failed"]],
                "mail_to": string, "mail_error": nullableString,
            ]),
            "ReportReminderPage": page(of: "ReportReminder"),
            "ReportStats": object(
                [
                    "year": integer, "as_of": string, "requests": integer, "expected": integer, "submitted": integer,
                    "submitted_on_time": integer, "submitted_late": integer, "missing": integer,
                    "completeness_rate": ["type": ["number", "null"]], "timeliness_rate": ["type": ["number", "null"]],
                    "units": [
                        "type": "array",
                        "items": object([
                            "rank": integer, "unit": string, "name": string,
                            "expected": integer, "submitted": integer,
                            "submitted_on_time": integer, "submitted_late": integer,
                            "missing": integer,
                            "completeness_rate": ["type": ["number", "null"]],
                            "timeliness_rate": ["type": ["number", "null"]],
                        ]),
                    ],
                ],
                required: ["year", "as_of", "expected", "submitted", "units"]),
            "EmailInput": object(["email": ["type": "string", "description": "empty to clear"]]),
            "EmailResult": object(["username": string, "email": nullableString]),
            "AuditVerification": object(
                [
                    "ok": ["type": "boolean"], "checked": integer,
                    "problems": ["type": "array", "items": string],
                ], required: ["ok", "checked", "problems"]),
            "IndicatorItem": object(
                [
                    "code": string, "name": string, "unit": string,
                    "direction": ["type": "string", "enum": ["higher", "lower"]],
                    "aggregation": ["type": "string", "enum": ["sum", "level"]],
                    "responsible_unit": nullableString, "target": nullableNumber, "target_original": nullableNumber,
                    "target_revised_on": nullableString, "actual": nullableNumber,
                    "actual_period": ["type": ["string", "null"], "description": "period codes added up, joined by +"],
                    "actual_kind": nullableString, "actual_label": nullableString, "previous": nullableNumber,
                    "percent_of_target": nullableNumber, "yoy_percent": nullableNumber,
                    "met": ["type": ["boolean", "null"], "description": "null until the year's figure is known"],
                    "status": ["type": "string", "enum": ["met", "not_met", "at_risk", "on_track", "no_data"]],
                    "assessment": string, "id": uuid, "year": integer, "version": integer,
                ],
                required: ["code", "target", "actual", "percent_of_target", "yoy_percent", "met"]),
            "IndicatorStats": object(
                [
                    "year": integer, "as_of": string, "total": integer, "met": integer, "not_met": integer,
                    "no_data": integer, "at_risk": integer, "on_track": integer, "prose": string,
                    "items": ["type": "array", "items": ["$ref": "#/components/schemas/IndicatorItem"]],
                ],
                required: ["year", "as_of", "total", "met", "not_met", "no_data", "items"]),
            "IndicatorPage": object(
                [
                    "year": integer, "as_of": string,
                    "items": ["type": "array", "items": ["$ref": "#/components/schemas/IndicatorItem"]],
                    "total": integer, "page": integer, "per": integer,
                ], required: ["items", "total", "page", "per"]),
            "IndicatorDetail": object([
                "indicator": ["$ref": "#/components/schemas/IndicatorItem"],
                "years": ["type": "array", "items": integer],
                "revisions": [
                    "type": "array",
                    "items": object([
                        "value": number, "decided_on": string,
                        "recorded_on": string, "document": string,
                        "note": string,
                    ]),
                ],
                "actuals": ["type": "array", "items": ["$ref": "#/components/schemas/Actual"]],
                "may_enter_actuals": ["type": "boolean"],
            ]),
            "ActualInput": object(
                [
                    "period": ["type": "string", "description": "2021, 2021-H1, 2021-H2, 2021-9M, 2021-Q2, 2021-M05"],
                    "kind": ["type": "string", "enum": ["uoc", "so_bo", "chinh_thuc"]],
                    "value": ["type": ["string", "number"], "description": "\"1.234,5\" or \"1234.5\" or a number"],
                    "note": string,
                    "version": ["type": "integer", "description": "the indicator version read; stale gives 409"],
                ],
                required: ["period", "kind", "value"]),
            "Actual": object([
                "id": uuid, "indicator_id": uuid, "period": string, "kind": string, "value": number,
                "recorded_on": string, "note": string, "actor": string, "in_force": ["type": "boolean"],
            ]),
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
