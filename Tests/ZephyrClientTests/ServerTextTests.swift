import Foundation
import Testing
import ZephyrTransport

@testable import ZephyrClient

/// Issue 15: a server's error text is printed on the user's terminal; its control characters
/// (escape sequences, line breaks) are shown escaped, never obeyed.
@Suite struct ServerTextTests {
    @Test func controlCharactersInServerErrorsAreEscaped() {
        let mapper = ResponseErrorMapper(server: "https://jira.example.com")
        let endpoint = Endpoint(
            "POST", "/rest/zapi/latest/customfield/create", operation: "create field X", repeating: .never)
        let body = Data(#"{"error":"bad \u001b]0;pwned\u0007name\nerror: forged line, see C:\\dir"}"#.utf8)
        let message = mapper.error(for: TransportResponse(status: 400, body: body), of: endpoint).errorDescription ?? ""
        #expect(
            message
                == #"create field X was refused by the server: bad \u{1B}]0;pwned\u{7}name\nerror: forged line, see C:\dir"#
        )
        let redirect = mapper.error(
            for: TransportResponse(status: 302, headers: ["Location": "https://x\u{1B}[2J"]), of: endpoint)
        #expect(!(redirect.errorDescription ?? "").contains("\u{1B}"))
    }
}
