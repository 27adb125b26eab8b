import type { Color } from "exceljs";

/** The default Office theme (2013 and later): lt1, dk1, lt2, dk2, accent1 … accent6, hyperlinks. */
const themeColors = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** Excel's legacy indexed palette (indices 0–63); 64 is the system foreground, 65 the background. */
const indexedColors = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
  "000000",
  "FFFFFF",
];

/** Applies Excel's tint (−1 … 1) to an RGB colour through its HSL lightness. */
function tinted(hex: string, tint: number): string {
  const [red, green, blue] = [0, 2, 4].map(
    (offset) => parseInt(hex.slice(offset, offset + 2), 16) / 255
  );
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  let hue = 0;
  let saturation = 0;
  let lightness = (max + min) / 2;
  if (max !== min) {
    const delta = max - min;
    saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
    hue =
      max === red
        ? (green - blue) / delta + (green < blue ? 6 : 0)
        : max === green
          ? (blue - red) / delta + 2
          : (red - green) / delta + 4;
    hue /= 6;
  }
  lightness = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint;
  const toRgb = (p: number, q: number, t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  let rgb: number[];
  if (saturation === 0) {
    rgb = [lightness, lightness, lightness];
  } else {
    const q =
      lightness < 0.5
        ? lightness * (1 + saturation)
        : lightness + saturation - lightness * saturation;
    const p = 2 * lightness - q;
    rgb = [toRgb(p, q, hue + 1 / 3), toRgb(p, q, hue), toRgb(p, q, hue - 1 / 3)];
  }
  return rgb
    .map((channel) =>
      Math.round(channel * 255)
        .toString(16)
        .padStart(2, "0")
    )
    .join("")
    .toUpperCase();
}

/**
 * 颜色 (colour): an exceljs colour — ARGB, a theme colour with tint, or a legacy indexed colour —
 * as a CSS "#RRGGBB", or null when it names none.
 */
export function cssColor(color: Partial<Color> | undefined | null): string | null {
  if (color === undefined || color === null) {
    return null;
  }
  const record = color as Partial<Color> & { indexed?: number; tint?: number };
  let hex: string | undefined;
  if (typeof record.argb === "string" && /^[0-9A-F]{6,8}$/i.test(record.argb)) {
    hex = record.argb.slice(-6);
  } else if (typeof record.theme === "number") {
    hex = themeColors[record.theme];
  } else if (typeof record.indexed === "number") {
    hex = indexedColors[record.indexed];
  }
  if (hex === undefined) {
    return null;
  }
  const tint = typeof record.tint === "number" ? record.tint : 0;
  return `#${(tint === 0 ? hex : tinted(hex, tint)).toUpperCase()}`;
}
