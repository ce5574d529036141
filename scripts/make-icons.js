#!/usr/bin/env node
/**
 * Rasterises the add-in's icons from their SVG sources (assets/icons/*.svg) with resvg
 * (@resvg/resvg-js, pinned) at every size the manifest declares, to assets/<name>-<size>.png:
 * open-pane and quick-check (the two ribbon buttons; open-pane also stands for the group) and icon
 * (the add-in's own icon: IconUrl, HighResolutionIconUrl, the WPS buttons). Run
 * `node scripts/make-icons.js` after changing a drawing; commit the PNGs
 * (tests/manifest/manifest.test.ts checks they are what this draws).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { Resvg } = require("@resvg/resvg-js");

const ROOT = path.join(__dirname, "..");
/** Office's ribbon image sizes (16, 32, 80 required; the others for high-DPI scales). */
const RIBBON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
/** Each icon: its SVG source and the sizes written. */
const ICONS = {
  "open-pane": { source: "open-pane.svg", sizes: RIBBON_SIZES },
  "quick-check": { source: "quick-check.svg", sizes: RIBBON_SIZES },
  icon: { source: "app.svg", sizes: [16, 32, 64, 80] },
};

function renderIcon(name, size) {
  const svg = fs.readFileSync(path.join(ROOT, "assets", "icons", ICONS[name].source), "utf8");
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: size },
    shapeRendering: 2, // geometricPrecision: anti-aliased edges
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

module.exports = { ICONS, RIBBON_SIZES, renderIcon };

if (require.main === module) {
  for (const [name, { sizes }] of Object.entries(ICONS)) {
    for (const size of sizes) {
      const file = path.join(ROOT, "assets", `${name}-${size}.png`);
      fs.writeFileSync(file, renderIcon(name, size));
      process.stdout.write(`${path.relative(ROOT, file)}\n`);
    }
  }
}
