import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// Finds one text field of a `multipart/form-data` body by reading the part headers only: no part is copied and
/// no file is parsed, so the CSRF check costs one pass of `memmem` over the body whatever it holds.
enum MultipartField {
    /// The value of the first part named `name` that is not a file, or nil. Values longer than 256 bytes are not
    /// tokens and are not returned.
    static func value(named name: String, in body: ByteBuffer, boundary: String) -> String? {
        body.withUnsafeReadableBytes { bytes in value(named: name, in: bytes, boundary: boundary) }
    }

    static func value(named name: String, in bytes: UnsafeRawBufferPointer, boundary: String) -> String? {
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else { return nil }
        let delimiter = Array(("--" + boundary).utf8)
        let nextDelimiter = Array(("\r\n--" + boundary).utf8)
        let headerEnd = Array("\r\n\r\n".utf8)
        var position = 0
        guard var start = find(delimiter, in: bytes, from: 0) else { return nil }
        while true {
            position = start + delimiter.count
            // `--boundary--` ends the body.
            if position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-") {
                return nil
            }
            // Part headers are short; a part whose headers do not end within 8 KB is malformed.
            guard let end = find(headerEnd, in: bytes, from: position, limit: 8 * 1024) else { return nil }
            let headers = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
            let contentStart = end + headerEnd.count
            guard let next = find(nextDelimiter, in: bytes, from: contentStart) else { return nil }
            if isTextPart(headers, named: name) {
                guard next - contentStart <= 256 else { return nil }
                return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[contentStart..<next]), as: UTF8.self)
            }
            start = next + 2
        }
    }

    /// `Content-Disposition: form-data; name="NAME"` without a `filename`.
    private static func isTextPart(_ headers: String, named name: String) -> Bool {
        for line in headers.split(separator: "\r\n") {
            let lower = line.lowercased()
            guard lower.hasPrefix("content-disposition:") else { continue }
            return lower.contains("; name=\"\(name.lowercased())\"") && !lower.contains("filename")
        }
        return false
    }

    /// The offset of `needle` in `bytes` at or after `from` (within `limit` bytes of it when given): `memchr` to the
    /// next candidate first byte, then `memcmp`.
    static func find(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from: Int, limit: Int? = nil) -> Int? {
        guard let base = bytes.baseAddress, !needle.isEmpty, from <= bytes.count else { return nil }
        let end = min(bytes.count, limit.map { from + $0 + needle.count } ?? bytes.count)
        var position = from
        return needle.withUnsafeBytes { n -> Int? in
            while end - position >= needle.count {
                guard let hit = memchr(base + position, Int32(needle[0]), end - position - needle.count + 1) else { return nil }
                let offset = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + offset, n.baseAddress!, needle.count) == 0 { return offset }
                position = offset + 1
            }
            return nil
        }
    }
}
