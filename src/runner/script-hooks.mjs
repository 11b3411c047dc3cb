// Module hooks for TypeScript scripts of `a64dbg run` (registered by execute.ts; plain JavaScript
// because hooks load before any TypeScript loader): a script anywhere on disk imports 'a64dbg'
// (the package's API: the same module instance the runner uses, so its StepFailure is the
// runner's), and is an ES module even in a folder whose package.json (or none) says CommonJS.

let apiUrl;
let runnerUrl;

export function initialize(data) {
  apiUrl = data.apiUrl;
  runnerUrl = data.runnerUrl;
}

export async function resolve(specifier, context, next) {
  if (specifier === 'a64dbg') return { url: apiUrl, format: 'module', shortCircuit: true };
  const resolved = await next(specifier, context);
  // The runner imports nothing else dynamically: what it imports is a script.
  if (context.parentURL === runnerUrl && resolved.url.startsWith('file:')) return { ...resolved, format: 'module' };
  return resolved;
}
