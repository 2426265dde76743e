import Foundation

/// One fact crossing between two deployments (issue 20): where it comes from (the sending deployment, the object
/// there, its version), what it says (`kind`, `body` as JSON text), when and with which one-time nonce it was sent,
/// and the HMAC-SHA256 of all of that with the key the two administrators agreed on.
///
/// The receiver stores a fact once per (origin, kind, object, version): a fact sent again after a lost
/// acknowledgement comes with a new nonce and time, and is acknowledged without being applied twice.
public struct LevelEnvelope: Codable, Sendable, Equatable {
    public var origin: String
    public var kind: String
    public var objectID: String
    public var version: Int
    /// Seconds since 1970, as the sender's clock says.
    public var sentAt: Int
    public var nonce: String
    public var body: String
    /// Base64 of the HMAC-SHA256 of `signedText` with the sender's key for this receiver.
    public var signature: String

    public init(
        origin: String, kind: String, objectID: String, version: Int, sentAt: Int, nonce: String, body: String,
        signature: String = ""
    ) {
        self.origin = origin
        self.kind = kind
        self.objectID = objectID
        self.version = version
        self.sentAt = sentAt
        self.nonce = nonce
        self.body = body
        self.signature = signature
    }

    enum CodingKeys: String, CodingKey {
        case origin, kind, version, nonce, body, signature
        case objectID = "object_id"
        case sentAt = "sent_at"
    }

    /// What the signature covers: every field but the signature, one per line, the body last (it is the only one
    /// that may hold line breaks, so no two envelopes share a text).
    public var signedText: String {
        [origin, kind, objectID, String(version), String(sentAt), nonce, body].joined(separator: "\n")
    }

    /// Fields a receiver refuses before checking anything else: a line break outside the body would let two
    /// different envelopes sign the same text.
    public var isWellFormed: Bool {
        let single = [origin, kind, objectID, nonce]
        return single.allSatisfy { !$0.isEmpty && !$0.contains("\n") && $0.count <= 200 } && version >= 1
            && nonce.count >= 16
    }
}
