import Fluent
import Vapor

enum TokenDigest {
    static func hash(_ token: String) -> String {
        sha256Hex(Data(token.utf8))
    }

    /// 32 random bytes, URL-safe base64.
    static func newToken() -> String {
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Compares two secrets in a time that depends only on their length, so a guesser learns nothing from how
    /// long a refusal takes.
    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
