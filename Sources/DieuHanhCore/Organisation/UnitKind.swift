/// The kinds of unit of CONTRACT.md (units CSV `kind` column).
public enum UnitKind: String, CaseIterable, Sendable, Codable {
    case government, ministry, province, office, department, district, commune, council, party, other
}
