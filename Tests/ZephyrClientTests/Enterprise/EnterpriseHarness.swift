import Foundation
import ZephyrTransport

@testable import ZephyrClient

extension Harness {
    /// The Enterprise client over this harness's fake transport.
    var enterprise: EnterpriseClient { EnterpriseClient(client: client) }

    static func enterprise(_ transport: FakeTransport, credentials: Credentials = .bearer(token: "t0ken")) -> Harness {
        Harness(transport, credentials: credentials, flavor: .enterprise)
    }
}

/// A picklist field as ZE sends it.
enum EnterpriseFixtures {
    static let browser = """
        {"id":1008,"fieldName":"zcf_1008","columnName":"zcf_1008","displayName":"Browser","entityName":"testcase",
         "fieldTypeMetadata":3,"description":"Which browser","mandatory":false,"systemField":false,"importable":true,
         "exportable":true,"searchable":true,"searchFieldName":"browser","projectCheck":true,"unique":false,
         "length":1024,"allProject":false,"projectIds":[4,1],"isVisible":true,"createdOn":1700000000000}
        """
    /// Numbers and booleans as strings, no description, `columnName` only, null projectIds.
    static let stringly = """
        {"id":"1009","columnName":"zcf_1009","displayName":"Risk","entityName":"TESTCASE","fieldTypeMetadata":"1",
         "mandatory":"true","allProject":"true","projectIds":null,"length":"255","unique":"false"}
        """
}
