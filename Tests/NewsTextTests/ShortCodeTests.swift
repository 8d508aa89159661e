import Testing
@testable import NewsText

struct ShortCodeTests {
    static let key: UInt64 = 0x5EED_1234_ABCD_0042

    @Test(arguments: [UInt64(0), 1, 2, 41, 1_000, 999_999, 123_456_789, 3_521_614_606_207])
    func roundTripsWithAFixedLengthOfSeven(_ id: UInt64) {
        let code = ShortCode.encode(id, key: Self.key)
        #expect(code.count == 7)
        #expect(code.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        #expect(ShortCode.decode(code, key: Self.key) == id)
    }

    @Test(arguments: [UInt64(3_521_614_606_208), 10_000_000_000_000, UInt64.max - 1, UInt64.max])
    func roundTripsIdsBeyondTheSevenCharacterSpaceWithLongerCodes(_ id: UInt64) {
        let code = ShortCode.encode(id, key: Self.key)
        #expect(code.count > 7)
        #expect(ShortCode.decode(code, key: Self.key) == id)
    }

    @Test func roundTripsAndStaysUniqueOverARange() {
        var seen = Set<String>()
        for id in UInt64(0)..<20_000 {
            let code = ShortCode.encode(id, key: Self.key)
            #expect(seen.insert(code).inserted, "duplicate code for \(id)")
            #expect(ShortCode.decode(code, key: Self.key) == id)
        }
        #expect(seen.count == 20_000)
    }

    @Test func roundTripsScatteredLargeIds() {
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5_000 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let id = x % 3_521_614_606_208
            #expect(ShortCode.decode(ShortCode.encode(id, key: Self.key), key: Self.key) == id)
        }
    }

    @Test func consecutiveIdsGiveUnrelatedLookingCodes() {
        let codes = (UInt64(1)...2_000).map { Array(ShortCode.encode($0, key: Self.key)) }
        var sameFirstCharacter = 0
        var sameLastCharacter = 0
        for (a, b) in zip(codes, codes.dropFirst()) {
            let sharedPrefix = zip(a, b).prefix { $0 == $1 }.count
            #expect(sharedPrefix < 3, "\(String(a)) and \(String(b)) share a prefix")
            if a.first == b.first { sameFirstCharacter += 1 }
            if a.last == b.last { sameLastCharacter += 1 }
        }
        // Random codes share a given character about once in 62 pairs.
        #expect(sameFirstCharacter < 100)
        #expect(sameLastCharacter < 100)
    }

    @Test func differentKeysGiveDifferentCodes() {
        let other: UInt64 = 42
        let differing = (UInt64(0)..<100).filter {
            ShortCode.encode($0, key: Self.key) != ShortCode.encode($0, key: other)
        }
        #expect(differing.count >= 99)
        #expect(ShortCode.decode(ShortCode.encode(7, key: other), key: other) == 7)
    }

    @Test(arguments: ["", "abc", "abcdef", "abc-def", "abcdéfg", "0abcdefg", "zzzzzzzzzzz", "abcdefghijklm"])
    func rejectsStringsThatAreNotCodes(_ code: String) {
        #expect(ShortCode.decode(code, key: Self.key) == nil)
    }
}
