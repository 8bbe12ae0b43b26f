import ArgumentParser
import Reconciler

/// Paths, project narrowing and the safety switches of plan and apply.
struct PlanningOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("YAML files or directories (default: the current directory).", valueName: "path"))
    var paths: [String] = []

    @Option(
        name: .customLong("project"), help: ArgumentHelp("Only this project (key or id); repeatable.", valueName: "key")
    )
    var projects: [String] = []

    @Flag(
        name: .customLong("allow-replace"),
        help: "Allow type or entity changes, which delete and recreate fields and lose their values.")
    var allowReplace = false

    @Flag(name: .customLong("allow-delete"), help: "With prune on, allow deleting fields no file declares.")
    var allowDelete = false

    @Flag(help: "Allow deleting more than the settings' delete threshold.")
    var force = false

    @Flag(
        name: .customLong("allow-removing-used-options"),
        help:
            "Zephyr Enterprise: remove options even where test cases or requirements still use them (those values then point at nothing)."
    )
    var allowRemovingUsedOptions = false

    var planOptions: PlanOptions {
        PlanOptions(
            allowReplace: allowReplace, allowDelete: allowDelete, force: force,
            allowRemovingUsedOptions: allowRemovingUsedOptions, projectFilter: projects.isEmpty ? nil : Set(projects))
    }

    var resolvedPaths: [String] { paths.isEmpty ? ["."] : paths }
}

/// `--no-color` and `NO_COLOR`.
struct ColorOptions: ParsableArguments {
    @Flag(name: .customLong("no-color"), help: "Never colour the output (also: the NO_COLOR environment variable).")
    var noColor = false
}
