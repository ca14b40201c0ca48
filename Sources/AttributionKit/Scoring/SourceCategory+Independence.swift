extension SourceCategory {
    /// Officials speak for a party to the story: a government, a party or an armed force.
    var isOfficial: Bool {
        self == .government || self == .military
    }

    /// Independent experts judge the story without speaking for a party to it.
    var isIndependentExpert: Bool {
        self == .thinkTank || self == .academic || self == .legal
    }
}
