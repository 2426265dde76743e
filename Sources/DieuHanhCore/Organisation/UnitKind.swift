/// The kinds of unit of CONTRACT.md (units CSV `kind` column).
public enum UnitKind: String, CaseIterable, Sendable, Codable {
    case government, ministry, province, office, department, district, commune, council, party, other

    /// Bodies outside the province that assign tasks to it or receive its reports (CP, TTg, ministries).
    public var isExternal: Bool {
        self == .government || self == .ministry
    }
}
