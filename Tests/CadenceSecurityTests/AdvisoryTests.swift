import CadenceSecurity
import Foundation
import Testing

@Suite struct AdvisoryTests {
    @Test func listsEachFixCommitOnceInTheRecordsOrder() {
        let advisory = Advisory(
            id: "PSF-2099-1",
            published: Date(timeIntervalSince1970: 0),
            fixes: [
                AdvisoryEvent(sha: "bbb", path: "$.affected[0].ranges[0].events[1].fixed"),
                AdvisoryEvent(sha: "aaa", path: "$.affected[0].ranges[0].events[2].fixed"),
                AdvisoryEvent(sha: "bbb", path: "$.affected[0].ranges[0].events[3].fixed"),
            ],
            file: "PSF-2099-1.json"
        )
        #expect(advisory.fixSHAs == ["bbb", "aaa"])
    }
}
