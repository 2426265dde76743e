import DieuHanhCore
import Fluent
import Vapor

struct UserDraft: Sendable {
    var username: String
    var fullName: String
    var role: String
    var unitID: UUID?
    /// Only when creating: nil means "generate one and show it once".
    var password: String?
}

/// Users: create, change role and unit, reset password, deactivate. Checks, change and audit in one place.
enum UserService {
    static let usernamePattern = #"^[a-z0-9][a-z0-9._\-]{2,39}$"#

    static func validate(
        _ draft: UserDraft, existing: UserAccount?, on db: Database, today: CivilDate,
        t: Localizer
    ) async throws -> [FieldError] {
        var errors: [FieldError] = []
        if existing == nil {
            if draft.username.range(of: usernamePattern, options: .regularExpression) == nil {
                errors.append(.init(field: "username", message: t(T.userUsernameInvalid)))
            } else if try await UserAccount.query(on: db).filter(\.$username == draft.username).first() != nil {
                errors.append(.init(field: "username", message: t(T.userUsernameTaken, draft.username)))
            }
            if let password = draft.password, let problem = PasswordRule.check(password, username: draft.username) {
                errors.append(.init(field: "password", message: t(problem)))
            }
        }
        if draft.fullName.isEmpty {
            errors.append(.init(field: "full_name", message: t(T.userFullNameRequired)))
        } else if let problem = FieldRules.userFullName.check(draft.fullName) {
            errors.append(.init(field: "full_name", message: t(problem)))
        }
        let role = Role(rawValue: draft.role)
        if role == nil {
            errors.append(.init(field: "role", message: t(T.userRoleInvalid)))
        }
        if let unitID = draft.unitID {
            if let unit = try await OrgUnit.find(unitID, on: db) {
                if unit.isClosed(on: today), unitID != existing?.unitID {
                    errors.append(.init(field: "unit_id", message: t(T.unitParentClosed, unit.name)))
                }
            } else {
                errors.append(.init(field: "unit_id", message: t(T.userUnitMissing)))
            }
        } else if role?.requiresUnit == true {
            errors.append(.init(field: "unit_id", message: t(T.userUnitRequired)))
        }
        if let existing, existing.userRole == .admin, role != .admin,
            try await activeAdminCount(on: db) <= 1
        {
            errors.append(.init(field: "role", message: t(T.userLastAdmin)))
        }
        return errors
    }

    /// Creates the user; returns it and the password to hand over (generated when none was given).
    static func create(
        _ draft: UserDraft, formErrors: [FieldError] = [], actor: AuditActor, now: Date, on db: Database,
        hasher: PasswordDigester, t: Localizer
    ) async throws -> (UserAccount, String) {
        try await formErrors.merging(validate(draft, existing: nil, on: db, today: CivilDate.today(now: now), t: t)).throwIfAny()
        let password = draft.password ?? Passwords.generate()
        let user = UserAccount(
            username: draft.username, fullName: draft.fullName,
            passwordHash: try await hasher.hash(password), role: Role(rawValue: draft.role)!,
            unitID: draft.unitID)
        try await user.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "user", entityID: user.id,
            summary: user.username, before: UserAccount.Snapshot?.none, after: user.snapshot)
        return (user, password)
    }

    static func update(
        _ user: UserAccount, with draft: UserDraft, formErrors: [FieldError] = [], expectedVersion: Int?,
        actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws {
        try await db.claimVersion(
            of: UserAccount.schema, id: user.id!, loaded: user.version, expected: expectedVersion,
            conflict: AppError(.conflict, code: "conflict", message: t(T.errConflict)))
        try await formErrors.merging(validate(draft, existing: user, on: db, today: CivilDate.today(now: now), t: t)).throwIfAny()
        let before = user.snapshot
        user.setFullName(draft.fullName)
        user.role = draft.role
        user.unitID = draft.unitID
        guard user.snapshot != before else { return }
        try await save(user, action: "update", before: before, actor: actor, now: now, on: db)
    }

    /// Sets a new password (generated when none is given) and returns it; the user's open sessions and API tokens
    /// end (whoever knew the old password is out).
    static func resetPassword(
        _ user: UserAccount, to password: String?, actor: AuditActor, now: Date, on db: Database,
        hasher: PasswordDigester, t: Localizer
    ) async throws -> String {
        // A reset ends every session of the user: done to oneself it would sign the administrator out everywhere,
        // and it would change a password without the current one.
        if user.id == actor.id {
            throw AppError(.unprocessableEntity, code: "validation_failed", message: t(T.userCannotResetSelf))
        }
        if let password, let problem = PasswordRule.check(password, username: user.username) {
            throw ValidationFailure(errors: [.init(field: "password", message: t(problem))])
        }
        let newPassword = password ?? Passwords.generate()
        user.passwordHash = try await hasher.hash(newPassword)
        try await AccountSessions.revoke(userID: user.id!, on: db)
        try await save(user, action: "reset_password", before: user.snapshot, actor: actor, now: now, on: db)
        return newPassword
    }

    static func setActive(
        _ user: UserAccount, _ active: Bool, actor: AuditActor, now: Date, on db: Database,
        t: Localizer
    ) async throws {
        guard user.active != active else { return }
        if !active {
            if user.id == actor.id {
                throw AppError(.unprocessableEntity, code: "validation_failed", message: t(T.userCannotDeactivateSelf))
            }
            if user.userRole == .admin, try await activeAdminCount(on: db) <= 1 {
                throw AppError(.unprocessableEntity, code: "validation_failed", message: t(T.userLastAdmin))
            }
            try await AccountSessions.revoke(userID: user.id!, on: db)
        }
        let before = user.snapshot
        user.active = active
        try await save(user, action: active ? "activate" : "deactivate", before: before, actor: actor, now: now, on: db)
    }

    static func setLanguage(_ user: UserAccount, _ language: Language, now: Date, on db: Database) async throws {
        guard user.language != language.rawValue else { return }
        let before = user.snapshot
        user.language = language.rawValue
        try await save(user, action: "update", before: before, actor: AuditActor(user), now: now, on: db)
    }

    /// The user's own change: every other session and every API token of theirs ends; `keeping` (the session the
    /// change was made in) stays open.
    static func changeOwnPassword(
        _ user: UserAccount, current: String, new: String, confirmation: String,
        keeping session: SessionID? = nil, now: Date,
        on db: Database, hasher: PasswordDigester, t: Localizer
    ) async throws {
        var errors: [FieldError] = []
        if !(try await hasher.verify(current, created: user.passwordHash)) {
            errors.append(.init(field: "current_password", message: t(T.passwordCurrentWrong)))
        }
        if let problem = PasswordRule.check(new, username: user.username) {
            errors.append(.init(field: "new_password", message: t(problem)))
        } else if new != confirmation {
            errors.append(.init(field: "confirm_password", message: t(T.passwordMismatch)))
        }
        try errors.throwIfAny()
        user.passwordHash = try await hasher.hash(new)
        try await AccountSessions.revoke(userID: user.id!, keeping: session, on: db)
        try await save(user, action: "change_password", before: user.snapshot, actor: AuditActor(user), now: now, on: db)
    }

    private static func save(
        _ user: UserAccount, action: String, before: UserAccount.Snapshot, actor: AuditActor,
        now: Date, on db: Database
    ) async throws {
        user.version += 1
        try await user.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: action, entity: "user", entityID: user.id,
            summary: user.username, before: before, after: user.snapshot)
    }

    static func activeAdminCount(on db: Database) async throws -> Int {
        try await UserAccount.query(on: db).filter(\.$role == Role.admin.rawValue).filter(\.$active == true).count()
    }
}
