import Foundation

/// Every API route, as the document lists it.
extension OpenAPIDocument {
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
            summary: "Tasks as of a date (status = a bucket of the tasks statistics, open, due_soon or cancelled; focal=1 keeps "
                + "focal tasks; sort=priority puts them first); q ignores diacritics",
            tag: "tasks",
            query: [
                "status", "as_of", "lead_unit", "assigner", "document", "domain", "leader", "deadline_from",
                "deadline_to", "assigned_from", "assigned_to", "q", "sort", "focal", "urged", "explained", "page", "per",
            ], response: "TaskPage"),
        .init(
            method: "get", path: "/api/v1/tasks/{taskID}", summary: "A task with its events and the steps the caller may take",
            tag: "tasks", response: "TaskDetail"),
        .init(
            method: "post", path: "/api/v1/tasks/{taskID}/events",
            summary: "Record a step: progress, request_extension, approve_extension, refuse_extension, report_completion, "
                + "confirm_completion, return_completion, reassign, cancel, delegate, request_explanation, explain", tag: "tasks",
            body: "TaskEventInput",
            response: "TaskEvent", status: "201", acceptsFiles: true),
        .init(
            method: "put", path: "/api/v1/tasks/{taskID}/focus",
            summary: "Mark or unmark a focal task and set its priority (the office, admins)", tag: "tasks",
            body: "TaskFocusInput", response: "Task"),
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
                + "year defaults to the cut-off's year, as_of to today. With plan=2021-2025 instead of year: the plan for "
                + "several years (plan, as_of, total, met, not_met, no_data; items with method, target, value, "
                + "percent_of_target, years, met, status)", tag: "stats", query: ["year", "plan", "as_of"],
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
}
