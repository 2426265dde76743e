import DieuHanhCore
import Fluent
import Foundation
import Vapor

package final class UserAccount: Model, @unchecked Sendable {
    package static let schema = "users"

    @ID(key: .id) package var id: UUID?
    /// Lower-case; unique.
    @Field(key: "username") package var username: String
    @Field(key: "full_name") var fullName: String
    @Field(key: "name_folded") var nameFolded: String
    @Field(key: "password_hash") package var passwordHash: String
    @Field(key: "role") var role: String
    @OptionalField(key: "unit_id") var unitID: UUID?
    @Field(key: "active") var active: Bool
    /// `vi` or `en`, remembered per user.
    @Field(key: "language") var language: String
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    package init() {}

    package init(username: String, fullName: String, passwordHash: String, role: Role, unitID: UUID?) {
        self.username = username
        self.fullName = fullName
        self.nameFolded = VietnameseText.fold(fullName + " " + username)
        self.passwordHash = passwordHash
        self.role = role.rawValue
        self.unitID = unitID
        self.active = true
        self.language = Language.vi.rawValue
        self.version = 1
    }

    var userRole: Role { Role(rawValue: role) ?? .viewer }
    var userLanguage: Language { Language(rawValue: language) ?? .vi }

    func setFullName(_ name: String) {
        fullName = name
        nameFolded = VietnameseText.fold(name + " " + username)
    }

    /// What the audit log keeps of a user: never the password hash.
    struct Snapshot: Codable, Equatable {
        var username: String
        var fullName: String
        var role: String
        var unitID: UUID?
        var active: Bool
        var language: String
    }

    var snapshot: Snapshot {
        Snapshot(username: username, fullName: fullName, role: role, unitID: unitID, active: active, language: language)
    }
}

extension UserAccount: ModelSessionAuthenticatable {}
