/**
 * What the web edition hands back to the user: files saved through the browser's download (a blob URL
 * on a link, nothing sent anywhere) and text put on the clipboard.
 */

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function downloadBytes(name: string, bytes: Uint8Array): void {
  const type = /\.zip$/i.test(name) ? "application/zip" : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to take the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The clipboard API where the page may use it (file:// and https count as secure), else the old way. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, not focused): try the old way.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  let done = false;
  try {
    done = document.execCommand("copy");
  } catch {
    done = false;
  }
  area.remove();
  return done;
}

/** "申报材料/a.xlsx" → "a.标记.xlsx" (the CLI's naming). */
export function markedFileName(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  return /\.xlsx$/i.test(base) ? `${base.slice(0, -5)}.标记.xlsx` : `${base}.标记.xlsx`;
}
