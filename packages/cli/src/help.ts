const INPUTS = `Inputs are files, folders (searched for *.txt, skipping node_modules, hidden folders such as
.git and what .gitignore files list), glob patterns (*, ?, **, [abc], {a,b}) and - for standard input.`;

const COMMON = `  --ignore GLOB         skip files and folders matching GLOB when walking folders (repeatable)
  --locale LOCALE       language of diagnostic messages: en (default) or zh-Hant; or set BRIEF_LOCALE
  --encoding NAME       decode input as NAME (utf-8, utf-16le, utf-16be, big5) instead of detecting it
  -j, --jobs N          use up to N threads for large batches (default: one per CPU)
  --max-bytes N         refuse any input longer than N bytes (default: 268435456, 256 MiB)
  -h, --help            show this help`;

const EXIT = `Exit status: 0 done, 1 errors found, 2 usage error or a file could not be read or written.`;

export const HELP = {
  brief: `brief: parse, check, format and convert bilingual (Traditional Chinese + English) briefs

Usage: brief <command> [options] <input>...

Commands:
  parse     print each brief as JSON
  check     report problems as file:line:column  severity  message  code
  fmt       print, check or rewrite briefs in canonical form
  convert   convert briefs to Markdown, HTML, schema.org JSON-LD or JSON
  build     publish briefs as a static site with Atom and JSON feeds

Options:
  -h, --help            show this help; brief <command> --help shows a command's options
  -v, --version         print the version

${INPUTS}
${EXIT}
`,

  parse: `Usage: brief parse [options] <input>...

Prints each brief as JSON: one object, or an array when there are several briefs.
Errors found while parsing go to stderr; the briefs are printed anyway.

Options:
  --ndjson              one brief per line (newline-delimited JSON)
  --positions           include the line/column position of every field, summary and point
${COMMON}

${INPUTS}
${EXIT}
`,

  check: `Usage: brief check [options] [<input>...]

Prints every problem as  file:line:column  severity  message  code
then a summary line: N errors, M warnings in K files. With no input it checks the current folder.

Options:
  --format FORMAT       text (default) or json
  -q, --quiet           leave out infos
  --max-warnings N      also exit 1 when there are more than N warnings
${COMMON}

${INPUTS}
Exit status: 0 no errors, 1 errors found (or too many warnings), 2 usage error or unreadable file.
`,

  fmt: `Usage: brief fmt [options] <input>...

Prints briefs in canonical form: one field a line, ASCII colons, "  • " points, "  1. " sub-points,
UTF-8 with LF line ends and one final newline. Field labels stay as written (作者:, Author:) unless
--labels bilingual asks for the reference's bilingual ones (作者/Author(s):). Files with errors are
left alone.

Nothing is printed or written for a file whose canonical form would lose or change any of its text:
text outside the brief (a greeting, a signature, mail headers), a brief, a field, a point, or any
letter or digit. Each reason is reported as  file:line:column  error  message  code, exit 1.

Options:
  -w, --write           rewrite files that are not canonical (atomically) and list them; a file
                        read as Big5, GBK or UTF-16 is listed as "name (read as Big5, written as UTF-8)"
  -c, --check           list files that are not canonical and exit 1 if there are any
  --labels LABELS       as-written (default) keeps each field's label; bilingual writes 作者/Author(s):
${COMMON}

${INPUTS}
Exit status: 0 done, 1 files with errors or refused (or, with --check, files to format),
2 usage or file error.
`,

  convert: `Usage: brief convert --to FORMAT [options] <input>...

Converts briefs to FORMAT:
  md        Markdown (header table, a heading, lead and nested list per language)
  html      an HTML fragment: <article> with <header>, <dl> and one <section lang> per language
  jsonld    schema.org JSON-LD: a Report based on the original NewsArticle
  json      the parsed brief, as brief parse prints it

Options:
  -t, --to FORMAT       md, html, jsonld or json (required)
  -o, --out-dir DIR     write one file per input into DIR (keeping sub-folders) instead of to stdout
${COMMON}

${INPUTS}
${EXIT}
`,

  build: `Usage: brief build -o DIR [options] <input>...

Publishes the briefs as a static site in DIR that any host can serve from any path (every link is
relative): index.html listing every brief newest first, one page per brief (DIR/<date>-<source>/,
the card and the full outline in both languages, with schema.org JSON-LD), feed.xml (Atom 1.0),
feed.json (JSON Feed 1.1) and briefkit.min.js, the elements' bundle the pages load. Errors are
reported as brief check reports them.

Only files brief build wrote are ever replaced or removed (DIR/.brief-build.json lists them): a
folder that is not empty and was not made by brief build is refused unless --force.

Options:
  -o, --out DIR         the folder to build the site in (required; made if missing)
  --base-url URL        where the site will be served, e.g. https://example.org/briefs/: gives pages
                        a canonical link and makes the feeds' links absolute (without it the feeds
                        link relatively and feed.json has no URLs; a warning says so)
  --title TEXT          the site's title (default: Briefs)
  --errors POLICY       what to do with briefs that have errors: publish (default: with a warning),
                        skip (leave them out) or fail (write nothing and exit 1)
  --force               write into a folder that holds other files (only files with the names
                        brief build writes are replaced; nothing is deleted)
${COMMON}

${INPUTS}
Exit status: 0 site built (briefs with errors published or skipped as --errors says), 1 --errors fail
and a brief has errors, 2 usage error or a file could not be read or written.
`,
} as const;

export type Command = Exclude<keyof typeof HELP, "brief">;

export function isCommand(name: string): name is Command {
  return name !== "brief" && Object.hasOwn(HELP, name);
}
