/**
 * The `yaml` package recurses once per nesting level, and at a few thousand levels V8 may abort
 * the whole process instead of throwing (seen as "RegExpCompiler Allocation failed"). So before
 * handing text to it, estimate the nesting cheaply in one pass and refuse what no record needs.
 *
 * The estimate over-counts rather than under-counts: flow brackets outside quotes and comments,
 * plus block levels from indentation (each deeper indent opens a level; each `- ` opens one more).
 */
export function offsetBeyondYamlNesting(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  let flowDepth = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const first = text.charCodeAt(i);
    const blank = i >= lineEnd || first === 35 /* # */ || first === 13;
    if (!blank && flowDepth === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= i - lineStart) indents.pop();
      indents.push(i - lineStart);
      // Compact nested sequences (`- - - a`) open one level per dash on the same line.
      let dashes = 0;
      for (let j = i; j + 1 < lineEnd && text.charCodeAt(j) === 45 /* - */ && text.charCodeAt(j + 1) === 32; j += 2) dashes++;
      if (indents.length + dashes > limit) return i;
    }
    for (; i < lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34 /* " */ || ch === 39 /* ' */) {
        // Quoted scalars may span lines; skip to the closing quote (or the end of the line, to stay linear).
        for (i++; i < lineEnd; i++) {
          const c = text.charCodeAt(i);
          if (ch === 34 && c === 92 /* \\ */) i++;
          else if (c === ch) break;
        }
      } else if (ch === 35 /* # */ && (i === lineStart || text.charCodeAt(i - 1) === 32)) {
        break;
      } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
        if (++flowDepth + indents.length > limit) return i;
      } else if ((ch === 93 /* ] */ || ch === 125) /* } */ && flowDepth > 0) {
        flowDepth--;
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
