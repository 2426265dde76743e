import DieuHanhCore

/// Display names of domain values, from the catalogue.
enum Labels {
    static func role(_ role: Role, _ t: Localizer) -> String {
        switch role {
        case .admin: t(T.roleAdmin)
        case .coordinator: t(T.roleCoordinator)
        case .leader: t(T.roleLeader)
        case .unitOfficer: t(T.roleUnitOfficer)
        case .viewer: t(T.roleViewer)
        }
    }

    static func unitKind(_ kind: UnitKind, _ t: Localizer) -> String {
        switch kind {
        case .government: t(T.kindGovernment)
        case .ministry: t(T.kindMinistry)
        case .province: t(T.kindProvince)
        case .office: t(T.kindOffice)
        case .department: t(T.kindDepartment)
        case .district: t(T.kindDistrict)
        case .commune: t(T.kindCommune)
        case .council: t(T.kindCouncil)
        case .party: t(T.kindParty)
        case .other: t(T.kindOther)
        }
    }

    static func unitKind(_ raw: String, _ t: Localizer) -> String {
        UnitKind(rawValue: raw).map { unitKind($0, t) } ?? raw
    }

    static func auditAction(_ action: String, _ t: Localizer) -> String {
        switch action {
        case "create": t(T.actionCreate)
        case "update": t(T.actionUpdate)
        case "close": t(T.actionClose)
        case "move": t(T.actionMove)
        case "reset_password": t(T.actionResetPassword)
        case "change_password": t(T.actionChangePassword)
        case "activate": t(T.actionActivate)
        case "deactivate": t(T.actionDeactivate)
        case "import": t(T.actionImport)
        case "delete": t(T.actionDelete)
        default: TaskEvent.Kind(rawValue: action) != nil ? event(action, t) : action
        }
    }

    static func auditEntity(_ entity: String, _ t: Localizer) -> String {
        switch entity {
        case "unit": t(T.entityUnit)
        case "user": t(T.entityUser)
        case "task": t(T.entityTask)
        case "document": t(T.entityDocument)
        case "calendar_day": t(T.navCalendar)
        default: entity
        }
    }
}
