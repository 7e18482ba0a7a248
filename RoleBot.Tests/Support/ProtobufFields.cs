namespace RoleBot.Tests.Support;

/// <summary>
/// Just enough of the protobuf wire format to read what an OTLP exporter sends: the fields of one message, each
/// either a number or the bytes of a length-delimited value (a string, bytes, or a nested message).
/// </summary>
public static class ProtobufFields
{
    public static IEnumerable<(int Field, ulong Number, ReadOnlyMemory<byte> Bytes)> Read(ReadOnlyMemory<byte> message)
    {
        var position = 0;
        var fields = new List<(int, ulong, ReadOnlyMemory<byte>)>();
        while (position < message.Length)
        {
            var key = Varint(message.Span, ref position);
            var field = (int)(key >> 3);
            switch ((int)(key & 7))
            {
                case 0:
                    fields.Add((field, Varint(message.Span, ref position), default));
                    break;
                case 1:
                    fields.Add((field, BitConverter.ToUInt64(message.Span.Slice(position, 8)), message.Slice(position, 8)));
                    position += 8;
                    break;
                case 2:
                    var length = (int)Varint(message.Span, ref position);
                    fields.Add((field, 0, message.Slice(position, length)));
                    position += length;
                    break;
                case 5:
                    fields.Add((field, BitConverter.ToUInt32(message.Span.Slice(position, 4)), message.Slice(position, 4)));
                    position += 4;
                    break;
                default:
                    throw new FormatException($"Unsupported wire type in field {field}.");
            }
        }

        return fields;
    }

    public static IEnumerable<ReadOnlyMemory<byte>> Messages(ReadOnlyMemory<byte> message, int field) =>
        Read(message).Where(f => f.Field == field).Select(f => f.Bytes);

    private static ulong Varint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }
}
