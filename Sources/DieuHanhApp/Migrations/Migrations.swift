import Fluent
import SQLKit
import Vapor

extension Application {
    /// Every migration, in order. A new change is a new file in a new `vNNN/` folder, appended here.
    func registerMigrations() {
        migrations.add(CreateUnit())
        migrations.add(CreateUser())
        migrations.add(CreateAPIToken())
        migrations.add(CreateAuditLog())
        migrations.add(SessionRecord.migration)
        migrations.add(CreateDocument())
        migrations.add(CreateTask())
        migrations.add(CreateCalendarDay())
        migrations.add(CreateAttachment())
        migrations.add(CreateTaskStatusSpan())
        migrations.add(CreateIndicator())
        migrations.add(CreateProgramme())
        migrations.add(CreateReportingTables())
        migrations.add(UpdateTaskStatusSpanAddListIndexes())
        migrations.add(CreateTaskStatsTotals())
        migrations.add(CreateAccountSession())
        migrations.add(DeleteFluentSessions())
        migrations.add(CreateTaskEventKindIndex())
        migrations.add(CreateIndicatorOtherTargets())
        migrations.add(AddIndicatorParent())
        migrations.add(CreateIndicatorMultiYearPlans())
        migrations.add(AddIndicatorFigureDetail())
        migrations.add(CreateMeetings())
        migrations.add(CreateTaskReminders())
        migrations.add(CreateReviewDrafts())
        migrations.add(CreateOfficeCounts())
        migrations.add(CreateTaskPoints())
        migrations.add(CreateTaskFocus())
        migrations.add(CreateUrgings())
        migrations.add(CreateEmulationSettings())
        migrations.add(AddTaskEventAnswerDue())
        migrations.add(CreateLevels())
        migrations.add(AddTaskStatusSpanCompletedDay())
        migrations.add(CreateTrackerMappings())
        migrations.add(CreateLevelReports())
        migrations.add(CreateLevelFigures())
        migrations.add(DropUnusedTaskIndexes())
        migrations.add(CreateCacheGenerations())
    }
}

extension Database {
    /// A plain index; portable between SQLite and PostgreSQL.
    func createIndex(on table: String, _ columns: String...) async throws {
        let name = "idx_\(table)_\(columns.joined(separator: "_"))"
        var builder = (self as! SQLDatabase).create(index: name).on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }
}
