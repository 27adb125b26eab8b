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

/** Hosts that must never be shipped in a production manifest. */
const placeholderHosts = ["localhost", "127.0.0.1", "assess.example.gov.cn"];

/**
 * The production URL from ADDIN_PRODUCTION_URL: null when it is not set (the build then writes no
 * manifest); an error, in both languages, when it is not https or names a placeholder host.
 */
function productionUrlOf(value) {
  if (value === undefined || value.trim() === "") return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_PRODUCTION_URL 不是网址 / is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PRODUCTION_URL 必须是 https 网址 / must be https: ${value}`);
  }
  const host = url.hostname.toLowerCase();
  if (placeholderHosts.includes(host) || host.endsWith(".example") || host.endsWith(".invalid")) {
    throw new Error(
      `ADDIN_PRODUCTION_URL 指向占位主机，不能用于发布 / names a placeholder host, not a server: ${value}`
    );
  }
  return url.href;
}

module.exports = { devUrl, productionUrlOf, rewriteManifestUrls };
