import Foundation

/// The request and response bodies the operations name (written with the builders of `OpenAPIDocument+Builders`).
extension OpenAPIDocument {
    static var schemas: [String: Any] {
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
                            "pending_overdue", "pending_no_deadline", "cancelled", "not_counted",
                        ],
                    ],
                    "completed_on": nullableString, "days_late": ["type": ["integer", "null"]], "version": integer,
                    "focal": ["type": "boolean"], "priority": taskPriority, "cancelled_on": nullableString,
                    "cancel_reason": nullableString,
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
                            "lead_units": ["type": "array", "items": string],
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
                "answer_due": nullableString, "unit_id": nullableUUID, "actor": string,
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
                    "answer_due": ["type": "string", "description": "the day the answer is due (request_explanation)"],
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
