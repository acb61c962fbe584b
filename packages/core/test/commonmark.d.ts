/** commonmark.js (the CommonMark reference implementation in JavaScript) ships no types: the part used. */
declare module "commonmark" {
  export class Parser {
    parse(markdown: string): unknown;
  }
  export class HtmlRenderer {
    render(document: unknown): string;
  }
}
