/* global module */
/**
 * The one place that turns the development manifest into a production one: every URL of the
 * development server is rewritten to the production URL.
 */
const devUrl = "https://localhost:3000/";

function rewriteManifestUrls(xml, productionUrl) {
  const base = productionUrl.endsWith("/") ? productionUrl : `${productionUrl}/`;
  if (!/^https:\/\//.test(base)) {
    throw new Error(`The production URL must be https: ${productionUrl}`);
  }
  return xml.split(devUrl).join(base);
}

module.exports = { devUrl, rewriteManifestUrls };
