import CadenceCore

for argument in CommandLine.arguments.dropFirst() {
    print((try? Version(argument).description) ?? "invalid")
}
