// The one export office-addin-mock needs from office-addin-manifest.
const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
module.exports = { OfficeApp };
