import ArgumentParser

@main
struct ZephyrFields: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zephyr-fields",
        abstract: "Manage Zephyr custom fields as code.",
        subcommands: [SimulatorCommand.self]
    )
}
