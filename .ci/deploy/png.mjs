// Decodes 8-bit non-interlaced PNGs (what icon tools write) far enough to check size, alpha and colours.
import { inflateSync } from 'node:zlib';

const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function readPng(buffer) {
  if (!buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    throw new Error('not a PNG file');
  }
  const chunks = [];
  for (let offset = 8; offset < buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    chunks.push({ type: buffer.toString('latin1', offset + 4, offset + 8), data: buffer.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  if (chunks[0]?.type !== 'IHDR') throw new Error('IHDR is not the first chunk');
  const ihdr = chunks[0].data;
  const info = {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8],
    colorType: ihdr[9],
    interlaced: ihdr[12] !== 0,
    hasTrns: chunks.some((c) => c.type === 'tRNS'),
  };
  info.hasAlpha = info.colorType === 4 || info.colorType === 6 || info.hasTrns;
  info.pixels = () => decode(info, Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  return info;
}

// Returns [r, g, b, a] per pixel for colour types 2 and 6.
function decode(info, idat) {
  const channels = CHANNELS[info.colorType];
  if (info.bitDepth !== 8 || info.interlaced || !(info.colorType === 2 || info.colorType === 6)) {
    throw new Error(`cannot decode bit depth ${info.bitDepth}, colour type ${info.colorType}, interlaced ${info.interlaced}`);
  }
  const raw = inflateSync(idat);
  const stride = info.width * channels;
  let previous = Buffer.alloc(stride);
  const pixels = [];
  for (let y = 0; y < info.height; y++) {
    const filter = raw[y * (stride + 1)];
    if (filter > 4) throw new Error(`line ${y}: unknown filter type ${filter}`);
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0;
      const b = previous[i];
      const c = i >= channels ? previous[i - channels] : 0;
      line[i] = (line[i] + [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]) & 0xff;
    }
    for (let x = 0; x < info.width; x++) {
      const p = line.subarray(x * channels, (x + 1) * channels);
      pixels.push([p[0], p[1], p[2], channels === 4 ? p[3] : 255]);
    }
    previous = line;
  }
  return pixels;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
