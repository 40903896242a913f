/**
 * Parses a workflow script without running it: `new Function` compiles the body and throws a SyntaxError for bad
 * syntax, and the function is never called. Like the engine, `case.x` is rewritten first (case is a keyword), and
 * the last expression is the result, so the text is checked both as an expression and as statements.
 */
export function checkScript(source: string): string | null {
  const text = source.replace(/\bcase(?=\s*[.[])/g, '$case');
  if (text.trim() === '') return null;
  try {
    new Function('$case', 'vars', 'input', 'task', `"use strict"; return (\n${text}\n);`);
    return null;
  } catch {
    // Not a single expression: try it as statements, whose error is the one worth showing.
  }
  try {
    new Function('$case', 'vars', 'input', 'task', `"use strict";\n${text}\n`);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
