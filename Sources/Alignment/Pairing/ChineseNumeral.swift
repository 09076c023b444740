/// Chinese numerals written with characters, read as integers so that
/// 第十五条 meets "article 15" and 二〇一九年 meets "2019":
/// 十五 → 15, 二百零一 → 201, 五万三千四百 → 53400, 二〇一九 → 2019.
enum ChineseNumeral {
  /// The value of a digit character (零 〇 一 二 两 三 … 九).
  static func digit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "零", "〇": 0
    case "一": 1
    case "二", "两", "兩": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  /// The value of a multiplier character (十 百 千 万 亿).
  static func multiplier(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "十": 10
    case "百": 100
    case "千": 1000
    case "万", "萬": 10_000
    case "亿", "億": 100_000_000
    default: nil
    }
  }

  /// The length of the run of numeral characters starting at `i`, at most
  /// 12 characters.
  static func runLength(_ scalars: [Unicode.Scalar], from i: Int) -> Int {
    var j = i
    while j < scalars.count && j - i < 12
      && (digit(scalars[j]) != nil || multiplier(scalars[j]) != nil)
    {
      j += 1
    }
    return j - i
  }

  /// The value of a run of numeral characters. A run of digits only
  /// (二〇一九) is read positionally, anything else as a spoken number.
  static func value(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
    guard !run.isEmpty else { return nil }
    if run.allSatisfy({ digit($0) != nil }) {
      return run.reduce(0) { $0 * 10 + (digit($1) ?? 0) }
    }
    var total = 0  // completed 万/亿 groups
    var section = 0  // the current group below 万
    var number = 0  // the digit waiting for its multiplier
    for s in run {
      if let d = digit(s) {
        number = d
      } else if let m = multiplier(s) {
        if m >= 10_000 {
          total = (total + section + number) * m
          section = 0
        } else {
          // 十五: a bare 十 means one ten.
          section += (number == 0 && m == 10 ? 1 : number) * m
        }
        number = 0
      }
    }
    return total + section + number
  }
}
