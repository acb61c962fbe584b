/**
 * `http://` or `https://`, a host without user info, then anything without spaces: what a browser
 * links, and what a brief's `url` may be. A pattern rather than `URL`, which core's types do not declare
 * (no DOM or Node types here).
 */
export const WEB_ADDRESS = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;
