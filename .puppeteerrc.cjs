// Never download a browser at install time: `plan` looks for an installed Chrome/Chromium instead
// (see docs/rendering.md). Set PUPPETEER_SKIP_DOWNLOAD=false and run `npx puppeteer browsers install chrome`
// to get puppeteer's own build on a machine that can reach it.
module.exports = { skipDownload: true };
