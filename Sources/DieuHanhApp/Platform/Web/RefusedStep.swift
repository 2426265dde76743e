import DieuHanhCore

/// A step's form that was refused (a task's, a programme item's): the page shows it again with its problems and
/// everything that was typed into it, and the other step forms fresh.
struct RefusedStep<Action: Equatable> {
    var action: Action
    var errors: [FieldError]
    /// The form's fields as sent, by name.
    var typed: [String: String]

    /// For `action`'s form: what to show in `field` — what was typed when this form was the one refused, else
    /// `fresh`.
    static func value(_ refused: RefusedStep?, for action: Action, _ field: String, else fresh: String = "") -> String {
        guard let refused, refused.action == action else { return fresh }
        return refused.typed[field] ?? ""
    }

    /// `action`'s problems, when its form was the one refused.
    static func errors(_ refused: RefusedStep?, for action: Action) -> [FieldError] {
        refused?.action == action ? refused!.errors : []
    }
}

extension AppError {
    /// A conflict (the item changed or moved on since the form was shown) as the problem of a step's form, so that
    /// the form comes back with what was typed instead of an error page.
    var asStepProblem: [FieldError] { [FieldError(field: "version", message: message)] }
}
