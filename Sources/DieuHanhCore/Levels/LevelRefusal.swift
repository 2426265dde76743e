import Foundation

/// Why a receiving deployment refuses a message; the sender shows the reason on the peer's page. A refusal is
/// never a merge: the message is not applied at all.
public enum LevelRefusal: String, Sendable, Equatable, CaseIterable {
    case malformed = "malformed"
    case unknownPeer = "unknown_peer"
    case revokedPeer = "revoked_peer"
    case badSignature = "bad_signature"
    case stale = "stale"
    case replayed = "replayed"
    case unitNotLinked = "unit_not_linked"
    case unknownTask = "unknown_task"
    case unknownRequest = "unknown_request"
    /// The fact belongs to the other side (DOMAIN: the assigner owns content, deadline and decisions; the assignee
    /// owns progress and completion reports).
    case notOwner = "not_owner"
    /// The task's state does not allow the step (e.g. a completion reported twice).
    case notPossible = "not_possible"

    /// Whether the sender should try again later: a wrong key can be corrected by the administrators, and a late or
    /// early clock too; a refusal about the content will be the same next time.
    public var isWorthRetrying: Bool {
        switch self {
        case .unknownPeer, .revokedPeer, .badSignature, .stale, .malformed: true
        case .replayed, .unitNotLinked, .unknownTask, .unknownRequest, .notOwner, .notPossible: false
        }
    }

    /// The reason, in Vietnamese, as stored in both audit logs and shown to the administrators.
    public var reason: String {
        switch self {
        case .malformed: "Thông điệp không đúng định dạng."
        case .unknownPeer: "Hệ thống gửi chưa được đăng ký liên thông."
        case .revokedPeer: "Khóa liên thông của hệ thống gửi đã bị thu hồi."
        case .badSignature: "Chữ ký không khớp với khóa đã đăng ký."
        case .stale: "Thời điểm gửi lệch quá xa đồng hồ của hệ thống nhận."
        case .replayed: "Thông điệp này đã được nhận (gửi lại)."
        case .unitNotLinked: "Đơn vị trong thông điệp chưa được ghép với đơn vị của hệ thống nhận."
        case .unknownTask: "Không tìm thấy nhiệm vụ liên thông tương ứng."
        case .unknownRequest: "Không tìm thấy yêu cầu báo cáo liên thông tương ứng."
        case .notOwner: "Bên gửi không có quyền thay đổi nội dung này: nội dung thuộc về bên kia."
        case .notPossible: "Trạng thái hiện tại của nhiệm vụ không cho phép bước này."
        }
    }
}

/// The receiver's time rule: a message is accepted only within `window` seconds of the receiver's clock, either
/// way, and its nonce is remembered at least that long; so a captured message cannot be played again, now (the
/// nonce is known) or later (it is too old).
public struct LevelReplayWindow: Sendable {
    public var seconds: Int

    public init(seconds: Int = 300) { self.seconds = seconds }

    public func isFresh(sentAt: Int, now: Date) -> Bool {
        abs(Int(now.timeIntervalSince1970) - sentAt) <= seconds
    }

    /// Nonces seen before this instant may be forgotten: a message carrying them would be stale anyway.
    public func forgetBefore(now: Date) -> Date { now.addingTimeInterval(-Double(2 * seconds)) }
}

/// Delays between attempts to deliver a message to a peer that does not acknowledge: doubling from 30 seconds up
/// to an hour, so a peer down for a day is tried about once an hour and catches up within the hour it returns.
public enum LevelBackoff {
    public static func delay(afterAttempts attempts: Int) -> TimeInterval {
        guard attempts > 0 else { return 0 }
        return min(30 * pow(2, Double(min(attempts, 20) - 1)), 3600)
    }
}
