import Foundation

/// The small builders the schemas are written with.
extension OpenAPIDocument {
    static func object(_ properties: [String: Any], required: [String] = []) -> [String: Any] {
        var schema: [String: Any] = ["type": "object", "properties": properties]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }

    static var string: [String: Any] { ["type": "string"] }
    static var nullableString: [String: Any] { ["type": ["string", "null"]] }
    static var number: [String: Any] { ["type": "number"] }
    static var nullableNumber: [String: Any] { ["type": ["number", "null"]] }
    static var integer: [String: Any] { ["type": "integer"] }
    static var uuid: [String: Any] { ["type": "string", "format": "uuid"] }
    static var nullableUUID: [String: Any] { ["type": ["string", "null"], "format": "uuid"] }

    static func page(of item: String) -> [String: Any] {
        object(
            [
                "items": ["type": "array", "items": ["$ref": "#/components/schemas/\(item)"]], "total": integer,
                "page": integer, "per": integer,
            ], required: ["items", "total", "page", "per"])
    }
}
