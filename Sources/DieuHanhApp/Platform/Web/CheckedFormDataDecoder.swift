import MultipartKit
import NIOCore
import Vapor

/// The decoder of every `multipart/form-data` body. MultipartKit 4.7.1 (the newest this project can use) stops the
/// whole process with "Index out of range" when a part header name holds a byte above 127: it looks the byte up in
/// a 128-entry table. Such a body is refused as malformed (400) before MultipartKit reads it.
struct CheckedFormDataDecoder: ContentDecoder {
    private let decoder = FormDataDecoder()

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: body, headers: headers, userInfo: [:])
    }

    func decode<D: Decodable>(
        _ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders, userInfo: [CodingUserInfoKey: Sendable]
    ) throws -> D {
        if let boundary = headers.contentType?.parameters["boundary"], !boundary.isEmpty,
            !body.withUnsafeReadableBytes({ MultipartHeaderNames.areASCII(in: $0, boundary: boundary) })
        {
            throw Abort(.badRequest)
        }
        return try decoder.decode(D.self, from: body, headers: headers, userInfo: userInfo)
    }
}

/// Whether every part header name MultipartKit could read in a body is ASCII.
enum MultipartHeaderNames {
    /// Headers can only begin after `--boundary` followed by CR LF (MultipartKit enters its header state after the
    /// boundary, at the start of the body or after CR LF). Every such place is checked, so the check errs on the side
    /// of refusing. Each header line is a name (up to `:`) and a value (up to CR LF); the headers end at an empty line.
    /// Where MultipartKit would fail on a control character or space in a name it reads no further, and neither does
    /// this. A header start reached twice is read once, which keeps the whole check linear in the body's length.
    static func areASCII(in bytes: UnsafeRawBufferPointer, boundary: String) -> Bool {
        let marker = Array(("--" + boundary).utf8)
        var lineStartsRead = Set<Int>()
        var from = 0
        while let hit = MultipartField.find(marker, in: bytes, from: from) {
            from = hit + 1
            var position = hit + marker.count
            guard position + 1 < bytes.count, bytes[position] == cr, bytes[position + 1] == lf else { continue }
            position += 2
            lines: while position < bytes.count, lineStartsRead.insert(position).inserted {
                var name = 0
                while position < bytes.count {
                    let byte = bytes[position]
                    position += 1
                    if byte >= 128 { return false }
                    if byte == colon && name > 0 { break }
                    if byte < 33 { break lines }  // CR ends the headers; any other control or space is a syntax error.
                    name += 1
                }
                // The value runs to CR; a CR not followed by LF is a syntax error.
                while position < bytes.count, bytes[position] != cr { position += 1 }
                guard position + 1 < bytes.count, bytes[position + 1] == lf else { break lines }
                position += 2
            }
        }
        return true
    }

    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")
    private static let colon = UInt8(ascii: ":")
}
