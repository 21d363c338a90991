import Tandem
import Testing

@Suite("JSON text")
struct JSONValueTests {
    @Test("parses and prints back with sorted keys")
    func roundTrip() throws {
        let value = try JSONValue(
            jsonText: #" { "b": [1, 2.5, -3e2, true, null], "a": "\u00e9\ud83c\udf89\n" } "#)
        #expect(value == ["a": "é🎉\n", "b": [1, 2.5, -300.0, true, nil]])
        #expect(value.jsonText == #"{"a":"é🎉\n","b":[1,2.5,-300.0,true,null]}"#)
        #expect(try JSONValue(jsonText: value.jsonText) == value)
    }

    @Test("keeps 64-bit integers exact")
    func integers() throws {
        #expect(try JSONValue(jsonText: "9223372036854775807") == .integer(.max))
        #expect(try JSONValue(jsonText: "-9007199254740993") == .integer(-9_007_199_254_740_993))
        #expect(try JSONValue(jsonText: "-9223372036854775808") == .integer(.min))
        #expect(try JSONValue(jsonText: "[0, -0, 7, -42]") == [0, 0, 7, -42])
    }

    @Test("prints escapes, control characters and extreme integers exactly")
    func printing() throws {
        let value: JSONValue = [
            "quote\"back\\slash": "tab\tline\ncr\r\u{1}\u{1F}",
            "min": .integer(.min), "max": .integer(.max), "zero": 0, "negative": -120,
            "中文": ["美食", true, nil, 2.5],
        ]
        #expect(
            value.jsonText
                == #"{"max":9223372036854775807,"min":-9223372036854775808,"negative":-120,"#
                + #""quote\"back\\slash":"tab\tline\ncr\r\u0001\u001f","zero":0,"#
                + #""中文":["美食",true,null,2.5]}"#)
        #expect(try JSONValue(jsonText: value.jsonText) == value)
    }

    @Test("reads integers past 64 bits as doubles")
    func wideIntegers() throws {
        #expect(
            try JSONValue(jsonText: "9223372036854775808") == .double(0x1p63))
        #expect(
            try JSONValue(jsonText: "-9223372036854775809") == .double(-0x1p63))
        #expect(
            try JSONValue(jsonText: "123456789012345678901234") == .double(1.2345678901234568e23))
    }

    @Test("an object with many members keeps them all")
    func largeObject() throws {
        let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let value = try JSONValue(jsonText: "{" + members + ", \"k3\": -3}")
        guard case .object(let object) = value else {
            Issue.record("not an object")
            return
        }
        #expect(object.count == 40)
        #expect(object["k39"] == .integer(39))
        #expect(object["k3"] == .integer(-3))
    }

    @Test(
        "refuses malformed text with the byte offset",
        arguments: [
            "", "{", "[1,]", "{\"a\" 1}", "tru", "01", "1.", "\"\\x\"", "\"a", "[1] 2", "\"\u{1}\"",
        ])
    func malformed(text: String) {
        let error = #expect(throws: DatabaseError.self) { try JSONValue(jsonText: text) }
        #expect(error?.code == .invalidValue)
        #expect(error?.message.contains("malformed JSON at byte") == true)
    }

    @Test("refuses nesting deeper than 512 levels")
    func deepNesting() {
        let text = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: DatabaseError.self) { try JSONValue(jsonText: text) }
    }

    @Test(
        "the string-array fast path agrees with the full parser or defers to it",
        arguments: [
            "[]", " [ ] ", "[\"美食\",\"旅行\"]", "[ \"a\" , \"b\" ]", "[\"a\\\"b\"]", "[\"a\",]",
            "[1]",
            "[\"a\"] x", "\"a\"", "[\"\\u00e9\"]", "[\"tab\tin\"]", "[",
        ])
    func stringArrayFastPath(text: String) {
        let fast = Array(text.utf8).withUnsafeBufferPointer { JSONStringArray.parse($0) }
        let full: [String]? = {
            guard case .array(let elements)? = try? JSONValue(jsonText: text) else { return nil }
            let strings = elements.compactMap { element -> String? in
                if case .string(let string) = element { return string }
                return nil
            }
            return strings.count == elements.count ? strings : nil
        }()
        if let fast {
            #expect(fast == full)
        }
    }
}
