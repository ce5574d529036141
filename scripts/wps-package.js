/**
 * After webpack.wps.js: the WPS add-in for deployment, in dist/wps/ —
 *
 *   jixiao/                     online (publish) deployment: put the folder on an intranet web server
 *   jsplugins-online.xml        <jspluginonline …> pointing at that folder (WPS_URL)
 *   offline/jixiao.7z           offline deployment: the add-in as WPS's offline archive — one folder
 *                               jixiao_<version>/ holding the same files
 *   offline/jsplugins.xml       <jsplugin … url="…jixiao.7z" version="…"> (WPS_ARCHIVE_URL): the file IT
 *                               points oem.ini's JSPluginsServer at
 *
 *   WPS_URL=http://服务器/jixiao/ WPS_ARCHIVE_URL=file:///D:/jsaddons/jixiao.7z npm run build:wps
 *
 * The archive is made with the 7-Zip binary that the 7zip-bin package ships (no download).
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { path7za } = require("7zip-bin");
const { version } = require("../package.json");

const NAME = "jixiao";
const DIST = path.resolve(__dirname, "..", "dist", "wps");
const ONLINE = path.join(DIST, NAME);
const OFFLINE = path.join(DIST, "offline");
const DEFAULT_URL = "http://wps.intranet.example/jixiao/";

const xmlAttr = (s) =>
  String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

function onlineXml(url) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<jsplugins>",
    `  <jspluginonline name="${NAME}" type="et" url="${xmlAttr(withSlash(url))}"/>`,
    "</jsplugins>",
    "",
  ].join("\n");
}

function offlineXml(archiveUrl) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<jsplugins>",
    `  <jsplugin name="${NAME}" type="et" url="${xmlAttr(archiveUrl)}" version="${xmlAttr(version)}" enable="true"/>`,
    "</jsplugins>",
    "",
  ].join("\n");
}

function pack() {
  if (!fs.existsSync(path.join(ONLINE, "ribbon.xml")))
    throw new Error("先运行 webpack --config webpack.wps.js");
  fs.rmSync(OFFLINE, { recursive: true, force: true });
  fs.mkdirSync(OFFLINE, { recursive: true });
  const folder = path.join(OFFLINE, `${NAME}_${version}`);
  fs.cpSync(ONLINE, folder, { recursive: true });
  // npm does not always keep the binary's execute bit.
  fs.chmodSync(path7za, 0o755);
  const archive = path.join(OFFLINE, `${NAME}.7z`);
  execFileSync(path7za, ["a", "-t7z", "-bd", "-y", archive, path.basename(folder)], {
    cwd: OFFLINE,
    stdio: "ignore",
  });
  fs.rmSync(folder, { recursive: true, force: true });
  const url = process.env.WPS_URL || DEFAULT_URL;
  fs.writeFileSync(path.join(DIST, "jsplugins-online.xml"), onlineXml(url));
  fs.writeFileSync(
    path.join(OFFLINE, "jsplugins.xml"),
    offlineXml(process.env.WPS_ARCHIVE_URL || `${withSlash(url)}${NAME}.7z`),
  );
  return { archive, folderName: path.basename(folder) };
}

if (require.main === module) {
  const { archive } = pack();
  console.log(
    `WPS 加载项：${path.relative(process.cwd(), DIST)}（离线包 ${path.relative(process.cwd(), archive)}）`,
  );
}

module.exports = { pack, onlineXml, offlineXml, NAME };
