import DieuHanhCore
import Foundation

/// The urging letters' routes and bodies in the OpenAPI document, kept with the module.
extension OpenAPIDocument {
    static let urgingOperations: [Operation] = [
        .init(
            method: "post", path: "/api/v1/urgings",
            summary: "Draft an urging letter (công văn đôn đốc) listing the units' overdue tasks as of as_of (units by "
                + "code; all for every unit with overdue tasks; tasks to keep only some)",
            tag: "urgings", body: "UrgingCreate", response: "Urging", status: "201"),
        .init(
            method: "get", path: "/api/v1/urgings/{urgingID}", summary: "A letter with the tasks it lists",
            tag: "urgings", response: "Urging"),
        .init(
            method: "post", path: "/api/v1/urgings/{urgingID}/issue",
            summary: "Issue the letter: number (…/UBND-TH, unique in its year), date, signer, title and authority; "
                + "registers it as a document and records the urging on every listed task; issued twice is 409",
            tag: "urgings", body: "UrgingIssue", response: "Urging"),
        .init(
            method: "get", path: "/api/v1/urgings/{urgingID}/letter.docx", summary: "The letter as DOCX",
            tag: "urgings", returnsFile: true),
    ]

    static var urgingSchemas: [String: Any] {
        let nullable = nullableString
        return [
            "UrgingCreate": object([
                "units": ["type": "array", "items": string], "all": ["type": "boolean"], "as_of": string,
                "tasks": ["type": "array", "items": uuid],
            ]),
            "UrgingIssue": object(
                [
                    "notation": string, "date": string, "signer": string, "signer_title": string,
                    "authority": ["type": "string", "enum": SigningAuthority.allCases.map(\.rawValue)],
                    "summary": string, "addressees": string, "opening": string, "request": string, "report_by": string,
                    "recipients": string,
                ], required: ["notation", "date", "signer", "signer_title", "authority"]),
            "Urging": object(
                [
                    "id": uuid, "version": integer, "state": ["type": "string", "enum": ["draft", "issued"]],
                    "as_of": string, "summary": string, "addressees": ["type": "array", "items": string],
                    "opening": string, "closing": string, "report_by": string, "signer": nullable,
                    "signer_title": nullable, "authority": nullable, "recipients": ["type": "array", "items": string],
                    "notation": nullable, "issued_on": nullable, "document_id": nullable,
                    "tasks": [
                        "type": "array",
                        "items": object(
                            [
                                "task_id": uuid, "document": string, "content": string, "lead_unit": string,
                                "deadline": nullable, "days_overdue": ["type": ["integer", "null"]],
                            ], required: ["task_id", "content"]),
                    ],
                ], required: ["id", "version", "state", "tasks"]),
        ]
    }
}
