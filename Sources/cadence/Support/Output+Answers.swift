import ArgumentParser
import CadenceKit

extension Output {
    /// Prints a command's answers and ends it as they say.
    ///
    /// Text: each answer's line, an error on standard error. JSON: each answer as one object on standard
    /// output (``CadenceKit/ResultEncoder``), so every item gets one line.
    /// - Parameters:
    ///   - answers: The answers, in order.
    ///   - format: Text or JSON.
    /// - Throws: `ExitCode.failure` (exit 1) when the answers are negative.
    static func print<Answer: ItemAnswer>(_ answers: ItemAnswers<Answer>, format: OutputFormat) throws {
        let encoder = ResultEncoder()
        for answer in answers.answers {
            switch format {
            case .text: (answer.isError ? Output.error : Output.standard).line(answer.text)
            case .json: Output.standard.line(try encoder.string(for: answer))
            }
        }
        Output.standard.flush()
        if answers.isNegative { throw ExitCode.failure }
    }
}
