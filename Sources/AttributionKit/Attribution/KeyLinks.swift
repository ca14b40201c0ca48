/// Where one key of the entity book leads, kept together so that a key new to the book costs one
/// append rather than one for each of four parallel arrays.
struct KeyLinks: Sendable {
    /// The entity of that full name (or description).
    var name: Int?
    /// The entity with that first name or surname.
    var namePart: Int?
    /// The latest holding of that surname, an index in the book's list of holdings.
    var surnameHolding: Int?
    /// The person whose name of three or more words ends in these two, for "Mr. Ortega Salcedo".
    var twoWordSurname: Int?
}
