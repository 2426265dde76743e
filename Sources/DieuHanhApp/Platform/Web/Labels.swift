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
        case "revise_target": t(T.actionReviseTarget)
        case "record_actual": t(T.actionRecordActual)
        case "submit": t(T.actionSubmitReport)
        case "replace": t(T.actionReplaceReport)
        case "return": t(T.actionReturnReport)
        case "remind": t(T.actionRemind)
        case "email": t(T.actionEmail)
        case "attach": t(T.actionAttach)
        case "revoke": t(T.actionLevelRevoke)
        case "rekey": t(T.actionLevelRekey)
        case "level_sent": t(T.actionLevelSent)
        case "level_received": t(T.actionLevelReceived)
        case "level_refused": t(T.actionLevelRefused)
        case "level_refused_in": t(T.actionLevelRefusedIn)
        default:
            if TaskEvent.Kind(rawValue: action) != nil {
                event(action, t)
            } else if ProgrammeEvent.Kind(rawValue: action) != nil {
                ProgrammeLabels.event(action, t)
            } else {
                action
            }
        }
    }

    /// The objects the audit log records, in the order the filter offers them.
    static let auditEntities = [
        "unit", "user", "document", "task", "attachment", "calendar_day", "programme", "programme_item",
        "indicator", "indicator_plan", "reporting_regime", "report_request", "report_submission",
        "report_reminder", "office_counts", "level_peer", "level_unit_link", "level_message",
    ]
    /// The actions the filter offers (task and programme steps are found by object).
    static let auditActions = [
        "create", "update", "close", "move", "delete", "import", "reset_password", "change_password",
        "activate", "deactivate", "attach", "revise_target", "record_actual", "submit", "replace",
        "return", "remind", "email", "revoke", "rekey", "level_sent", "level_received", "level_refused",
        "level_refused_in",
    ]

    static func auditEntity(_ entity: String, _ t: Localizer) -> String {
        switch entity {
        case "unit": t(T.entityUnit)
        case "user": t(T.entityUser)
        case "task": t(T.entityTask)
        case "document": t(T.entityDocument)
        case "calendar_day": t(T.navCalendar)
        case "attachment": t(T.entityAttachment)
        case "programme": t(T.entityProgramme)
        case "programme_item": t(T.entityProgrammeItem)
        case "indicator": t(T.entityIndicator)
        case "indicator_plan": t(T.entityIndicatorPlan)
        case "reporting_regime": t(T.entityReportingRegime)
        case "report_request": t(T.entityReportRequest)
        case "report_submission": t(T.entityReportSubmission)
        case "report_reminder": t(T.entityReportReminder)
        case "office_counts": t(T.countsTitle)
        case "level_peer": t(T.entityLevelPeer)
        case "level_unit_link": t(T.entityLevelUnitLink)
        case "level_message": t(T.entityLevelMessage)
        default: entity
        }
    }

    /// A unit as a filter offers it: a closed or merged unit keeps its place (its tasks are still there) and says it
    /// is closed, so that it is not taken for a working one.
    static func unitOption(name: String, validTo: String?, today: CivilDate, _ t: Localizer) -> String {
        guard let end = OrgUnit.closedDay(validTo: validTo, on: today) else { return name }
        return name + " — " + t(T.unitClosedOn, VNFormat.date(end))
    }

    /// A phrase made to start a line: "kế hoạch Trung ương giao" → "Kế hoạch Trung ương giao".
    static func sentenceStart(_ phrase: String) -> String { VietnameseText.sentenceStart(phrase) }
}
