import type { ReactiveControllerHost } from "lit";
import { followsPage } from "./language.js";

export interface PageLanguageHost extends ReactiveControllerHost {
  readonly language: string | null | undefined;
}

const followers = new Set<PageLanguageHost>();
let observer: MutationObserver | undefined;

function languageChanged(): void {
  for (const host of followers) if (followsPage(host.language)) host.requestUpdate();
}

function follow(host: PageLanguageHost): void {
  followers.add(host);
  if (observer) return;
  observer = new MutationObserver(languageChanged);
  observer.observe(document.documentElement, { attributeFilter: ["lang"], subtree: true });
}

function unfollow(host: PageLanguageHost): void {
  followers.delete(host);
  if (followers.size > 0) return;
  observer?.disconnect();
  observer = undefined;
}

/**
 * Renders `host` again, while it is on the page and its `language` is `auto`, whenever a `lang`
 * attribute in the document changes: the document element's or an ancestor's. One observer serves
 * every element, made when the first connects, so importing on a server creates none. A `lang`
 * changed inside a shadow root is not seen.
 */
export function followPageLanguage(host: PageLanguageHost): void {
  host.addController({
    hostConnected: () => follow(host),
    hostDisconnected: () => unfollow(host),
  });
}
