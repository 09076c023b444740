/// `--shard K/N`: the part of a batch one job of a job array (Slurm,
/// Kubernetes Indexed Jobs) takes. A set belongs to shard
/// `StableHash(id) mod N`, so the shards `0/N` … `(N-1)/N` partition any
/// manifest, whatever the order of its lines and on every machine.
public struct BatchShard: Sendable, Hashable {
  /// The shard's index, from 0 to `count - 1`.
  public var index: Int
  /// The number of shards.
  public var count: Int

  /// `K/N` with 0 ≤ K < N, or `nil` when the text is not that.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
      count > 0, index >= 0, index < count
    else { return nil }
    self.index = index
    self.count = count
  }

  /// Whether the set with `id` belongs to this shard.
  ///
  /// - Complexity: O(*n*) in the length of `id`.
  public func contains(id: String) -> Bool {
    StableHash.of(id.utf8).value % UInt64(count) == UInt64(index)
  }
}
