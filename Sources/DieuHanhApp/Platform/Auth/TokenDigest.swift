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
}
