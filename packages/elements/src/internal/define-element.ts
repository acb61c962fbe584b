interface Versioned {
  readonly version?: unknown;
}

/**
 * Registers `ctor` as `tag` and never throws. Third-party pages often load a widget twice (a CMS
 * plugin and a theme, or one bundle from two URLs): the first registration wins, a second copy of
 * the same version stays silent, and a different version is reported instead of breaking the page.
 * Without a registry (on a server) there is nothing to do.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor & Versioned,
  registry: CustomElementRegistry | undefined,
): void {
  if (!registry) return;
  const existing: (CustomElementConstructor & Versioned) | undefined = registry.get(tag);
  if (existing) {
    if (existing !== ctor && existing.version !== ctor.version) {
      const holder =
        typeof existing.version === "string" ? `@briefkit/elements ${existing.version}` : "another element";
      console.warn(
        `<${tag}> is already defined by ${holder}; @briefkit/elements ${String(ctor.version)} left it in place.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // A class can be registered under one tag only: another tag needs a subclass.
    console.warn(`<${tag}> could not be defined: ${String(error)}`);
  }
}
