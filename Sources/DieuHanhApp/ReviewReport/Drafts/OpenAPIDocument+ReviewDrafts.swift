import DieuHanhCore
import Foundation

/// The review report drafts' routes and bodies in the OpenAPI document, kept with the module.
extension OpenAPIDocument {
    static let reviewDraftOperations: [Operation] =
        [
            .init(
                method: "post", path: "/api/v1/review-reports",
                summary: "Start the review report of a period (from, to, as_of; or a period code) from the office's outline; "
                    + "the draft of the same period and cut-off still being written is returned instead",
                tag: "review-reports", body: "ReviewDraftCreate", response: "ReviewDraft", status: "201"),
            .init(
                method: "get", path: "/api/v1/review-reports/{draftID}",
                summary: "A draft with its sections and figures (computed as of its cut-off; frozen once issued)",
                tag: "review-reports", response: "ReviewDraft"),
            .init(
                method: "put", path: "/api/v1/review-reports/{draftID}/sections/{key}",
                summary: "Save a section's text read at `version`; a stale version, or an issued report, is 409",
                tag: "review-reports", body: "ReviewSectionSave", response: "ReviewDraft"),
            .init(
                method: "post", path: "/api/v1/review-reports/{draftID}/issue",
                summary: "Issue the report: number (…/BC-…), date, signer, title and authority (TM., KT., Q.); freezes it",
                tag: "review-reports", body: "ReviewIssue", response: "ReviewDraft"),
        ]
        + ["report.docx", "report.xlsx", "package.zip"].map { file in
            .init(
                method: "get", path: "/api/v1/review-reports/{draftID}/\(file)",
                summary: "The report's " + (file == "package.zip" ? "package: DOCX, XLSX and the figures as JSON" : file),
                tag: "review-reports", returnsFile: true)
        }

    static var reviewDraftSchemas: [String: Any] {
        let nullable = nullableString
        return [
            "ReviewDraftCreate": object(["from": string, "to": string, "as_of": string, "period": string]),
            "ReviewSectionSave": object(["text": string, "version": integer], required: ["text", "version"]),
            "ReviewIssue": object(
                [
                    "notation": string, "date": string, "signer": string, "signer_title": string,
                    "authority": ["type": "string", "enum": SigningAuthority.allCases.map(\.rawValue)],
                    "recipients": string,
                ], required: ["notation", "date", "signer", "signer_title", "authority"]),
            "ReviewDraft": object(
                [
                    "id": uuid, "version": integer, "state": ["type": "string", "enum": ["draft", "issued"]],
                    "from": string, "to": string, "as_of": string, "notation": nullable, "issued_on": nullable,
                    "signer": nullable, "signer_title": nullable, "authority": nullable,
                    "recipients": ["type": "array", "items": string],
                    "sections": [
                        "type": "array",
                        "items": object(
                            [
                                "key": string, "title": string, "level": integer, "number": string, "text": string,
                                "figures": ["type": "array", "items": string],
                            ], required: ["key", "title", "text"]),
                    ],
                    "figures": ["type": ["object", "null"]],
                ], required: ["id", "version", "state", "sections"]),
        ]
    }
}
