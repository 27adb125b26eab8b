import { crc32, deflateRawSync } from "zlib";

/**
 * The zip level the CLI writes with: level 1 deflates faster than zlib's default 6, for files
 * about a quarter larger; for a whole bulletin the XML, not the deflate, takes most of the time
 * (measured in bench/README.md).
 */
export const outputCompressionLevel = 1;

/** One part to pack: its name in the package and its bytes. */
export interface ZipPart {
  readonly name: string;
  readonly data: Uint8Array;
}

/** MS-DOS date and time of 1980-01-01 00:00 (a fixed stamp: the same parts give the same bytes). */
const dosTime = 0;

const dosDate = (0 << 9) | (1 << 5) | 1;

/**
 * 打包 (pack a zip): the parts as a zip package, each deflated by Node's own zlib at `level`
 * (0 stores), UTF-8 names, no Zip64 (parts and package under 4 GB, which the callers' limits keep
 * far off). Deterministic: no time stamps of the moment.
 */
export function zipPackage(parts: readonly ZipPart[], level = 6): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const checksum = crc32(part.data);
    const packed = level === 0 ? Buffer.from(part.data) : deflateRawSync(part.data, { level });
    const method = level === 0 ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(packed.byteLength, 18);
    local.writeUInt32LE(part.data.byteLength, 22);
    local.writeUInt16LE(name.byteLength, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(dosTime, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(checksum, 16);
    entry.writeUInt32LE(packed.byteLength, 20);
    entry.writeUInt32LE(part.data.byteLength, 24);
    entry.writeUInt16LE(name.byteLength, 28);
    entry.writeUInt32LE(offset, 42);
    directory.push(entry, name);
    offset += local.byteLength + name.byteLength + packed.byteLength;
  }
  const directoryBytes = directory.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
