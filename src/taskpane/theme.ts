/**
 * The Fluent theme follows Office's: Office.context.officeTheme when the host gives one (isDarkTheme, or
 * the body background's brightness on hosts without it), else the browser's prefers-color-scheme.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeThemeHint {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

export function isDark(officeTheme: OfficeThemeHint | undefined, prefersDark: boolean): boolean {
  if (officeTheme) {
    if (typeof officeTheme.isDarkTheme === "boolean") return officeTheme.isDarkTheme;
    const luminance = relativeLuminance(officeTheme.bodyBackgroundColor);
    if (luminance !== null) return luminance < 0.4;
  }
  return prefersDark;
}

export function pickTheme(officeTheme: OfficeThemeHint | undefined, prefersDark: boolean): Theme {
  return isDark(officeTheme, prefersDark) ? webDarkTheme : webLightTheme;
}

const HEX_COLOR = /^#?([0-9a-f]{6})$/i;

/** WCAG relative luminance of "#RRGGBB" (0 black … 1 white); null when it is not such a colour. */
function relativeLuminance(color: string | undefined): number | null {
  const m = color ? HEX_COLOR.exec(color.trim()) : null;
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (v: number): number => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
