/**
 * JSX typings for the briefkit elements. React 19 sets `brief` as a property (the element defines it)
 * and listens to `onbrief-load` / `onbrief-error` as the `brief-load` / `brief-error` events, so the
 * elements need no wrapper: these types are all React needs to check them.
 */
import type { Brief } from "@briefkit/core";
import type {
  BriefCard,
  BriefErrorEvent,
  BriefLoadEvent,
  BriefOutline,
  LanguageSetting,
  ThemeSetting,
} from "@briefkit/elements";
import type { DetailedHTMLProps, HTMLAttributes } from "react";

interface BriefElementProps<E> extends DetailedHTMLProps<HTMLAttributes<E>, E> {
  /** A parsed brief; takes precedence over `src` and the text content. */
  brief?: Brief | null;
  /** URL of a `.txt` brief or its JSON. */
  src?: string;
  language?: LanguageSetting;
  theme?: ThemeSetting;
  "onbrief-load"?: (event: BriefLoadEvent) => void;
  "onbrief-error"?: (event: BriefErrorEvent) => void;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "brief-card": BriefElementProps<BriefCard> & { href?: string };
      "brief-outline": BriefElementProps<BriefOutline>;
    }
  }
}
