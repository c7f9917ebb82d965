import ArgumentParser
import CadenceKit

/// `cadence abi-tag VERSION`: the extension-module tag a CPython build uses, with PEP 605's pre-freeze flag.
struct ABITagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "abi-tag",
        abstract: "Print the SOABI (or Windows .pyd tag) of a CPython version, with the PEP 605 pre-freeze flag.",
        discussion: """
            Alpha and beta builds of X.Y.0 carry the 'p' flag (cpython-39p); from rc1 on it disappears. \
            --debug adds 'd'. A Windows platform (win32, win_amd64, win_arm64) gives the .pyd tag.

            Examples:
              $ cadence abi-tag 3.9.0b6 --debug
              cpython-39pd
              $ cadence abi-tag 3.9.0b2 --platform win_amd64
              cp39p-win_amd64
              $ cadence abi-tag 3.9.0rc1 3.9.4 --format json
              {"input":"3.9.0rc1","tag":"cpython-39","preFreeze":false,"debug":false,"wheelABI":"cp39"}
              {"input":"3.9.4","tag":"cpython-39","preFreeze":false,"debug":false,"wheelABI":"cp39"}
            """
    )

    @OptionGroup var options: CommonOptions

    @Flag(help: "A debug build (adds the 'd' ABI flag).")
    var debug = false

    @Option(help: "The target platform; a Windows platform such as win_amd64 gives the .pyd tag.")
    var platform: String?

    @Argument(help: "CPython versions (X.Y.Z, optionally aN, bN or rcN).")
    var versions: [String] = []

    func validate() throws {
        try InputItems.validate(arguments: versions, stdin: options.stdin, what: "CPython version")
    }

    func run() throws {
        let items = InputItems.collect(arguments: versions)
        try Output.print(ABITagAnswer.tags(for: items, debug: debug, platform: platform), format: options.format)
    }
}
