/// The seed's naming rules: lower snake_case columns, snake_case plural tables.
public enum SnakeCase {
    /// `userID` → `user_id`, `aiDescription` → `ai_description`, `URLPath` → `url_path`.
    public static func convert(_ name: String) -> String {
        let characters = Array(name)
        var output = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let afterNext = index + 2 < characters.count ? characters[index + 2] : nil
                // `URLs` is a plural acronym: its `s` does not start a word.
                let isPluralAcronym =
                    next == "s" && (afterNext == nil || afterNext?.isUppercase == true)
                let startsWord =
                    previous.isLowercase || previous.isNumber
                    || (previous.isUppercase && next?.isLowercase == true && !isPluralAcronym)
                if startsWord && previous != "_" { output.append("_") }
            }
            output.append(contentsOf: character.lowercased())
        }
        return output
    }

    /// A table name for a type: snake_case, pluralised (`Project` → `projects`,
    /// `Category` → `categories`). Models whose seed name differs declare it.
    public static func tableName(for typeName: String) -> String {
        let singular = convert(typeName)
        if singular.hasSuffix("y"), let last = singular.dropLast().last, !"aeiou".contains(last) {
            return singular.dropLast() + "ies"
        }
        if singular.hasSuffix("s") || singular.hasSuffix("x") || singular.hasSuffix("ch")
            || singular.hasSuffix("sh")
        {
            return singular + "es"
        }
        return singular + "s"
    }

    /// The column name for a key path such as `\Content.userID`: `user_id`. `nil` when the
    /// key path is not a single stored property (or its name was stripped from the binary).
    public static func columnName(for keyPath: AnyKeyPath) -> String? {
        propertyName(for: keyPath).map(convert)
    }

    /// The property name of a key path such as `\Content.userID`: `userID`. `nil` when the
    /// key path is not a single stored property (or its name was stripped from the binary).
    public static func propertyName(for keyPath: AnyKeyPath) -> String? {
        let description = String(describing: keyPath)
        guard description.hasPrefix("\\"), let dot = description.lastIndex(of: ".") else {
            return nil
        }
        let property = description[description.index(after: dot)...]
        guard !property.isEmpty, property.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
            description.dropFirst().filter({ $0 == "." }).count == 1
        else { return nil }
        return String(property)
    }
}
