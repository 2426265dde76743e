import Foundation

/// An id read from its text form (`8-4-4-4-12` hexadecimal digits, either case), as SQLite stores ids.
///
/// Foundation's `UUID(uuidString:)` parses with `sscanf` on Linux: 3% of a list request's CPU, which reads a few
/// hundred ids (BENCHMARKS.md). This reads the 36 bytes directly: the same id from every canonical text, nil for
/// anything else (stricter than `sscanf`, which skips spaces inside a group).
public enum UUIDText {
    public static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard bytes.count == 36 else { return nil }
        var out: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let ok = withUnsafeMutableBytes(of: &out) { target -> Bool in
            var position = 0
            for index in 0..<16 {
                // The hyphens stand before bytes 4, 6, 8 and 10.
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    guard bytes[position] == UInt8(ascii: "-") else { return false }
                    position += 1
                }
                guard let high = digit(bytes[position]), let low = digit(bytes[position + 1]) else { return false }
                target[index] = high << 4 | low
                position += 2
            }
            return true
        }
        return ok ? UUID(uuid: out) : nil
    }

    private static func digit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
