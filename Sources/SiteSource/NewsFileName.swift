import SiteModel

/// `YYYY-MM-DD-slug` or `YYYY-MM-slug` (without `.md`): the date and the slug of a news post.
struct NewsFileName: Equatable {
    var date: EventDate
    var slug: String

    enum Failure: Error, Equatable {
        case noDate
        case invalidDate(String)
        case emptySlug
    }

    static func parse(_ stem: String) -> Result<NewsFileName, Failure> {
        let characters = Array(stem)
        func matches(_ pattern: String) -> Bool {
            guard characters.count >= pattern.count else { return false }
            return zip(pattern, characters).allSatisfy { expected, actual in
                expected == "9" ? actual.isASCII && actual.isNumber : expected == actual
            }
        }
        let dateLength: Int
        if matches("9999-99-99") && (characters.count == 10 || characters[10] == "-") {
            dateLength = 10
        } else if matches("9999-99-") {
            dateLength = 7
        } else {
            return .failure(.noDate)
        }
        let dateText = String(characters[..<dateLength])
        guard let date = EventDate.parse(dateText) else { return .failure(.invalidDate(dateText)) }
        let rest = String(characters.dropFirst(dateLength + 1))
        let slug = Slug.make(rest)
        guard !slug.isEmpty else { return .failure(.emptySlug) }
        return .success(NewsFileName(date: date, slug: slug))
    }
}
