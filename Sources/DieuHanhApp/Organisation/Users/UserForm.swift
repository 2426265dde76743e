import DieuHanhCore
import Vapor

struct UserForm: Content {
    var username: String?
    var full_name: String?
    var role: String?
    var unit_id: String?
    var password: String?
    var version: String?

    init(
        username: String? = nil, full_name: String? = nil, role: String? = nil, unit_id: String? = nil,
        password: String? = nil, version: String? = nil
    ) {
        self.username = username
        self.full_name = full_name
        self.role = role
        self.unit_id = unit_id
        self.password = password
        self.version = version
    }

    init(_ user: UserAccount) {
        self.init(
            username: user.username, full_name: user.fullName, role: user.role, unit_id: user.unitID?.uuidString,
            version: String(user.version))
    }

    func draft(_ t: Localizer) -> (UserDraft, [FieldError]) {
        var errors: [FieldError] = []
        let unitText = unit_id.trimmed
        let unitID = UUID(uuidString: unitText)
        if !unitText.isEmpty, unitID == nil { errors.append(.init(field: "unit_id", message: t(T.userUnitMissing))) }
        let password = self.password.trimmed
        let draft = UserDraft(
            username: username.trimmed.lowercased(), fullName: full_name.trimmed.collapsingSpaces,
            role: role.trimmed, unitID: unitID, password: password.isEmpty ? nil : password)
        return (draft, errors)
    }

    var expectedVersion: Int? { version.flatMap { Int($0) } }
}
