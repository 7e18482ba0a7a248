using System.Text;

namespace RoleBot.Tests.Support;

/// <summary>One span as an OTLP/HTTP protobuf export carried it (ids in lower-case hex, as W3C traceparent writes them).</summary>
public sealed record OtlpSpan(string TraceId, string SpanId, string ParentSpanId, string Name, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>ExportTraceServiceRequest → ResourceSpans(1) → ScopeSpans(2) → Span(2).</summary>
    public static IEnumerable<OtlpSpan> FromExport(byte[] body) =>
        from resource in ProtobufFields.Messages(body, 1)
        from scope in ProtobufFields.Messages(resource, 2)
        from span in ProtobufFields.Messages(scope, 2)
        select Parse(span);

    private static OtlpSpan Parse(ReadOnlyMemory<byte> span)
    {
        var fields = ProtobufFields.Read(span).ToList();
        string Hex(int field) => fields.FirstOrDefault(f => f.Field == field).Bytes is { Length: > 0 } b ? Convert.ToHexStringLower(b.Span) : "";
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in fields.Where(f => f.Field == 9))
        {
            var kv = ProtobufFields.Read(attribute.Bytes).ToList();
            var key = Encoding.UTF8.GetString(kv.First(f => f.Field == 1).Bytes.Span);
            var value = kv.FirstOrDefault(f => f.Field == 2).Bytes;
            var text = ProtobufFields.Read(value).FirstOrDefault(f => f.Field == 1).Bytes;
            attributes[key] = Encoding.UTF8.GetString(text.Span);
        }

        return new OtlpSpan(Hex(1), Hex(2), Hex(4), Encoding.UTF8.GetString(fields.First(f => f.Field == 5).Bytes.Span), attributes);
    }
}
