/// Who signs an issued report and on whose behalf (Nghị định 30/2020, DOMAIN §9): TM. for the collective body,
/// KT. for a deputy signing for the head, Q. for an acting head.
public enum SigningAuthority: String, CaseIterable, Sendable, Codable {
    case onBehalf = "TM."
    case forTheHead = "KT."
    case acting = "Q."

    /// The lines above the signature, in capitals: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"; a vice-chairman signs
    /// "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; an acting chairman "TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH".
    public func lines(body: String, signerTitle: String) -> [String] {
        let title = signerTitle.trimmingCharacters(in: .whitespaces).uppercased()
        let collective = "TM. " + body.uppercased()
        switch self {
        case .onBehalf: return [collective, title.isEmpty ? "CHỦ TỊCH" : title]
        case .forTheHead: return [collective, "KT. CHỦ TỊCH", title.isEmpty ? "PHÓ CHỦ TỊCH" : title]
        case .acting: return [collective, "Q. " + (title.isEmpty ? "CHỦ TỊCH" : title)]
        }
    }

    /// "TM.", "tm", "KT", "q." all name their authority; anything else is nil.
    public static func parse(_ text: String) -> SigningAuthority? {
        let key = text.trimmingCharacters(in: .whitespaces).uppercased()
        return allCases.first { $0.rawValue == key || $0.rawValue == key + "." }
    }
}

/// What can be wrong with the facts an issued report carries.
public enum ReviewIssueProblem: Equatable, Sendable {
    case notationInvalid
    case notAReport
    /// An urging letter is a công văn: number / body - drafting unit (`4049/UBND-TH`), no type code.
    case notALetter
    case dateMissing
    case dateBeforeCutOff
    case signerMissing
    case signerTitleMissing
    case authorityInvalid
    case recipientsMissing

    /// What the province issues: the review report (a báo cáo) or a công văn such as an urging letter.
    public enum Kind: Sendable {
        case report, officialLetter
    }

    /// Every problem at once. The notation must read as a report's (`489/BC-UBND`) or, for a letter, a công văn's
    /// (`4049/UBND-TH`); the date must not come before the cut-off its figures are taken at, and the signature and
    /// Nơi nhận must be filled in.
    public static func check(
        notation: String, date: CivilDate?, cutOff: CivilDate, signer: String, signerTitle: String,
        authority: String, recipients: [String], kind: Kind = .report
    ) -> [ReviewIssueProblem] {
        var problems: [ReviewIssueProblem] = []
        switch DocumentNumber.parse(notation) {
        case .success(let number):
            switch kind {
            case .report:
                if number.typeCode != "BC" { problems.append(.notAReport) }
            case .officialLetter:
                if number.typeCode != nil || number.year != nil || number.isParty || number.drafter == nil {
                    problems.append(.notALetter)
                }
            }
        case .failure:
            problems.append(.notationInvalid)
        }
        if let date {
            if date < cutOff { problems.append(.dateBeforeCutOff) }
        } else {
            problems.append(.dateMissing)
        }
        if signer.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.signerMissing) }
        if signerTitle.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.signerTitleMissing) }
        if SigningAuthority.parse(authority) == nil { problems.append(.authorityInvalid) }
        if recipients.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            problems.append(.recipientsMissing)
        }
        return problems
    }
}

/// When a section's save is stale (DOMAIN §9: a stale save is a conflict, not an overwrite). The writer sends the
/// draft's version it read; the save stands when that version is the draft's current one or newer than the
/// section's last change — another person's save of another section does not stop it.
public enum ReviewSaveRule {
    public static func isStale(readVersion: Int, draftVersion: Int, sectionChangedAt: Int) -> Bool {
        readVersion > draftVersion || readVersion < sectionChangedAt
    }
}
