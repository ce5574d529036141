/**
 * The Content-Security-Policy of every page of the WPS 表格 add-in (webpack.wps.js puts it first in
 * <head>). The pages talk to WPS through the object model WPS puts into them, never over the network:
 *   - scripts only from the add-in's own files ('self'); no inline scripts, no eval;
 *   - no connections at all (connect-src 'none'): nothing is fetched or sent at run time;
 *   - images and fonts from the add-in's files or data: URLs; no plugins, no <base>, no form posts;
 *   - styles: Fluent UI's Griffel writes <style> elements at run time, hence 'unsafe-inline' for styles.
 * Assumption (WPS): a JS加载项's pages load with an origin that 'self' covers — the server's for an online
 * add-in, the add-in's folder for an offline one.
 */
const WPS_CSP_DIRECTIVES = [
  ["default-src", "'none'"],
  ["script-src", "'self'"],
  ["style-src", "'self' 'unsafe-inline'"],
  ["img-src", "'self' data:"],
  ["font-src", "'self' data:"],
  ["connect-src", "'none'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
];

const WPS_CSP = WPS_CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join("; ");
const WPS_CSP_META = `<meta http-equiv="Content-Security-Policy" content="${WPS_CSP}" />`;

module.exports = { WPS_CSP, WPS_CSP_META };
