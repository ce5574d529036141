/**
 * The Content-Security-Policy of every page of the add-in (webpack.config.js puts it into the pages made
 * from src/…/*.html, scripts/doc-page.js into the pages made from Markdown). A page in the pane can read
 * the accountant's workbook, so it may run only our own scripts and office.js:
 *   - scripts from the add-in's own origin and Microsoft's office.js CDN (which loads its own parts from
 *     there too); no inline scripts, no eval (so the development build uses a source map without eval);
 *   - connections (fetch, XMLHttpRequest, WebSocket) only to the add-in's own origin: nothing is sent
 *     anywhere else;
 *   - no plugins (object-src), no <base> that would redirect relative URLs, no form posts;
 *   - styles: Fluent UI's Griffel writes its CSS into <style> elements at run time and the pages carry
 *     their own small <style> blocks, hence 'unsafe-inline' for styles only (styles cannot run code).
 * A <meta> policy cannot carry frame-ancestors: Office itself decides which host may frame the pane.
 */
const CSP_DIRECTIVES = [
  ["default-src", "'self'"],
  ["script-src", "'self' https://appsforoffice.microsoft.com"],
  // Griffel (Fluent UI v9) injects <style> elements: inline styles must be allowed.
  ["style-src", "'self' 'unsafe-inline'"],
  ["img-src", "'self' data:"],
  ["font-src", "'self' data:"],
  ["connect-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
];

const CSP = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join("; ");

/** The tag, first in <head> of every page (a <meta> policy only covers what follows it). */
const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;

module.exports = { CSP, CSP_META };
