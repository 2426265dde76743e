import Foundation

/// The weights of the yearly emulation scoring (thi đua, DOMAIN §11), which the office sets: the province's choice,
/// shown beside the result. Defaults follow the practice DOMAIN names: a lead role 1, a coordinating role 0,3, a
/// penalty for late days; commended above 90% completed and 80% on time.
public struct EmulationWeights: Codable, Equatable, Sendable {
    /// Weight of a task the unit leads.
    public var lead: Double = 1
    /// Weight of a task the unit coordinates.
    public var coordination: Double = 0.3
    /// Credit of a task completed late, against 1 for on time (0 = none, 1 = as on time).
    public var lateCredit: Double = 0.5
    /// Points taken off per day late over the unit's lead tasks (completed late, or overdue at the cut-off).
    public var dayPenalty: Double = 0.05
    /// Points taken off per lead task whose delay a leader asked the unit to explain (giải trình).
    public var explanationPenalty: Double = 1
    /// Share of the 100 points that comes from reports sent on time, in percent (0 = tasks only).
    public var reportShare: Double = 20
    /// Commendation: completed share above this percent…
    public var completedThreshold: Double = 90
    /// …and on-time share above this percent.
    public var onTimeThreshold: Double = 80

    public init() {}

    /// Weights saved before a weight existed read as its default, so a new weight never loses the office's others.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = EmulationWeights()
        lead = try c.decodeIfPresent(Double.self, forKey: .lead) ?? d.lead
        coordination = try c.decodeIfPresent(Double.self, forKey: .coordination) ?? d.coordination
        lateCredit = try c.decodeIfPresent(Double.self, forKey: .lateCredit) ?? d.lateCredit
        dayPenalty = try c.decodeIfPresent(Double.self, forKey: .dayPenalty) ?? d.dayPenalty
        explanationPenalty = try c.decodeIfPresent(Double.self, forKey: .explanationPenalty) ?? d.explanationPenalty
        reportShare = try c.decodeIfPresent(Double.self, forKey: .reportShare) ?? d.reportShare
        completedThreshold = try c.decodeIfPresent(Double.self, forKey: .completedThreshold) ?? d.completedThreshold
        onTimeThreshold = try c.decodeIfPresent(Double.self, forKey: .onTimeThreshold) ?? d.onTimeThreshold
    }

    /// What is wrong with these weights, by field, in Vietnamese; empty when they can be used.
    public var problems: [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if !(lead > 0) { problems.append(("lead", "Trọng số chủ trì phải lớn hơn 0.")) }
        if !(coordination >= 0) { problems.append(("coordination", "Trọng số phối hợp không được âm.")) }
        if !(0...1).contains(lateCredit) { problems.append(("late_credit", "Điểm cho việc hoàn thành quá hạn từ 0 đến 1.")) }
        if !(dayPenalty >= 0) { problems.append(("day_penalty", "Điểm trừ mỗi ngày trễ không được âm.")) }
        if !(explanationPenalty >= 0) {
            problems.append(("explanation_penalty", "Điểm trừ mỗi nhiệm vụ phải giải trình không được âm."))
        }
        if !(0...100).contains(reportShare) { problems.append(("report_share", "Tỷ trọng báo cáo từ 0 đến 100%.")) }
        if !(0...100).contains(completedThreshold) {
            problems.append(("completed_threshold", "Ngưỡng hoàn thành từ 0 đến 100%."))
        }
        if !(0...100).contains(onTimeThreshold) { problems.append(("on_time_threshold", "Ngưỡng đúng hạn từ 0 đến 100%.")) }
        return problems
    }
}

/// A unit's facts for the year as of the cut-off: its tasks assigned in the year that are due (completed, or
/// pending past their deadline — a task still within its deadline is not yet due), as lead and as coordinator, the
/// days late of its lead tasks, how many of them it was asked to explain, and the reports it had to send.
public struct EmulationFacts: Equatable, Sendable {
    public var leadOnTime = 0
    public var leadLate = 0
    public var leadOverdue = 0
    /// Days late over its lead tasks: at completion for those completed late, at the cut-off for those overdue.
    public var leadDaysLate = 0
    /// Its lead tasks of the year whose delay a leader asked it to explain by the cut-off.
    public var explanationsAsked = 0
    public var coordinationOnTime = 0
    public var coordinationLate = 0
    public var coordinationOverdue = 0
    public var reportsDue = 0
    public var reportsOnTime = 0

    public init() {}

    public var leadDue: Int { leadOnTime + leadLate + leadOverdue }
    public var coordinationDue: Int { coordinationOnTime + coordinationLate + coordinationOverdue }
}

/// A unit's score and where it comes from.
public struct EmulationScore: Equatable, Sendable {
    /// Credited share of the weighted due tasks, 0…1; nil when none was due.
    public var taskIndex: Double?
    /// Reports sent on time of those due, 0…1; nil when none was due.
    public var reportIndex: Double?
    /// Points before the penalty.
    public var base: Double
    public var penalty: Double
    /// The score on 100, one decimal, never below 0; nil when the unit had nothing due (not ranked).
    public var score: Double?
    /// Completed and on-time shares of its due lead tasks, in percent with one decimal.
    public var completedRate: Double?
    public var onTimeRate: Double?
    public var commended: Bool

    /// The rule (shown beside the table by `formula`):
    /// - task index = (lead × (on time + late credit × late) + coordination × (the same over coordinated tasks))
    ///   ÷ (lead × due lead tasks + coordination × due coordinated tasks);
    /// - base = (100 − report share) × task index + report share × report index, or 100 × the one that exists;
    /// - score = base − day penalty × days late − explanation penalty × tasks explained, at least 0, one decimal;
    /// - commended when completed > the completed threshold and on time > the on-time threshold (strictly).
    public static func score(_ f: EmulationFacts, weights w: EmulationWeights) -> EmulationScore {
        let due = w.lead * Double(f.leadDue) + w.coordination * Double(f.coordinationDue)
        let credited =
            w.lead * (Double(f.leadOnTime) + w.lateCredit * Double(f.leadLate)) + w.coordination
            * (Double(f.coordinationOnTime) + w.lateCredit * Double(f.coordinationLate))
        let taskIndex = due > 0 ? credited / due : nil
        let reportIndex = f.reportsDue > 0 ? Double(f.reportsOnTime) / Double(f.reportsDue) : nil
        let base: Double? =
            switch (taskIndex, reportIndex) {
            case (let t?, let r?): (100 - w.reportShare) * t + w.reportShare * r
            case (let t?, nil): 100 * t
            case (nil, let r?): 100 * r
            case (nil, nil): nil
            }
        let penalty = w.dayPenalty * Double(f.leadDaysLate) + w.explanationPenalty * Double(f.explanationsAsked)
        let score = base.map { rounded(max(0, $0 - penalty)) }
        let completedRate = f.leadDue > 0 ? rounded(100 * Double(f.leadOnTime + f.leadLate) / Double(f.leadDue)) : nil
        let onTimeRate = f.leadDue > 0 ? rounded(100 * Double(f.leadOnTime) / Double(f.leadDue)) : nil
        let commended =
            (completedRate.map { $0 > w.completedThreshold } ?? false) && (onTimeRate.map { $0 > w.onTimeThreshold } ?? false)
        return EmulationScore(
            taskIndex: taskIndex, reportIndex: reportIndex, base: base ?? 0, penalty: penalty, score: score,
            completedRate: completedRate, onTimeRate: onTimeRate, commended: commended)
    }

    /// A weight as the page writes it: two decimals at most, without trailing zeros ("0,3", "0,05", "20").
    public static func weightText(_ value: Double) -> String {
        var text = VNFormat.decimal(Decimal(value), fractionDigits: 2)
        while text.contains(","), text.hasSuffix("0") || text.hasSuffix(",") { text.removeLast() }
        return text
    }

    private static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// The formula in words, with the weights in force, for the page and the XLSX.
    public static func formula(_ w: EmulationWeights) -> [String] {
        let n = weightText
        return [
            "Chỉ số nhiệm vụ = [\(n(w.lead)) × (số việc đúng hạn + \(n(w.lateCredit)) × số việc quá hạn đã hoàn thành) "
                + "của nhiệm vụ chủ trì + \(n(w.coordination)) × (như trên) của nhiệm vụ phối hợp] ÷ "
                + "[\(n(w.lead)) × số nhiệm vụ chủ trì đến hạn + \(n(w.coordination)) × số nhiệm vụ phối hợp đến hạn]. "
                + "Nhiệm vụ đến hạn là nhiệm vụ giao trong năm đã hoàn thành hoặc đã quá hạn tại ngày chốt.",
            "Chỉ số báo cáo = số báo cáo gửi đúng hạn ÷ số báo cáo phải gửi.",
            "Điểm = \(n(100 - w.reportShare)) × chỉ số nhiệm vụ + \(n(w.reportShare)) × chỉ số báo cáo "
                + "(đơn vị chỉ có một chỉ số thì tính 100 × chỉ số đó) − \(n(w.dayPenalty)) × tổng số ngày trễ của "
                + "nhiệm vụ chủ trì − \(n(w.explanationPenalty)) × số nhiệm vụ chủ trì bị yêu cầu giải trình; "
                + "điểm thấp nhất là 0.",
            "Đủ tiêu chuẩn đề nghị khen thưởng: tỷ lệ hoàn thành trên \(n(w.completedThreshold))% và tỷ lệ đúng hạn trên "
                + "\(n(w.onTimeThreshold))% số nhiệm vụ chủ trì đến hạn.",
        ]
    }
}
