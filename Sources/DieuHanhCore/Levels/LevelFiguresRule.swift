/// Which way figures flow between two linked deployments (issue 20, "aggregated"): a deployment sends its task
/// figures up to the deployment above it, which shows them beside those of the other deployments below it.
///
/// Peers carry no direction of their own: the direction follows from the units an administrator matched. Units of
/// a tier of government (DOMAIN §12: the Government, then ministries and provinces, then districts, then communes)
/// say who is above whom; offices, departments, councils and the like have no tier.
public enum LevelFiguresRule {
    /// The tier of a kind of unit, 0 the highest; nil for a unit that is not a level of government.
    public static func tier(_ kind: UnitKind) -> Int? {
        switch kind {
        case .government: 0
        case .ministry, .province: 1
        case .district: 2
        case .commune: 3
        case .office, .department, .council, .party, .other: nil
        }
    }

    /// Sender: given the units linked with a peer (their kinds and codes), the code of this deployment's own unit
    /// when the peer is above it; nil otherwise.
    /// A deployment below links the peer's assigner (a higher tier) and itself (the lowest tier among the links);
    /// two links sharing that lowest tier leave it unclear which one this deployment is, and nothing is sent.
    public static func ownCode(links: [(kind: UnitKind, remoteCode: String)]) -> String? {
        let tiered = links.compactMap { link in tier(link.kind).map { (tier: $0, code: link.remoteCode) } }
        guard let lowest = tiered.map(\.tier).max(), let highest = tiered.map(\.tier).min(), lowest > highest else {
            return nil
        }
        let own = tiered.filter { $0.tier == lowest }
        return own.count == 1 ? own[0].code : nil
    }

    /// Receiver: figures about a local unit of `kind` come from below when that unit is of a lower tier than the
    /// highest tier among this deployment's units (`highestTierHere`, from `tier`): the national deployment takes a
    /// province's figures; a province does not take the Government's.
    public static func comesFromBelow(_ kind: UnitKind, highestTierHere: Int?) -> Bool {
        guard let unitTier = tier(kind), let highestTierHere else { return false }
        return unitTier > highestTierHere
    }
}
