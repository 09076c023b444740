import Diff

/// What a change report shows and how it names things.
///
/// The same options drive `HTMLReport`, `MarkdownReport` and `JSONReport`;
/// what is shown comes from a `ChangeReport`.
public struct ReportOptions: Sendable, Hashable {
  /// The old document's file name as the user gave it.
  public var oldName: String
  /// The new document's file name as the user gave it.
  public var newName: String
  /// Headings of the old and new columns; `nil` for the default: 修订前 /
  /// 修订后 (修訂前 / 修訂後) when both documents are Chinese, otherwise
  /// "Old" / "New".
  public var columnLabels: ColumnLabels?
  /// Show only noteworthy changes (`Change.isNoteworthy`) and `context`
  /// changes around each, with a marker where rows are left out.
  public var changesOnly: Bool
  /// How many changes to show around each noteworthy one when
  /// `changesOnly` is set.
  public var context: Int
  /// When the report was made, as it should be printed; `nil` leaves the
  /// time out. Callers pass it in so a report is a pure function of its
  /// inputs.
  public var generated: String?

  /// Two column headings.
  public struct ColumnLabels: Sendable, Hashable, Codable {
    public var old: String
    public var new: String

    public init(old: String, new: String) {
      self.old = old
      self.new = new
    }

    /// Parses `"Draft,Adopted"`: two non-empty labels separated by one comma.
    public init?(parsing text: String) {
      let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        .map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
      self.init(old: parts[0], new: parts[1])
    }
  }

  public init(
    oldName: String = "old", newName: String = "new",
    columnLabels: ColumnLabels? = nil, changesOnly: Bool = false,
    context: Int = 1, generated: String? = nil
  ) {
    self.oldName = oldName
    self.newName = newName
    self.columnLabels = columnLabels
    self.changesOnly = changesOnly
    self.context = context
    self.generated = generated
  }
}
