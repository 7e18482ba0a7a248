using System.IO.Compression;

namespace RoleBot.Tests.Channels.WebChat.Page;

/// <summary>Writes and reads the .br/.gz forms of a file the way RoleBot/build/compress-bundle.mjs and browsers do.</summary>
public static class StandInCompression
{
    public static void Write(string file)
    {
        var bytes = File.ReadAllBytes(file);
        using (var brotli = new BrotliStream(File.Create(file + ".br"), CompressionLevel.SmallestSize))
        {
            brotli.Write(bytes);
        }

        using var gzip = new GZipStream(File.Create(file + ".gz"), CompressionLevel.SmallestSize);
        gzip.Write(bytes);
    }

    public static string Decode(byte[] body, string? coding)
    {
        using Stream input = coding switch
        {
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            null => new MemoryStream(body),
            _ => throw new InvalidDataException($"unexpected Content-Encoding {coding}"),
        };
        using var reader = new StreamReader(input);
        return reader.ReadToEnd();
    }
}
