/// The components of the balance score, by the name they carry in reports and weight files.
public enum BalanceMeasure: String, CaseIterable, Sendable, Codable {
    case voiceDiversity = "voice_diversity"
    case transparency
    case independence
    case perspectiveSpread = "perspective_spread"
    case directness
    case genderRepresentation = "gender_representation"
}
