import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// Users' e-mail addresses for the reminders.
enum ReportContactService {
    static func setEmail(
        _ user: ReportUserEmail, to text: String, actor: AuditActor, now: Date, on db: Database,
        t: Localizer
    ) async throws {
        let address = text.trimmingCharacters(in: .whitespaces)
        if !address.isEmpty && !isPlausible(address) {
            throw ValidationFailure(errors: [.init(field: "email", message: t(T.reportEmailInvalid))])
        }
        let before = ["email": user.email]
        user.email = address.isEmpty ? nil : address
        guard before["email"] != user.email else { return }
        try await user.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "user", entityID: user.id,
            summary: user.username, before: before, after: ["email": user.email])
    }

    /// One "@" with something on each side, a dot in the domain, no spaces or angle brackets (it goes into
    /// SMTP commands).
    static func isPlausible(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            address.count <= 254
        else { return false }
        return !address.contains { $0.isWhitespace || "<>()[],;:\\\"".contains($0) || !$0.isASCII }
    }
}
