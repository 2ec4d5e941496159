/**
 * Where an unclosed flow collection (`{` or `[`) began. The YAML parser notices the missing
 * `}` / `]` only on a later line; the user needs the line that opened it.
 */

/** Offset of the innermost `{` or `[` still open at `end`, skipping quoted text and comments. */
export function unclosedFlowStart(text: string, end: number): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      // Quoted scalar: '' escapes a single quote, \ escapes in double quotes.
      for (i++; i < end && i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < end && text[i] !== '\n') i++;
    } else if (c === '{' || c === '[') open.push(i);
    else if ((c === '}' || c === ']') && open.length > 0) open.pop();
  }
  return open.at(-1);
}

/** The parser's errors for a flow collection without its closing bracket. */
export function isUnclosedFlowError(message: string): boolean {
  return /^Flow (map|sequence) in block collection must be sufficiently indented and end with a [}\]]/.test(message) || /^Expected flow (map|sequence) to end with [}\]]/.test(message);
}
