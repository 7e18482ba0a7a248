namespace RoleBot.Content;

/// <summary>
/// What a reload compares: each file's write time and length (a missing file counts too, so deleting an optional
/// file is a change). Length catches a same-second rewrite on file systems with coarse timestamps.
/// </summary>
internal sealed record FileStamps(IReadOnlyList<(DateTime Written, long Length)> Stamps)
{
    public static FileStamps Of(IReadOnlyList<string> files) =>
        new([.. files.Select(f => new FileInfo(f)).Select(i => i.Exists ? (i.LastWriteTimeUtc, i.Length) : (DateTime.MinValue, -1L))]);

    /// <summary>The names of the files whose stamp differs from <paramref name="before"/>.</summary>
    public IEnumerable<string> Changed(FileStamps before, IReadOnlyList<string> files) =>
        files.Where((_, i) => Stamps[i] != before.Stamps[i]).Select(Path.GetFileName).OfType<string>();

    public bool Equals(FileStamps? other) => other is not null && Stamps.SequenceEqual(other.Stamps);

    public override int GetHashCode() => Stamps.Count;
}
