/// One subcommand of the `tandem` tool.
protocol TandemCommand {
    /// The word that selects the command: `tandem NAME …`.
    static var name: String { get }
    /// One line for the usage text.
    static var summary: String { get }
    /// The command's arguments, as shown in the usage text.
    static var synopsis: String { get }
    /// Runs the command with the arguments after its name.
    static func run(arguments: [String]) async throws
}

/// A mistake in how the command was called; exits with status 64.
struct UsageError: Error {
    let message: String
}

enum TandemUsage {
    static func text(commands: [any TandemCommand.Type]) -> String {
        var lines = ["usage: tandem COMMAND [OPTIONS]", "", "commands:"]
        for command in commands {
            lines.append("  \(command.name) \(command.synopsis)")
            lines.append("      \(command.summary)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
