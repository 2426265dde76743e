import DieuHanhCore
import Plot
import Vapor

/// The office's form for the weights: each as a number with a decimal comma, checked by the Core rule, what was
/// typed kept when refused.
enum EmulationSettingsForm {
    static let fields: [(name: String, label: L, path: WritableKeyPath<EmulationWeights, Double>)] = [
        ("lead", T.rankingWeightLead, \.lead), ("coordination", T.rankingWeightCoordination, \.coordination),
        ("late_credit", T.rankingWeightLate, \.lateCredit), ("day_penalty", T.rankingWeightDay, \.dayPenalty),
        ("explanation_penalty", T.rankingWeightExplanation, \.explanationPenalty),
        ("report_share", T.rankingWeightReports, \.reportShare),
        ("completed_threshold", T.rankingWeightCompleted, \.completedThreshold),
        ("on_time_threshold", T.rankingWeightOnTime, \.onTimeThreshold),
    ]

    static func view(_ ctx: PageContext, _ model: EmulationPage.Model) -> BodyNode {
        let t = ctx.t
        let weights = model.result.weights
        return .section(
            .h2(.text(t(T.rankingSettings))),
            Components.form(
                .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/ranking/settings"),
                .attribute(named: "novalidate", value: "novalidate"),
                Components.csrfField(ctx),
                .input(.type(.hidden), .name("year"), .value(String(model.result.year))),
                .div(
                    .class("grid-3"),
                    .forEach(fields) { field in
                        Components.textField(
                            .init(
                                name: field.name, label: t(field.label),
                                value: model.typed[field.name] ?? EmulationScore.weightText(weights[keyPath: field.path]),
                                inputMode: "decimal", error: model.errors.message(for: field.name)))
                    }),
                .div(.class("form-actions"), .button(.class("button primary"), .type(.submit), .text(t(T.actionSave))))))
    }

    /// The weights read from the form; problems by field, in Vietnamese. A weight not sent at all (a page opened
    /// before it existed) keeps the value `inForce`; one sent empty is refused.
    static func read(_ fields: [String: String], inForce: EmulationWeights, t: Localizer) -> (EmulationWeights, [FieldError]) {
        var weights = inForce
        var errors: [FieldError] = []
        for field in Self.fields {
            guard let sent = fields[field.name] else { continue }
            let text = sent.trimmingCharacters(in: .whitespaces)
            guard let value = VNFormat.parseDecimal(text) else {
                errors.append(.init(field: field.name, message: t(T.rankingNumberInvalid)))
                continue
            }
            weights[keyPath: field.path] = NSDecimalNumber(decimal: value).doubleValue
        }
        if errors.isEmpty {
            errors = weights.problems.map { FieldError(field: $0.field, message: $0.message) }
        }
        return (weights, errors)
    }
}
