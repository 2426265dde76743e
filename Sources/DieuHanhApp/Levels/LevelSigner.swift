import Crypto
import DieuHanhCore
import Foundation

/// HMAC-SHA256 of an envelope's signed text with a peer key; the key is the text the administrators agreed on.
enum LevelSigner {
    static func signature(of envelope: LevelEnvelope, key: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(
            for: Data(envelope.signedText.utf8), using: SymmetricKey(data: Data(key.utf8)))
        return Data(code).base64EncodedString()
    }

    static func signed(_ envelope: LevelEnvelope, key: String) -> LevelEnvelope {
        var copy = envelope
        copy.signature = signature(of: envelope, key: key)
        return copy
    }

    /// Compared in constant time, so the time taken tells nothing about a forged signature.
    static func isValid(_ envelope: LevelEnvelope, key: String) -> Bool {
        guard let given = Data(base64Encoded: envelope.signature) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(
            given, authenticating: Data(envelope.signedText.utf8), using: SymmetricKey(data: Data(key.utf8)))
    }

    /// A new random key to give the peer's administrator: 32 bytes, as base64 without padding.
    static func newKey() -> String {
        Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }).base64EncodedString()
            .replacingOccurrences(of: "=", with: "")
    }

    /// What the pages and the audit log show of a key: enough for the two administrators to see they typed the same
    /// one, nothing that helps to forge a signature.
    static func fingerprint(_ key: String) -> String {
        let digest = SHA256.hash(data: Data(key.utf8))
        let hex = digest.prefix(6).map { String(format: "%02x", $0) }.joined()
        return stride(from: 0, to: hex.count, by: 4).map { start in
            let from = hex.index(hex.startIndex, offsetBy: start)
            return String(hex[from..<hex.index(from, offsetBy: 4)])
        }.joined(separator: "-")
    }

    static func newNonce() -> String {
        (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }
}
