/** markdown-it 14 (installed as `markdown-it-14`) ships no types; its API is the one 15 declares. */
declare module "markdown-it-14" {
  import MarkdownIt from "markdown-it";
  export default MarkdownIt;
}
