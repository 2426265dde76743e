import Foundation

/// One year's indicators counted by status as of a cut-off, with their names in the resolution's order.
public struct IndicatorTally: Sendable, Equatable {
    public var year: Int
    public var asOf: CivilDate
    public var met: [String] = []
    public var notMet: [String] = []
    public var atRisk: [String] = []
    public var onTrack: [String] = []
    public var noData: [String] = []

    public init(year: Int, asOf: CivilDate, items: [(name: String, status: IndicatorStatus)]) {
        self.year = year
        self.asOf = asOf
        for item in items {
            switch item.status {
            case .met: met.append(item.name)
            case .notMet: notMet.append(item.name)
            case .atRisk: atRisk.append(item.name)
            case .onTrack: onTrack.append(item.name)
            case .noData: noData.append(item.name)
            }
        }
    }

    public var total: Int { met.count + notMet.count + atRisk.count + onTrack.count + noData.count }
    /// Judged on part of the year only: at risk or on track.
    public var inProgress: Int { atRisk.count + onTrack.count }

    public func count(_ status: IndicatorStatus) -> Int {
        switch status {
        case .met: met.count
        case .notMet: notMet.count
        case .atRisk: atRisk.count
        case .onTrack: onTrack.count
        case .noData: noData.count
        }
    }

    /// The statuses that have indicators, with their counts: those judged on the whole year first, then those judged
    /// on part of it, then those without figures. Mid-year only the last three can occur, so "met: 0 of 22" never
    /// shows before the year's figures are in.
    public var counts: [(status: IndicatorStatus, count: Int)] {
        [IndicatorStatus.met, .notMet, .onTrack, .atRisk, .noData].map { ($0, count($0)) }.filter { $0.count > 0 }
    }

    /// The appendix's tally: "22 chỉ tiêu: 16 đạt tiến độ, 6 có nguy cơ không đạt" mid-year, "22 chỉ tiêu: 16 đạt
    /// và vượt kế hoạch, 6 không đạt kế hoạch" once the year is known. Plain numbers: in a table cell with no noun
    /// after it, a padded "06" reads like a day or a month.
    public var summary: String {
        let parts = counts.map { "\(VNFormat.integer($0.count)) \($0.status.tallyPhrase)" }
        return "\(VNFormat.integer(total)) chỉ tiêu" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
    }
}

extension IndicatorStatus {
    /// The status after a count: "16 đạt và vượt kế hoạch", "6 có nguy cơ không đạt".
    public var tallyPhrase: String {
        switch self {
        case .met: "đạt và vượt kế hoạch"
        case .notMet: "không đạt kế hoạch"
        case .atRisk: "có nguy cơ không đạt"
        case .onTrack: "đạt tiến độ"
        case .noData: "chưa có số liệu"
        }
    }
}

extension ReviewProse {
    /// The headline on the year's socio-economic indicators, as seed 004 words it ("kết quả đạt và vượt kế hoạch
    /// 16/22 chỉ tiêu, tuy nhiên vẫn còn 06 chỉ tiêu không đạt kế hoạch (tốc độ tăng trưởng kinh tế, …)"):
    ///
    /// "Kết quả thực hiện 22 chỉ tiêu kinh tế - xã hội năm 2020: đạt và vượt 16/22 chỉ tiêu; 06 chỉ tiêu không đạt
    /// (tốc độ tăng trưởng kinh tế, …)."
    ///
    /// Before the year's figures are in, it says how many are on track and names those at risk and those without
    /// figures. Names are lower-cased for the sentence (`IndicatorText.inSentence`) and kept in the given order.
    public static func indicators(_ tally: IndicatorTally) -> String {
        guard tally.total > 0 else { return "Chưa có chỉ tiêu kinh tế - xã hội nào được giao cho năm \(tally.year)." }
        return "Kết quả thực hiện \(VNFormat.count(tally.total)) chỉ tiêu kinh tế - xã hội năm \(tally.year): "
            + indicatorClauses(tally, plan: "kế hoạch năm").joined(separator: "; ") + "."
    }

    /// The tally's clauses, in the order the seeds give them: "đạt và vượt 16/22 chỉ tiêu", "06 chỉ tiêu không đạt
    /// (…)", then those on track or at risk against `plan` ("kế hoạch năm"), then those without figures.
    static func indicatorClauses(_ tally: IndicatorTally, plan: String) -> [String] {
        func names(_ list: [String]) -> String { " (" + list.map(IndicatorText.inSentence).joined(separator: ", ") + ")" }
        var clauses: [String] = []
        if !tally.met.isEmpty || !tally.notMet.isEmpty {
            clauses.append("đạt và vượt \(tally.met.count)/\(tally.total) chỉ tiêu")
        }
        if !tally.notMet.isEmpty {
            clauses.append("\(VNFormat.count(tally.notMet.count)) chỉ tiêu không đạt" + names(tally.notMet))
        }
        if !tally.onTrack.isEmpty {
            clauses.append("\(VNFormat.count(tally.onTrack.count)) chỉ tiêu đạt tiến độ \(plan)")
        }
        if !tally.atRisk.isEmpty {
            clauses.append(
                "\(VNFormat.count(tally.atRisk.count)) chỉ tiêu có nguy cơ không đạt \(plan)" + names(tally.atRisk))
        }
        if !tally.noData.isEmpty {
            clauses.append("\(VNFormat.count(tally.noData.count)) chỉ tiêu chưa có số liệu" + names(tally.noData))
        }
        return clauses
    }
}
