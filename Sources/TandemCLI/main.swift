import Foundation

/// The `tandem` command: the entry point dispatches to one command per file in `Commands/`.
let arguments = Array(CommandLine.arguments.dropFirst())
let commands: [any TandemCommand.Type] = [DemoCommand.self, SchemaCommand.self]

guard let name = arguments.first, name != "help", name != "--help", name != "-h" else {
    print(TandemUsage.text(commands: commands))
    exit(arguments.isEmpty ? 64 : 0)
}
guard let command = commands.first(where: { $0.name == name }) else {
    FileHandle.standardError.write(Data("tandem: unknown command '\(name)'\n\n".utf8))
    FileHandle.standardError.write(Data(TandemUsage.text(commands: commands).utf8))
    exit(64)
}
do {
    try await command.run(arguments: Array(arguments.dropFirst()))
} catch let error as UsageError {
    FileHandle.standardError.write(Data("tandem \(name): \(error.message)\n".utf8))
    exit(64)
} catch {
    FileHandle.standardError.write(Data("tandem \(name): \(error)\n".utf8))
    exit(1)
}
