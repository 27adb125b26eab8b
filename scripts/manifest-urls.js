/* global module */
/**
 * The one place that turns the development manifest into a production one: every URL of the
 * development server is rewritten to the production URL.
 */
const devOrigin = "https://localhost:3000";
const devUrl = `${devOrigin}/`;

function rewriteManifestUrls(xml, productionUrl) {
  const base = productionUrl.endsWith("/") ? productionUrl : `${productionUrl}/`;
  if (!/^https:\/\//.test(base)) {
    throw new Error(`The production URL must be https: ${productionUrl}`);
  }
  // URLs of files get the production base; the app domain gets its origin.
  return xml.split(devUrl).join(base).split(devOrigin).join(new URL(base).origin);
}

module.exports = { devUrl, rewriteManifestUrls };
