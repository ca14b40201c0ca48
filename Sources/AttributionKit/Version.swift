/// The version printed by `attrib --version`.
public enum AttribVersion {
    public static let current = "0.1.0"
}
