import DieuHanhCore
import Foundation

/// The meetings' routes and bodies in the OpenAPI document, kept with the module.
extension OpenAPIDocument {
    static let meetingOperations: [Operation] = [
        .init(
            method: "get", path: "/api/v1/meetings",
            summary: "Meetings held from `from` to `to` (default: this year), latest first; kind = "
                + MeetingKind.allCases.map(\.rawValue).joined(separator: ", ") + "; q ignores diacritics",
            tag: "meetings", query: ["from", "to", "kind", "q", "page", "per"], response: "MeetingPage"),
        .init(
            method: "get", path: "/api/v1/stats/meetings",
            summary: "Meetings held from `from` to `to` by kind, as of a date: only those held and entered by as_of",
            tag: "stats", query: ["from", "to", "as_of"], response: "MeetingStats"),
    ]

    static var meetingSchemas: [String: Any] {
        [
            "Meeting": object(
                [
                    "id": uuid, "kind": ["type": "string", "enum": MeetingKind.allCases.map(\.rawValue)], "title": string,
                    "held_on": string, "start_time": nullableString, "place": string, "chair_name": string,
                    "chair_title": string, "notice_document_id": nullableUUID, "recorded_on": string, "version": integer,
                ], required: ["id", "kind", "title", "held_on", "version"]),
            "MeetingPage": page(of: "Meeting"),
            "MeetingStats": object(
                [
                    "from": string, "to": string, "as_of": string, "total": integer,
                    "by_kind": object(Dictionary(uniqueKeysWithValues: MeetingKind.allCases.map { ($0.rawValue, integer) })),
                ], required: ["from", "to", "as_of", "total", "by_kind"]),
        ]
    }
}
